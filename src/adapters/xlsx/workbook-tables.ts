/**
 * The workbook-wide tables a sheet reader needs: shared strings and which cell styles show dates.
 * Browser-safe.
 */
import { isDateFormat } from "./date-formats";
import { attr, decodeEntities, decodeOoxmlEscapes, findTags } from "./xml-text";

/** The text of every `<si>` of sharedStrings.xml; rich-text runs joined, phonetic runs dropped. */
export function parseSharedStrings(xml: string): string[] {
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
    if (xml.charCodeAt(openEnd - 1) === 47 /* "/" */) {
      out.push("");
      pos = openEnd + 1;
      continue;
    }
    const close = xml.indexOf(closeTag, openEnd);
    const end = close < 0 ? xml.length : close;
    const body = xml.slice(openEnd + 1, end);
    out.push(simpleText(body, prefix) ?? richText(body));
    pos = end + closeTag.length;
  }
  return out;
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

/** Plain text of a string item body (`<t>`, or runs `<r><t>`), without phonetic `<rPh>` runs. */
export function richText(body: string): string {
  let text = body;
  if (text.includes("rPh")) text = text.replace(/<(\w+:)?rPh[\s>][\s\S]*?<\/(\w+:)?rPh>/g, "");
  let result = "";
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) result += m[1] ?? "";
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
