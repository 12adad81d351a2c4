/**
 * One cell's value as the canonical text that fingerprints and snapshots hold: what the value is,
 * not how it was typed or shown (NFC and single spaces for text, shortest form for numbers,
 * ISO dates). Blank cells have no canonical text (null), so a cell emptied and a cell that never
 * held anything compare equal.
 */
import { isBlank, numberText } from "../codec/cell-values";
import { isCellError, type CellValue } from "../grid";
import { normalizeText } from "../text/normalize";

/** Canonical text of a cell value, null for a blank cell. */
export function normalisedValue(value: CellValue | undefined): string | null {
  if (value === undefined || value === null || isBlank(value)) return null;
  if (typeof value === "string") return normalizeText(value);
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  const y = value.getUTCFullYear();
  const m = String(value.getUTCMonth() + 1).padStart(2, "0");
  const d = String(value.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
