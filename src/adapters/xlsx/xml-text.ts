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

/** Escapes text for an XML element body or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) =>
    ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"
  );
}

/**
 * Escapes a cell string: XML-escaped, with characters XML 1.0 cannot hold written as `_xHHHH_`
 * and a literal `_xHHHH_` protected as `_x005F_xHHHH_`, so Excel reads back exactly the text.
 */
export function escapeCellText(text: string): string {
  const protectedText = text
    .replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1")
    .replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, (ch) => {
      return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
    });
  return escapeXml(protectedText);
}

/** Reads one attribute's (decoded) value from the text of a start tag; null when absent. */
export function attr(tag: string, name: string): string | null {
  // Attribute names may carry a namespace prefix (r:id); match the exact qualified name.
  const re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  if (!m) return null;
  return decodeEntities(m[2] ?? m[3] ?? "");
}

/** Every start (or empty) tag `<prefix:name …>` of a local name in an XML text, in order. */
export function findTags(xml: string, localName: string): string[] {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}(?=[\\s/>])[^>]*>`, "g");
  return xml.match(re) ?? [];
}

/** Quotes a sheet name for use in a formula or a defined name: 'It''s'. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
