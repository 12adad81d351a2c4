/**
 * The hostile-workbook corpus, generated at test time from one real register (the sample register
 * as LibreOffice saved it: shared strings, LibreOffice's styles): each case is a file's bytes (or
 * a special path) and what tdkt must do with it. Nothing here is committed as a binary.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { deflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";
import { parseDateStyles } from "../../src/adapters/xlsx/workbook-tables";
import { rawZip, type RawEntry } from "./raw-zip";

export const BASE_FILE = path.resolve(
  __dirname,
  "../fixtures/sample-register.saved-by-libreoffice.xlsx"
);

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** The base register's parts, in zip order, as text (every part of it is XML). */
export function baseParts(): Map<string, string> {
  const files = unzipSync(new Uint8Array(fs.readFileSync(BASE_FILE)));
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) {
    out.set(name, Buffer.from(data).toString("utf8"));
  }
  return out;
}

/** Zips parts (text as UTF-8, bytes as they are), plus hostile entries appended. */
export function zipParts(
  parts: ReadonlyMap<string, string | Uint8Array>,
  extra: readonly RawEntry[] = []
): Uint8Array {
  const entries: RawEntry[] = [];
  for (const [name, data] of parts) {
    entries.push({
      name,
      data: typeof data === "string" ? new Uint8Array(Buffer.from(data, "utf8")) : data,
    });
  }
  return rawZip([...entries, ...extra]);
}

/** Applies an edit to a copy of the base parts and zips the result. */
export function variant(edit: (parts: Map<string, string | Uint8Array>) => void): Uint8Array {
  const parts = new Map<string, string | Uint8Array>(baseParts());
  edit(parts);
  return zipParts(parts);
}

export function text(parts: Map<string, string | Uint8Array>, name: string): string {
  const v = parts.get(name);
  if (typeof v !== "string") throw new Error(`no text part ${name}`);
  return v;
}

/** Every XML part name (all parts of the base register are XML). */
export function xmlNames(parts: Map<string, string | Uint8Array>): string[] {
  return [...parts.keys()].filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
}

export function sheetNames(parts: Map<string, string | Uint8Array>): string[] {
  return [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
}

/** Path of the worksheet part that holds a named sheet. */
export function sheetPath(parts: Map<string, string | Uint8Array>, name: string): string {
  const wb = text(parts, "xl/workbook.xml");
  const id = new RegExp(`<sheet name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
  const rels = text(parts, "xl/_rels/workbook.xml.rels");
  const target =
    new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no sheet ${name}`);
  return `xl/${target}`;
}

/** Rewrites each start/empty tag of an XML text. */
function mapTags(xml: string, f: (tag: string) => string): string {
  return xml.replace(/<[A-Za-z_][^>]*>/g, f);
}

function decodeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function encodeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const T_ELEMENT = /<t( xml:space="preserve")?>([^<]*)<\/t>/g;

/** Legal ways Excel or LibreOffice may write the same register (same report expected). */
export const LEGAL_VARIANTS: Record<string, (parts: Map<string, string | Uint8Array>) => void> = {
  "CDATA sections": (parts) => {
    const ss = text(parts, "xl/sharedStrings.xml");
    parts.set(
      "xl/sharedStrings.xml",
      ss.replace(T_ELEMENT, (whole, space: string | undefined, body: string) => {
        const raw = decodeXml(body);
        return raw.includes("]]>") ? whole : `<t${space ?? ""}><![CDATA[${raw}]]></t>`;
      })
    );
  },
  "comments and processing instructions": (parts) => {
    for (const name of xmlNames(parts)) {
      let xml = text(parts, name).replace(/^(<\?xml[^>]*\?>)/, "$1<!-- tdkt fuzz --><?fuzz pi?>");
      xml = xml.replace(/(<row [^>]*[^/]>)/g, "$1<!-- một hàng --><?fuzz row?>");
      parts.set(name, xml);
    }
    const ss = text(parts, "xl/sharedStrings.xml");
    parts.set(
      "xl/sharedStrings.xml",
      ss.replace(T_ELEMENT, (whole, space: string | undefined, body: string) => {
        const raw = decodeXml(body);
        const chars = Array.from(raw);
        if (chars.length < 2) return whole;
        const [first, ...rest] = chars;
        return `<t${space ?? ""}>${encodeXml(first ?? "")}<!--giữa-->${encodeXml(rest.join(""))}</t>`;
      })
    );
  },
  "single-quoted attributes": (parts) => {
    for (const name of xmlNames(parts)) {
      parts.set(
        name,
        mapTags(text(parts, name), (tag) =>
          tag.replace(/(\s[\w:.-]+)="([^"]*)"/g, (_m, key: string, v: string) => {
            return `${key} = '${v.replace(/'/g, "&apos;")}'`;
          })
        )
      );
    }
  },
  "namespace prefixes": (parts) => {
    const names = [
      ...sheetNames(parts),
      "xl/sharedStrings.xml",
      "xl/workbook.xml",
      "xl/styles.xml",
    ];
    for (const name of names) {
      const xml = text(parts, name)
        .replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`)
        .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (_m, slash: string, n: string) =>
          n.includes(":") ? `<${slash}${n}` : `<${slash}x:${n}`
        );
      parts.set(name, xml);
    }
  },
  "whitespace in end tags": (parts) => {
    for (const name of xmlNames(parts)) {
      parts.set(name, text(parts, name).replace(/<\/([^>\s]+)>/g, "</$1 \n\t>"));
    }
  },
  "UTF-16 parts": (parts) => {
    const names = [...sheetNames(parts), "xl/sharedStrings.xml", "xl/workbook.xml"];
    names.forEach((name, i) => {
      const xml = text(parts, name).replace(/encoding="UTF-8"/, 'encoding="UTF-16"');
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]);
      // Every other part big-endian, the byte order marks say which.
      const bytes = i % 2 === 0 ? le : Buffer.from(le).swap16();
      parts.set(name, new Uint8Array(bytes));
    });
  },
  "inline strings": (parts) => {
    const items = [
      ...text(parts, "xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g),
    ].map((m) => m[1] ?? "");
    for (const name of sheetNames(parts)) {
      parts.set(
        name,
        text(parts, name).replace(
          /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
          (_m, a: string, b: string, i: string) =>
            `<c ${a}t="inlineStr"${b}><is>${items[Number(i)] ?? ""}</is></c>`
        )
      );
    }
  },
  "rich text with phonetic runs": (parts) => {
    const ss = text(parts, "xl/sharedStrings.xml");
    parts.set(
      "xl/sharedStrings.xml",
      ss.replace(T_ELEMENT, (whole, _space: string | undefined, body: string) => {
        const chars = Array.from(decodeXml(body));
        if (chars.length < 2) return whole;
        const head = encodeXml(chars[0] ?? "");
        const tail = encodeXml(chars.slice(1).join(""));
        return (
          `<r><rPr><b val="true"/><sz val="11"/><rFont val="Times New Roman"/></rPr><t>${head}</t></r>` +
          `<r><t xml:space="preserve">${tail}</t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh>`
        );
      })
    );
  },
  "1904 date system": (parts) => {
    const wb = text(parts, "xl/workbook.xml");
    parts.set("xl/workbook.xml", wb.replace('date1904="false"', 'date1904="true"'));
    const dateStyles = parseDateStyles(text(parts, "xl/styles.xml"));
    for (const name of sheetNames(parts)) {
      parts.set(
        name,
        text(parts, name).replace(
          /(<c r="[A-Z]+\d+" s="(\d+)"(?: t="n")?><v>)([^<]+)(<\/v>)/g,
          (whole, open: string, s: string, v: string, close: string) =>
            dateStyles[Number(s)] === true && Number.isFinite(Number(v))
              ? `${open}${Number(v) - 1462}${close}`
              : whole
        )
      );
    }
  },
  "Strict OOXML namespaces": (parts) => {
    for (const name of xmlNames(parts)) {
      parts.set(
        name,
        text(parts, name)
          .split(`${REL_NS}/`)
          .join(`${STRICT_REL_NS}/`)
          .split(`"${REL_NS}"`)
          .join(`"${STRICT_REL_NS}"`)
          .split(MAIN_NS)
          .join(STRICT_MAIN_NS)
          .replace(/<workbook /, '<workbook conformance="strict" ')
      );
    }
  },
};

/** A deflate stream of `n` zero bytes (built once per size; fast at level 1). */
export function zeros(n: number): Uint8Array {
  return new Uint8Array(deflateRawSync(Buffer.alloc(n), { level: 1 }));
}
