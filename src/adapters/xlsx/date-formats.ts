/**
 * Which number formats show dates, and serial numbers → dates. Browser-safe.
 */

/** Built-in number format ids that display a date or time (ECMA-376 §18.8.30). */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * True when a number format shows a date: a built-in date id, or a custom format code with a
 * day, month or year token outside quoted text, [brackets] and escaped characters.
 */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (BUILT_IN_DATE_IDS.has(numFmtId)) return true;
  if (formatCode === undefined) return false;
  // Only the first section decides (positive numbers); "General" never is a date.
  const section = firstSection(formatCode);
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/general/gi, "");
  return /[dmy]/i.test(bare);
}

function firstSection(code: string): string {
  let inQuote = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === "\\") i++;
    else if (ch === ";" && !inQuote) return code.slice(0, i);
  }
  return code;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * An Excel serial date → Date at UTC midnight of its calendar day (the time of day is dropped).
 * In the 1900 system serials below 61 are shifted by Excel's phantom 29/02/1900. Null for serials
 * that are not dates (negative, or beyond year 9999).
 */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  const days = Math.floor(serial + 1e-9);
  if (date1904) return new Date(EPOCH_1904 + days * MS_PER_DAY);
  const shifted = days < 61 ? days + 1 : days;
  return new Date(EPOCH_1900 + shifted * MS_PER_DAY);
}
