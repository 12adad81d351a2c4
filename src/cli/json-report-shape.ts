/**
 * Whether a file is a JSON report as tdkt writes it (register-format.md: an object with
 * `register`, `issues`, `units` and `proposals`), the test by which `--json` may replace it.
 */

/**
 * True when `text` is a JSON report as tdkt writes it: an object with `register` an object and
 * `issues`, `units` and `proposals` arrays.
 */
export function isJsonReport(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const report = value as Record<string, unknown>;
  return (
    typeof report.register === "object" &&
    report.register !== null &&
    ["issues", "units", "proposals"].every((key) => Array.isArray(report[key]))
  );
}

/**
 * The same answer for a file's bytes (UTF-8), without decoding them: the bytes are read as
 * Latin-1, one character a byte, a copy at memory speed (decoding a 5 MB report from UTF-8 took
 * longer than parsing it). The answer cannot differ: outside strings JSON is ASCII, and inside
 * them any character from U+0020 is allowed; every byte of a UTF-8 multi-byte sequence is 0x80 or
 * above, so as Latin-1 it is refused outside strings and allowed inside them exactly as the
 * character it encodes is (an invalid sequence too, which decodes as U+FFFD); and the four keys
 * are ASCII.
 */
export function isJsonReportBytes(bytes: Uint8Array): boolean {
  return isJsonReport(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1"));
}
