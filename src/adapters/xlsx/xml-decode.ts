/**
 * Turns a part's bytes into XML text the reader and writer can walk with plain string search:
 * decoded from UTF-8 or UTF-16 (byte-order mark or the `<?xml` bytes say which), and, when the
 * part uses them, without comments, processing instructions and DOCTYPE, with CDATA sections as
 * escaped text, attributes double-quoted and single-spaced, and end tags without whitespace
 * (`</c >` → `</c>`). The canonical text means the same to an XML parser. Linear time; a
 * truncated part is an XlsxFormatError, never a loop. Browser-safe.
 */
import { XlsxFormatError } from "./xlsx-format-error";

const utf8 = new TextDecoder("utf-8");
let utf16le: InstanceType<typeof TextDecoder> | undefined;
let utf16be: InstanceType<typeof TextDecoder> | undefined;

/** Parts at most this large are always canonicalised (cheap, and it checks them). */
const ALWAYS_CANONICAL_CHARS = 1 << 20;

/** The part's text in canonical form (see above). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let text: string;
  let reencoded = false;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00)) {
    text = (utf16le ??= new TextDecoder("utf-16le")).decode(bytes);
    reencoded = true;
  } else if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c)) {
    text = (utf16be ??= new TextDecoder("utf-16be")).decode(bytes);
    reencoded = true;
  } else {
    text = utf8.decode(bytes); // drops a UTF-8 byte-order mark
  }
  if (reencoded) text = text.replace(/^(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2/, '$1"UTF-8"');
  return text.length <= ALWAYS_CANONICAL_CHARS || needsCanonical(text) ? canonicalXml(text) : text;
}

function needsCanonical(xml: string): boolean {
  if (xml.includes("<!")) return true; // comments, CDATA, DOCTYPE
  const decl = xml.startsWith("<?xml") ? xml.indexOf("?>") : 0;
  if (xml.includes("<?", Math.max(decl, 0) + 1)) return true;
  if (/=\s*'/.test(xml)) return true;
  return /<\/[^>\s]*\s/.test(xml);
}

const truncated = (): XlsxFormatError => new XlsxFormatError({ code: "truncated-xml", params: {} });

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;"));
}

/**
 * The canonical form of an XML text (see the file comment). Most parts already are canonical, so
 * only what differs is rebuilt: the text is copied in the stretches between changes, and a part
 * with nothing to change comes back as the same string.
 */
export function canonicalXml(xml: string): string {
  const n = xml.length;
  const out: string[] = []; // empty while nothing has changed
  let copied = 0; // xml before this index is in `out` (or unchanged)
  const replace = (from: number, to: number, text: string): void => {
    out.push(xml.slice(copied, from), text);
    copied = to;
  };
  let pos = 0;
  while (pos < n) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw truncated();
        pos = end + 3;
        replace(lt, pos, "");
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw truncated();
        pos = end + 3;
        replace(lt, pos, escapeText(xml.slice(lt + 9, end)));
      } else {
        pos = skipDeclaration(xml, lt);
        replace(lt, pos, "");
      }
    } else if (next === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw truncated();
      pos = end + 2;
      if (!(lt === 0 && xml.startsWith("<?xml", 0))) replace(lt, pos, "");
    } else if (next === 47 /* / */) {
      const end = xml.indexOf(">", lt + 2);
      if (end < 0) throw truncated();
      const name = xml.slice(lt + 2, end);
      const trimmed = name.trim();
      pos = end + 1;
      if (trimmed !== name) replace(lt, pos, `</${trimmed}>`);
    } else {
      const end = canonicalTagEnd(xml, lt);
      if (end >= 0) pos = end;
      else {
        const parts: string[] = [];
        pos = startTag(xml, lt, parts);
        replace(lt, pos, parts.join(""));
      }
    }
  }
  if (out.length === 0) return withoutIllegalCharacters(xml);
  out.push(xml.slice(copied));
  return withoutIllegalCharacters(out.join(""));
}

/**
 * A start tag already in canonical form: `<name a="v" b="w">` or `/>`, single spaces, double
 * quotes, nothing around `=`. Sticky (matched exactly at lastIndex) and unambiguous (each
 * repetition starts with a space, names hold none), so it runs in linear time. startTag rebuilds
 * a tag it does not match, and rebuilds a tag it matches into the same text.
 */
const CANONICAL_TAG = /<[^ \t\n\r>/]+(?: [^ \t\n\r=>]+="[^"]*")*\/?>/y;

/** Where the start tag at `lt` ends when it is already canonical; -1 when it is not. */
function canonicalTagEnd(xml: string, lt: number): number {
  CANONICAL_TAG.lastIndex = lt;
  return CANONICAL_TAG.test(xml) ? CANONICAL_TAG.lastIndex : -1;
}

/**
 * Characters XML 1.0 cannot hold (most control characters, U+FFFE, U+FFFF), raw or as character
 * references such as `&#1;`, become U+FFFD: a hostile part that holds them would otherwise be
 * written back into OUT as XML no parser accepts.
 */
export function withoutIllegalCharacters(xml: string): string {
  return xml.replace(
    /&#(x[0-9a-fA-F]{1,8}|[0-9]{1,10});|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
    (whole, ref: string | undefined) => {
      if (ref === undefined) return "\ufffd";
      const code = ref.startsWith("x") ? parseInt(ref.slice(1), 16) : Number(ref);
      const legal =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      return legal ? whole : "&#xFFFD;";
    }
  );
}

// <!DOCTYPE …> with an optional internal subset [ … ]: dropped (entities are never expanded).
function skipDeclaration(xml: string, lt: number): number {
  const bracket = xml.indexOf("[", lt);
  const gt = xml.indexOf(">", lt);
  if (gt < 0) throw truncated();
  if (bracket < 0 || bracket > gt) return gt + 1;
  const close = xml.indexOf("]", bracket);
  if (close < 0) throw truncated();
  const end = xml.indexOf(">", close);
  if (end < 0) throw truncated();
  return end + 1;
}

function startTag(xml: string, lt: number, out: string[]): number {
  const n = xml.length;
  let i = lt + 1;
  while (i < n && !isSpace(xml.charCodeAt(i)) && xml[i] !== ">" && xml[i] !== "/") i++;
  if (i >= n) throw truncated();
  const parts: string[] = [`<${xml.slice(lt + 1, i)}`];
  for (;;) {
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (i >= n) throw truncated();
    const c = xml[i];
    if (c === ">") {
      parts.push(">");
      out.push(parts.join(""));
      return i + 1;
    }
    if (c === "/") {
      if (xml[i + 1] !== ">") throw truncated();
      parts.push("/>");
      out.push(parts.join(""));
      return i + 2;
    }
    const nameStart = i;
    while (i < n && !isSpace(xml.charCodeAt(i)) && xml[i] !== "=" && xml[i] !== ">") i++;
    const name = xml.slice(nameStart, i);
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (xml[i] !== "=") throw truncated();
    i++;
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") throw truncated();
    const close = xml.indexOf(quote, i + 1);
    if (close < 0) throw truncated();
    let value = xml.slice(i + 1, close);
    if (quote === "'" && value.includes('"')) value = value.replace(/"/g, "&quot;");
    parts.push(` ${name}="${value}"`);
    i = close + 1;
  }
}
