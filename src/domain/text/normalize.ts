/** Unicode normalisation of text read from cells. */

/** NFC, trimmed, runs of white space (including non-breaking) folded to one space. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim();
}

/**
 * Key for comparing names of sheets, headers and labels: NFC, case-folded, trimmed, single
 * spaces (register-format.md, "General reading rules").
 */
export function foldKey(text: string): string {
  return normalizeText(text).toLocaleLowerCase("vi");
}

/**
 * Key for matching words people type in many ways (ratings, scopes, yes/no, award names):
 * {@link foldKey} without diacritics, with "đ" as "d" and spaces around "/" removed, so that
 * "Hoàn thành TỐT nhiệm vụ", "hoan thanh tot nhiem vu" and "HTTNV" compare by their letters.
 */
export function looseKey(text: string): string {
  return foldKey(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/\s*\/\s*/g, "/")
    .normalize("NFC");
}

/**
 * Key for header and label cells: {@link foldKey} with spaces around "/" removed and a trailing
 * ":" or "*" (a "required" marker) dropped, so "Danh hiệu/hình thức" finds "Danh hiệu / hình thức".
 */
export function headerKey(text: string): string {
  return foldKey(text)
    .replace(/\s*\/\s*/g, "/")
    .replace(/[\s:*]+$/, "");
}
