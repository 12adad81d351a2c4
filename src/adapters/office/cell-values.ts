/**
 * Turns what Office.js returns for a range (values, number formats, value types) into the plain
 * cell values of a Grid: date-formatted serials become Dates at UTC midnight, error values become
 * `{ error }`, empty cells become null.
 */
import type { CellValue } from "../../domain/grid";

const MS_PER_DAY = 86_400_000;
/** Serial 1 is 1900-01-01; from serial 61 on, Excel's fictitious 1900-02-29 shifts the epoch. */
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);

/**
 * True when an Excel number format shows a calendar date (d, y tokens outside quoted text,
 * escapes and [brackets]). Pure time formats (h:mm) and numbers (0.00, #,##0) are not dates.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const trimmed = format.trim();
  if (trimmed === "" || /^(general|standard|@)$/i.test(trimmed)) return false;
  // Only the first section (positive numbers) decides how a date shows.
  const section = trimmed.split(";")[0] ?? "";
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
  if (/[0#?@]/.test(bare)) return false;
  return /[dy]/i.test(bare);
}

/** Excel 1900-system serial → Date at UTC midnight of its calendar day (time of day dropped). */
export function serialToDate(serial: number): Date {
  // A tiny epsilon absorbs floating-point noise of dates computed by formulas (45000.9999999).
  const days = Math.floor(serial + 1e-7);
  const epoch = days >= 61 ? EPOCH_AFTER_LEAP_BUG : EPOCH_BEFORE_LEAP_BUG;
  return new Date(epoch + days * MS_PER_DAY);
}

/** Days between the 1904 date system's day 0 (1904-01-01) and the 1900 system's serial 0. */
export const DATE_1904_OFFSET = 1462;

/**
 * One cell, from Office.js's `values`, `numberFormat` and `valueTypes` entries. `dateOffset` is
 * DATE_1904_OFFSET for a workbook in the 1904 date system (older Mac workbooks), else 0.
 */
export function toCellValue(
  value: unknown,
  format: string | undefined,
  type: string | undefined,
  dateOffset = 0
): CellValue {
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (type === "Error") return { error: typeof value === "string" ? value : "#VALUE!" };
  if (typeof value === "number") {
    const serial = value + dateOffset;
    if (isDateFormat(format) && serial >= 1 && serial < 2_958_466) return serialToDate(serial);
    return value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  // Anything else (a linked data type's object) has no plain value a register can use.
  return null;
}

/**
 * The rows of a sheet's used range placed from A1: `rowIndex`/`columnIndex` are the used range's
 * 0-based offsets, so the grid gets that many leading empty rows and cells.
 */
export function toGridRows(
  rowIndex: number,
  columnIndex: number,
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[],
  types: readonly (readonly unknown[])[],
  dateOffset = 0
): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) rows.push([]);
  const lead: CellValue[] = new Array<CellValue>(columnIndex).fill(null);
  values.forEach((row, r) => {
    const out = lead.slice();
    row.forEach((value, c) => {
      const format = formats[r]?.[c];
      const type = types[r]?.[c];
      out.push(
        toCellValue(
          value,
          typeof format === "string" ? format : undefined,
          typeof type === "string" ? type : undefined,
          dateOffset
        )
      );
    });
    // Trailing empty cells carry nothing; trimming keeps grids small.
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    rows.push(out);
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}
