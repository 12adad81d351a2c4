/**
 * XML text helpers shared by the .xlsx reader and writer. Browser-safe: no Node APIs.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Decodes XML entities (&amp; &#233; &#xE9;) in text or attribute values. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return safeCodePoint(parseInt(body.slice(2), 16), whole);
    if (body.startsWith("#")) return safeCodePoint(parseInt(body.slice(1), 10), whole);
    return NAMED_ENTITIES[body] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : fallback;
}

/**
 * Decodes the OOXML `_xHHHH_` escapes that spreadsheet strings use for characters XML cannot hold
 * (ECMA-376 ST_Xstring), e.g. `_x000D_` for a carriage return and `_x005F_` for a literal `_`.
 */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/**
 * Escapes text for an XML element body or a double-quoted attribute. Characters XML 1.0 cannot
 * hold at all (control characters other than tab and line breaks, U+FFFE, U+FFFF), which a
 * hostile file can smuggle in as `&#1;`, become U+FFFD so the output stays well-formed.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) =>
    ch === "&"
      ? "&amp;"
      : ch === "<"
        ? "&lt;"
        : ch === ">"
          ? "&gt;"
          : ch === '"'
            ? "&quot;"
            : "\ufffd"
  );
}

const NEEDS_CELL_ESCAPE = /[&<>"_\u0000-\u001f\ufffe\uffff]/;

/**
 * Escapes a cell string: XML-escaped, with characters XML 1.0 cannot hold written as `_xHHHH_`
 * and a literal `_xHHHH_` protected as `_x005F_xHHHH_`, so Excel reads back exactly the text.
 */
export function escapeCellText(text: string): string {
  // Most cell texts need nothing: one scan instead of three replacements.
  if (!NEEDS_CELL_ESCAPE.test(text)) return text;
  const protectedText = text
    .replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1")
    .replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, (ch) => {
      return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
    });
  return escapeXml(protectedText);
}

/**
 * Reads one attribute's (decoded) value from the text of a start tag; null when absent. Attribute
 * names may carry a namespace prefix (r:id): the exact qualified name is matched. Linear time
 * whatever the tag holds (no backtracking regular expression).
 */
export function attr(tag: string, name: string): string | null {
  for (const [key, value] of attributes(tag)) {
    if (key === name) return decodeEntities(value);
  }
  return null;
}

/**
 * Every attribute's (decoded) value of a start tag by qualified name, the first of a repeated name
 * as {@link attr} gives it: for reading several attributes of a tag with one scan.
 */
export function attrValues(tag: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const [key, value] of attributes(tag)) {
    if (!values.has(key)) values.set(key, decodeEntities(value));
  }
  return values;
}

/** The raw (not entity-decoded) attributes of a start tag `<name a="1" b='2'>`, in order. */
export function attributes(tag: string): [string, string][] {
  const out: [string, string][] = [];
  const n = tag.length;
  let i = tag.startsWith("<") ? 1 : 0;
  // Skip the element name.
  if (i === 1) while (i < n && !isSpace(tag.charCodeAt(i)) && tag[i] !== ">" && tag[i] !== "/") i++;
  for (;;) {
    while (i < n && (isSpace(tag.charCodeAt(i)) || tag[i] === "/")) i++;
    if (i >= n || tag[i] === ">") return out;
    const nameStart = i;
    while (i < n && !isSpace(tag.charCodeAt(i)) && tag[i] !== "=" && tag[i] !== ">") i++;
    const key = tag.slice(nameStart, i);
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (tag[i] !== "=") continue;
    i++;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = tag.indexOf(quote, i + 1);
    if (close < 0) return out;
    out.push([key, tag.slice(i + 1, close)]);
    i = close + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Every start (or empty) tag `<prefix:name …>` of a local name in an XML text, in order. Linear
 * time; an unterminated last tag is left out.
 */
export function findTags(xml: string, localName: string): string[] {
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) return out;
    let i = lt + 1;
    const n = xml.length;
    let colon = -1;
    while (i < n) {
      const c = xml.charCodeAt(i);
      if (isSpace(c) || c === 47 /* / */ || c === 62 /* > */ || c === 60 /* < */) break;
      if (c === 58 /* : */) colon = i;
      i++;
    }
    const local = xml.slice(colon < 0 ? lt + 1 : colon + 1, i);
    if (local !== localName) {
      pos = i;
      continue;
    }
    const gt = tagEnd(xml, i);
    if (gt < 0) return out;
    out.push(xml.slice(lt, gt + 1));
    pos = gt + 1;
  }
}

/** Index of the `>` that ends a start tag, skipping quoted attribute values; -1 when none. */
function tagEnd(xml: string, from: number): number {
  const n = xml.length;
  let i = from;
  while (i < n) {
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close + 1;
    } else i++;
  }
  return -1;
}

/** Quotes a sheet name for use in a formula or a defined name: 'It''s'. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
