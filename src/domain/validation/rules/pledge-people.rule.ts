import type { Issue } from "../../issue";
import { foldKey } from "../../text/normalize";
import { cellOf, makeIssue, type ValidationRule } from "../rule";

/**
 * Each person on a pledge sheet is on the roster, in that sheet's unit, listed once, and named
 * as the roster names them (register-format.md, `ĐK-<Mã đơn vị>`).
 */
export const pledgePeopleRule: ValidationRule = {
  id: "pledge-people",
  description:
    "Pledge rows name known staff of the sheet's unit, once each, with the roster's name.",
  check: ({ register, index }) => {
    const issues: Issue[] = [];
    for (const sheet of register.pledges) {
      const firstRow = new Map<string, number>();
      for (const row of sheet.rows) {
        const codeCell = cellOf(row.src, "staffCode");
        const person = index.staffByCode.get(row.staffCode);
        const key = foldKey(row.staffCode);
        const earlier = firstRow.get(key);
        if (earlier !== undefined) {
          issues.push(
            makeIssue("error", "duplicate-pledge", row.src, codeCell, {
              cell: codeCell ?? "",
              staff: row.staffCode,
              firstRow: earlier,
            })
          );
          continue;
        }
        firstRow.set(key, row.src.row);
        if (person === undefined) {
          issues.push(
            makeIssue("error", "unknown-staff", row.src, codeCell, {
              cell: codeCell ?? "",
              staff: row.staffCode,
              where: "pledge",
            })
          );
          continue;
        }
        if (person.unitCode !== sheet.unitCode) {
          issues.push(
            makeIssue("error", "pledge-wrong-unit", row.src, codeCell, {
              staff: person.code,
              name: person.name,
              unit: person.unitCode,
              sheetUnit: sheet.unitCode,
              sheet: sheet.sheet,
            })
          );
        }
        if (row.name !== "" && foldKey(row.name) !== foldKey(person.name)) {
          const nameCell = cellOf(row.src, "name");
          issues.push(
            makeIssue("warning", "name-mismatch", row.src, nameCell, {
              cell: nameCell ?? "",
              staff: person.code,
              name: row.name,
              rosterName: person.name,
            })
          );
        }
      }
    }
    return issues;
  },
};
