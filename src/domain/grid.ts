/**
 * Sheet grids: the plain 2-D values that cross the workbook port. Adapters (Office.js, .xlsx files,
 * the in-memory preview) turn a sheet's used range into a Grid; the codec turns a Grid into records.
 */

/** An Excel error value in a cell, e.g. `{ error: "#N/A" }`. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value. Dates are `Date` objects at UTC midnight of the calendar day (adapters convert
 * date-formatted serial numbers); formula cells carry their computed value; empty cells are null.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** Row-major values of a sheet, starting at A1. Rows may have different lengths. */
export type Grid = readonly (readonly CellValue[])[];

/** Sheet name → grid, as read from one workbook in one batch. */
export type GridSet = ReadonlyMap<string, Grid>;

export function isCellError(value: CellValue | undefined): value is CellError {
  return (
    typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value
  );
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" → 26. Returns -1 for text that is not a column name. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column → A1 address ("B7"). */
export function cellAddress(row0: number, col0: number): string {
  return `${columnLetter(col0)}${row0 + 1}`;
}

/** "B7" → { row: 6, col: 1 } (0-based); null when not an A1 address. */
export function parseCellAddress(
  a1: string
): { readonly row: number; readonly col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(a1.trim().toUpperCase());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}
