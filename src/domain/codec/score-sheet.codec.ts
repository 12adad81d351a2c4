/** `CĐ-<Mã đơn vị>` → one unit's self and council scores. */
import type { Grid } from "../grid";
import type { ScoreRow, ScoreSheet } from "../model";
import { looseKey } from "../text/normalize";
import { missingCode } from "./common-issues";
import { normalizeCriterionCode } from "./criteria.codec";
import { SCORE_COLUMNS } from "./register-layout";
import { IssueLog, readTable, rowReaders } from "./table-reader";

/** Reads one score sheet of unit `unitCode`; total lines and empty lines are skipped. */
export function readScoreSheet(
  grid: Grid,
  sheet: string,
  unitCode: string,
  log: IssueLog
): ScoreSheet {
  const table = readTable(grid, sheet, SCORE_COLUMNS, log, { emptyIsFine: false });
  const rows: ScoreRow[] = [];
  for (const r of rowReaders(grid, table, SCORE_COLUMNS, log)) {
    const criterionCode = normalizeCriterionCode(r.code("criterionCode"));
    const selfScore = r.number("selfScore");
    const councilScore = r.number("councilScore");
    const evidence = r.text("evidence");
    if (criterionCode === "") {
      // A total line ("Tổng cộng", often with =SUM formulas) or an empty one: not a score.
      if (selfScore === null && councilScore === null && evidence === "") continue;
      if (looseKey(r.text("content")).startsWith("tong")) continue;
      missingCode(r, "criterionCode", sheet);
      continue;
    }
    rows.push({ criterionCode, selfScore, councilScore, evidence, src: r.src() });
  }
  return { sheet, unitCode, rows };
}
