/** How the read-only grid shows a cell value, close to Excel's General format. */
import { isCellError, type CellValue } from "../domain/grid";
import type { PreviewLanguage } from "./preview-strings";

export function formatCell(value: CellValue | undefined, language: PreviewLanguage): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    // Dates cross the port at UTC midnight of their calendar day.
    const dd = String(value.getUTCDate()).padStart(2, "0");
    const mm = String(value.getUTCMonth() + 1).padStart(2, "0");
    return `${dd}/${mm}/${value.getUTCFullYear()}`;
  }
  if (isCellError(value)) return value.error;
  // Excel shows at most 15 significant digits; this also hides binary noise (0.1 + 0.2).
  const text = String(Number(value.toPrecision(15)));
  return language === "vi" ? text.replace(".", ",") : text;
}

/** Numbers and dates align right, as in Excel. */
export function alignsRight(value: CellValue | undefined): boolean {
  return typeof value === "number" || value instanceof Date;
}
