/**
 * Which cells of a unit's pledge and score sheets are the unit's to fill: on the pledge sheet the
 * two collective values beside their labels and every column of the table (with room for more
 * people); on the score sheet `Tự chấm` and `Minh chứng` of each leaf criterion (the council's
 * column and the criteria themselves are not the unit's).
 */
import { cellAddress, parseCellAddress, type Grid } from "../grid";
import { IssueLog, readTable } from "../codec/table-reader";
import { PLEDGE_COLUMNS, PLEDGE_LABELS, SCORE_COLUMNS } from "../codec/register-layout";
import { headerKey } from "../text/normalize";
import { normalisedValue } from "../integrity/normalised-value";

/** Empty rows left under a pledge table for people the unit adds. */
export const EXTRA_PLEDGE_ROWS = 30;

/** Input ranges of a pledge sheet's grid. */
export function pledgeInputRanges(grid: Grid): string[] {
  const ranges: string[] = [];
  const labels = Object.values(PLEDGE_LABELS).map((l) => headerKey(l));
  grid.slice(0, 15).forEach((row, r) => {
    row.forEach((v, c) => {
      if (typeof v === "string" && labels.includes(headerKey(v)))
        ranges.push(cellAddress(r, c + 1));
    });
  });
  const table = readTable(grid, "", PLEDGE_COLUMNS, new IssueLog());
  if (table.headerRow === null) return ranges;
  const first = table.headerRow + 1;
  const last = Math.max(grid.length - 1, first) + EXTRA_PLEDGE_ROWS;
  const cols = [...table.columns.values()].sort((a, b) => a - b);
  for (const col of cols) ranges.push(`${cellAddress(first, col)}:${cellAddress(last, col)}`);
  return ranges;
}

/** Input ranges of a score sheet's grid, given the codes of the leaf criteria. */
export function scoreInputRanges(grid: Grid, leafCodes: ReadonlySet<string>): string[] {
  const table = readTable(grid, "", SCORE_COLUMNS, new IssueLog());
  const codeCol = table.columns.get("criterionCode");
  if (table.headerRow === null || codeCol === undefined) return [];
  const inputCols = (["selfScore", "evidence"] as const)
    .map((f) => table.columns.get(f))
    .filter((c): c is number => c !== undefined);
  const ranges: string[] = [];
  for (const r of table.rows) {
    const code = normalisedValue(grid[r]?.[codeCol] ?? null);
    if (code === null || !leafCodes.has(code)) continue;
    for (const c of inputCols) ranges.push(cellAddress(r, c));
  }
  return ranges;
}

/** True when the A1 cell lies in one of the ranges. */
export function inRanges(cell: string, ranges: readonly string[]): boolean {
  const at = parseCellAddress(cell);
  if (at === null) return false;
  return ranges.some((range) => {
    const [a = "", b = a] = range.split(":");
    const from = parseCellAddress(a);
    const to = parseCellAddress(b);
    if (from === null || to === null) return false;
    return at.row >= from.row && at.row <= to.row && at.col >= from.col && at.col <= to.col;
  });
}
