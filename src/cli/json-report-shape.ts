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
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  return isJsonReportInParts(text) ?? isJsonReport(text);
}

/** Between two elements of a top-level array of objects, as tdkt writes a report. */
const ELEMENT_SEPARATOR = "},\n    {";
const ARRAY_START = "[\n    {";
const ARRAY_END = "}\n  ]";

/**
 * {@link isJsonReport} parsed in parts, or null when the text does not split as tdkt writes a
 * report (the caller then parses it whole). Parsed whole, a multi-megabyte report is one graph
 * of objects that lives, and is copied by the young-generation collector, until the parse ends;
 * parsed element by element each part dies young.
 *
 * Why the answer is the same: each array split out, `[` + the elements + `]`, is replaced by
 * `[` + a line break + `]`. The rest (the skeleton) is then parsed: a line break cannot be inside
 * a JSON string, so when the skeleton parses, that `[` and `]` are an empty array. Each part
 * between the chosen commas parses as a JSON value; so the elements are a valid list, the whole
 * text is valid JSON, and its top-level members have the kinds the skeleton's have. When a part
 * or the skeleton does not parse (a wrong guess at the split, or a broken text), null: the whole
 * text is parsed as before.
 */
function isJsonReportInParts(text: string): boolean | null {
  let skeleton = "";
  let kept = 0;
  let from = 0;
  for (;;) {
    const first = text.indexOf(ELEMENT_SEPARATOR, from);
    if (first < 0) break;
    const open = text.lastIndexOf(ARRAY_START, first);
    const close = text.indexOf(ARRAY_END, first);
    if (open < from || close < 0) return null;
    // The elements lie between `[` (at open) and `]` (at end).
    const start = open + 1;
    const end = close + ARRAY_END.length - 1;
    let partStart = start;
    let separator = first;
    while (separator >= 0 && separator < end) {
      if (!parses(text.slice(partStart, separator + 1))) return null;
      partStart = separator + 2;
      separator = text.indexOf(ELEMENT_SEPARATOR, separator + 1);
    }
    if (!parses(text.slice(partStart, end))) return null;
    skeleton += `${text.slice(kept, start)}\n`;
    kept = end;
    from = end;
  }
  if (kept === 0) return null;
  skeleton += text.slice(kept);
  if (!parses(skeleton)) return null;
  return isJsonReport(skeleton);
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
