/** The JSON report of register-format.md from an analysis's parts. */
import type { Issue } from "../issue";
import type { Register } from "../model";
import type { Proposal, Report, UnitScore } from "../report";

export function buildReport(
  register: Register,
  issues: readonly Issue[],
  units: readonly UnitScore[],
  proposals: readonly Proposal[]
): Report {
  return {
    register: { agency: register.settings.agency, year: register.settings.year },
    issues: issues.map((i) => {
      const base = {
        severity: i.severity,
        code: i.code,
        sheet: i.sheet,
        cell: i.cell,
        message: i.message,
      };
      return i.params === undefined ? base : { ...base, params: i.params };
    }),
    units,
    proposals,
  };
}
