/** Reading an OutputSheet in tests: cell values by row, rows found by text. */
import type { OutputSheet, SpecCell } from "../../../src/domain/output/sheet-spec";

export function values(sheet: OutputSheet): (string | number | boolean | null)[][] {
  return sheet.rows.map((row) => row.map((c) => (c === null ? null : c.value)));
}

/** 0-based index of the first row with a cell whose text contains `needle`. */
export function rowWith(sheet: OutputSheet, needle: string): number {
  return sheet.rows.findIndex((row) =>
    row.some((c) => typeof c?.value === "string" && c.value.includes(needle))
  );
}

export function cell(sheet: OutputSheet, row0: number, col0: number): SpecCell | null {
  return sheet.rows[row0]?.[col0] ?? null;
}
