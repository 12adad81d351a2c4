/** `Đơn vị` → units. */
import type { Grid } from "../grid";
import type { Unit } from "../model";
import { RATING_CHOICES, isNotRated, parseRating } from "./vocabulary";
import { UNIT_COLUMNS, SHEET } from "./register-layout";
import { IssueLog, readTable, rowReaders } from "./table-reader";
import { missingCode, missingValue } from "./common-issues";

/** Reads `Đơn vị`. A row without code is reported and left out. */
export function readUnits(grid: Grid, sheet: string, log: IssueLog): Unit[] {
  const table = readTable(grid, sheet, UNIT_COLUMNS, log, { emptyIsFine: false });
  const units: Unit[] = [];
  for (const r of rowReaders(grid, table, UNIT_COLUMNS, log)) {
    const code = r.code("code");
    const name = r.text("name");
    const kind = r.text("kind");
    const order = r.number("order");
    const head = r.text("head");
    const rating = r.choice("rating", parseRating, "invalid-rating", RATING_CHOICES, isNotRated);
    if (code === "") {
      missingCode(r, "code", SHEET.units);
      continue;
    }
    if (name === "") missingValue(r, "name", "unit", code);
    units.push({ code, name, kind, order, head, rating, src: r.src() });
  }
  return units;
}
