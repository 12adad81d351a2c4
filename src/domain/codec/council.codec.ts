/** `Hội đồng` → the Council's members, for the minutes of its meeting (optional sheet). */
import type { CouncilMember, CouncilRole } from "../model";
import type { Grid } from "../grid";
import { looseKey } from "../text/normalize";
import { missingValue } from "./common-issues";
import { COUNCIL_COLUMNS } from "./register-layout";
import { IssueLog, readTable, rowReaders } from "./table-reader";
import { parseYesNo } from "./vocabulary";

/** The four roles as typed in `Vai trò trong Hội đồng`. */
export const COUNCIL_ROLE_TEXT: Readonly<Record<CouncilRole, string>> = {
  chair: "Chủ tịch",
  "vice-chair": "Phó Chủ tịch",
  member: "Ủy viên",
  secretary: "Thư ký",
};

const ROLES: ReadonlyMap<string, CouncilRole> = new Map([
  ...(Object.entries(COUNCIL_ROLE_TEXT) as [CouncilRole, string][]).map(
    ([role, text]) => [looseKey(text), role] as const
  ),
  [looseKey("Chủ tịch Hội đồng"), "chair"],
  [looseKey("Phó Chủ tịch Hội đồng"), "vice-chair"],
  [looseKey("Uỷ viên"), "member"],
  [looseKey("Thành viên"), "member"],
  [looseKey("Ủy viên, Thư ký"), "secretary"],
  [looseKey("Ủy viên - Thư ký"), "secretary"],
  [looseKey("Thư ký Hội đồng"), "secretary"],
]);

/** A role from its text (case, diacritics and spacing ignored); null if unknown. */
export function parseCouncilRole(text: string): CouncilRole | null {
  return ROLES.get(looseKey(text)) ?? null;
}

/** Reads `Hội đồng`. A row without a name is reported and left out. */
export function readCouncil(grid: Grid, sheet: string, log: IssueLog): CouncilMember[] {
  const table = readTable(grid, sheet, COUNCIL_COLUMNS, log);
  const members: CouncilMember[] = [];
  for (const r of rowReaders(grid, table, COUNCIL_COLUMNS, log)) {
    const name = r.text("name");
    const position = r.text("position");
    const role = r.choice(
      "role",
      parseCouncilRole,
      "invalid-council-role",
      Object.values(COUNCIL_ROLE_TEXT)
    );
    const presentText = r.text("present");
    const present = presentText === "" ? true : parseYesNo(presentText);
    if (present === null)
      r.invalid("present", "invalid-yes-no", { value: presentText, accepted: "có; không" });
    if (name === "") {
      missingValue(r, "name", "council", "");
      continue;
    }
    members.push({ name, position, role, present: present ?? true, src: r.src() });
  }
  return members;
}
