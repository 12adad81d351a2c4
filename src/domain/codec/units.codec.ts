/** `Đơn vị` → units. */
import type { Grid } from "../grid";
import type { Unit } from "../model";
import { RATING_CHOICES, isNotRated, parseRating } from "./vocabulary";
import { UNIT_COLUMNS, SHEET } from "./register-layout";
import { IssueLog, readTable, rowReaders, type RowReader } from "./table-reader";
import { missingCode, missingValue } from "./common-issues";

type UnitField = (typeof UNIT_COLUMNS)[number]["field"];

/** `Xếp hạng trong khối`: a whole number ≥ 1, else an error and null (not ranked). */
function readBlocRank(r: RowReader<UnitField>): number | null {
  const rank = r.number("blocRank");
  if (rank === null) return null;
  if (!Number.isInteger(rank) || rank < 1 || rank > 9999) {
    r.invalid("blocRank", "invalid-bloc-rank", { value: String(rank) });
    return null;
  }
  return rank;
}

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
    const bloc = r.text("bloc");
    const blocRank = readBlocRank(r);
    if (code === "") {
      missingCode(r, "code", SHEET.units);
      continue;
    }
    if (name === "") missingValue(r, "name", "unit", code);
    units.push({ code, name, kind, order, head, rating, bloc, blocRank, src: r.src() });
  }
  return units;
}
