/**
 * Errors of the .xlsx core. Browser-safe. The CLI turns both into exit status 2 with the message.
 */

/** The bytes are not a usable .xlsx workbook (corrupt, not a zip, parts missing…). */
export class XlsxFormatError extends Error {
  override readonly name: string = "XlsxFormatError";
}

/** The workbook goes beyond one of the read limits (see read-limits.ts). */
export class XlsxLimitError extends XlsxFormatError {
  override readonly name: string = "XlsxLimitError";
}
