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
