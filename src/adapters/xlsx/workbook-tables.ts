/**
 * The workbook-wide tables a sheet reader needs: shared strings and which cell styles show dates.
 * Browser-safe.
 */
import { isDateFormat } from "./date-formats";
import { XlsxFormatError, XlsxLimitError } from "./xlsx-format-error";
import { attr, decodeEntities, decodeOoxmlEscapes, findTags } from "./xml-text";

/** The text of every `<si>` of sharedStrings.xml; rich-text runs joined, phonetic runs dropped. */
export function parseSharedStrings(xml: string, maxChars = Infinity): string[] {
  const out: string[] = [];
  const prefix = elementPrefix(xml, "si");
  if (prefix === null) return out;
  const openTag = `<${prefix}si`;
  const closeTag = `</${prefix}si>`;
  let pos = 0;
  for (;;) {
    const open = xml.indexOf(openTag, pos);
    if (open < 0) break;
    const next = xml.charCodeAt(open + openTag.length);
    if (next !== 62 /* > */ && next !== 32 && next !== 47 /* / */ && next !== 9 && next !== 10) {
      pos = open + openTag.length; // e.g. "<sign": another element
      continue;
    }
    const openEnd = xml.indexOf(">", open);
    if (openEnd < 0) throw truncatedStrings();
    if (xml.charCodeAt(openEnd - 1) === 47 /* "/" */) {
      out.push("");
      pos = openEnd + 1;
      continue;
    }
    const end = xml.indexOf(closeTag, openEnd);
    if (end < 0) throw truncatedStrings();
    const body = xml.slice(openEnd + 1, end);
    const text = simpleText(body, prefix) ?? richText(body);
    if (text.length > maxChars) {
      throw new XlsxLimitError({
        code: "shared-string-too-long",
        params: { chars: text.length, maxChars },
      });
    }
    out.push(text);
    pos = end + closeTag.length;
  }
  return out;
}

function truncatedStrings(): XlsxFormatError {
  return new XlsxFormatError({ code: "truncated-shared-strings", params: {} });
}

// Fast path for the common `<t>text</t>` item.
function simpleText(body: string, prefix: string): string | null {
  const open = `<${prefix}t>`;
  const close = `</${prefix}t>`;
  if (!body.startsWith(open) || !body.endsWith(close)) return null;
  const inner = body.slice(open.length, body.length - close.length);
  if (inner.includes("<")) return null;
  return decodeOoxmlEscapes(decodeEntities(inner));
}

/**
 * Plain text of a string item body (`<t>`, or runs `<r><t>`), without phonetic `<rPh>` runs.
 * Linear time (indexOf, no backtracking regular expression).
 */
export function richText(body: string): string {
  let result = "";
  let pos = 0;
  for (;;) {
    const lt = body.indexOf("<", pos);
    if (lt < 0) break;
    let i = lt + 1;
    let colon = -1;
    while (i < body.length) {
      const c = body.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62 || c === 60) break;
      if (c === 58) colon = i;
      i++;
    }
    const local = body.slice(colon < 0 ? lt + 1 : colon + 1, i);
    const gt = body.indexOf(">", i);
    if (gt < 0) break;
    const selfClosing = body.charCodeAt(gt - 1) === 47;
    if (body.charCodeAt(lt + 1) === 47 || selfClosing || (local !== "t" && local !== "rPh")) {
      pos = gt + 1;
      continue;
    }
    const close = `</${body.slice(lt + 1, i)}>`;
    const end = body.indexOf(close, gt);
    if (end < 0) break;
    if (local === "t") result += body.slice(gt + 1, end);
    pos = end + close.length;
  }
  return decodeOoxmlEscapes(decodeEntities(result));
}

/**
 * The namespace prefix ("" or "x:") the document uses for an element, found at its first
 * occurrence; null when the element does not occur.
 */
export function elementPrefix(xml: string, local: string): string | null {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s/>]`).exec(xml);
  return m === null ? null : (m[1] ?? "");
}

/** For each cell style index (cellXfs), whether its number format shows a date. */
export function parseDateStyles(stylesXml: string | undefined): boolean[] {
  if (stylesXml === undefined) return [];
  const formats = new Map<number, string>();
  for (const tag of findTags(stylesXml, "numFmt")) {
    formats.set(Number(attr(tag, "numFmtId")), attr(tag, "formatCode") ?? "");
  }
  const xfsStart = stylesXml.search(/<(\w+:)?cellXfs[\s>]/);
  if (xfsStart < 0) return [];
  const xfsEnd = stylesXml.search(/<\/(\w+:)?cellXfs>/);
  const section = stylesXml.slice(xfsStart, xfsEnd < 0 ? undefined : xfsEnd);
  return findTags(section, "xf").map((tag) => {
    const id = Number(attr(tag, "numFmtId") ?? "0");
    return isDateFormat(id, formats.get(id));
  });
}
