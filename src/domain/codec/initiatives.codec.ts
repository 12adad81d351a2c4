/** `Sáng kiến` → initiatives, research topics and solutions. */
import type { Grid } from "../grid";
import type { Initiative } from "../model";
import { missingCode } from "./common-issues";
import type { CodeBook } from "./code-book";
import { INITIATIVE_COLUMNS, SHEET } from "./register-layout";
import { IssueLog, readTable, rowReaders } from "./table-reader";
import { SCOPE_TEXT, parseScope } from "./vocabulary";

/** The scopes an initiative may have, as the issue lists them. */
const SCOPES: readonly string[] = Object.values(SCOPE_TEXT);

/** Reads `Sáng kiến`; staff codes are rewritten to the roster's spelling when known. */
export function readInitiatives(
  grid: Grid,
  sheet: string,
  staff: CodeBook,
  log: IssueLog
): Initiative[] {
  const table = readTable(grid, sheet, INITIATIVE_COLUMNS, log);
  const initiatives: Initiative[] = [];
  for (const r of rowReaders(grid, table, INITIATIVE_COLUMNS, log)) {
    const staffCode = staff.canonical(r.code("staffCode"));
    const title = r.text("title");
    const kind = r.text("kind");
    const scope = r.choice("scope", parseScope, "invalid-scope", SCOPES);
    const decisionNo = r.text("decisionNo");
    const recognisedOn = r.date("recognisedOn");
    if (staffCode === "") {
      missingCode(r, "staffCode", SHEET.initiatives);
      continue;
    }
    initiatives.push({ staffCode, title, kind, scope, decisionNo, recognisedOn, src: r.src() });
  }
  return initiatives;
}
