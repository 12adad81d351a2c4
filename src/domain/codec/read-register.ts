/** PLACEHOLDER (owned by the codec helper): grids → typed register + issues. */
import type { GridSet } from "../grid";
import type { Issue } from "../issue";
import type { Register } from "../model";

export interface RegisterReadResult {
  readonly register: Register;
  readonly issues: readonly Issue[];
  /** Required sheets (by contract name) that the workbook lacks: the register is unusable. */
  readonly missingSheets: readonly string[];
}

export function readRegister(_grids: GridSet): RegisterReadResult {
  return {
    register: {
      settings: {
        agency: "",
        superiorBody: "",
        year: null,
        campaign: "",
        pledgeDeadline: null,
        assessmentDate: null,
        councilMembers: null,
        values: new Map(),
      },
      units: [],
      staff: [],
      history: [],
      initiatives: [],
      pledges: [],
      criteria: [],
      scoreSheets: [],
      votes: [],
    },
    issues: [],
    missingSheets: [],
  };
}
