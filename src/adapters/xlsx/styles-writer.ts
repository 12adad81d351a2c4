/**
 * Adds the cell styles of output sheets to a workbook's styles.xml without disturbing existing
 * indices: new fonts, fills, borders, number formats and cell formats are appended, and an entry
 * that already exists with exactly the same XML is reused (so writing twice adds nothing twice).
 * Browser-safe.
 */
import type { CellStyle } from "../../domain/output/sheet-spec";
import { attr, escapeXml, findTags } from "./xml-text";

/** styles.xml of a new workbook: Times New Roman 12, the usual font of Vietnamese documents. */
export const BLANK_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

interface Section {
  /** Start of the section's open tag, or -1 when the section is absent. */
  readonly entries: string[];
  readonly added: string[];
}

/** Appends styles and returns the new styles.xml with each style key's cellXfs index. */
export function addStyles(
  stylesXml: string,
  styles: ReadonlyMap<string, CellStyle>
): { readonly xml: string; readonly index: ReadonlyMap<string, number> } {
  const p = /<(\w+:)?styleSheet[\s>]/.exec(stylesXml)?.[1] ?? "";
  const sections = {
    numFmts: readSection(stylesXml, p, "numFmts"),
    fonts: readSection(stylesXml, p, "fonts"),
    fills: readSection(stylesXml, p, "fills"),
    borders: readSection(stylesXml, p, "borders"),
    cellXfs: readSection(stylesXml, p, "cellXfs"),
  };
  const baseFont = sections.fonts.entries[0] ?? "";
  const defaultFontName = attr(findTags(baseFont, "name")[0] ?? "", "val") ?? "Calibri";
  const defaultFontSize = Number(attr(findTags(baseFont, "sz")[0] ?? "", "val") ?? "11");

  const index = new Map<string, number>();
  for (const [key, style] of styles) {
    const fontId = indexOf(sections.fonts, fontXml(p, style, defaultFontName, defaultFontSize));
    const fillId = style.fill === undefined ? 0 : indexOf(sections.fills, fillXml(p, style.fill));
    const borderId = style.border === true ? indexOf(sections.borders, borderXml(p)) : 0;
    const numFmtId = numberFormatId(sections.numFmts, p, style.numberFormat);
    index.set(key, indexOf(sections.cellXfs, xfXml(p, style, numFmtId, fontId, fillId, borderId)));
  }

  let xml = stylesXml;
  // Later sections first, so earlier offsets stay valid while splicing.
  for (const name of ["cellXfs", "borders", "fills", "fonts", "numFmts"] as const) {
    const section = sections[name];
    if (section.added.length === 0) continue;
    xml = appendToSection(xml, p, name, section);
  }
  return { xml, index };
}

function readSection(xml: string, p: string, name: string): Section {
  const open = new RegExp(`<${p}${name}(?=[\\s/>])[^>]*>`).exec(xml);
  if (open === null || open[0].endsWith("/>")) return { entries: [], added: [] };
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${p}${name}>`, start);
  return { entries: topLevelElements(xml.slice(start, end)), added: [] };
}

/** Splits XML content into its top-level elements (as text). */
export function topLevelElements(content: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  const re = /<(\/?)[^>]*?(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(content)) !== null) {
    const tag = m[0];
    if (tag.startsWith("<?") || tag.startsWith("<!")) continue;
    if (m[1] === "/") {
      depth--;
      if (depth === 0 && start >= 0) {
        out.push(content.slice(start, m.index + tag.length));
        start = -1;
      }
    } else if (m[2] === "/") {
      if (depth === 0) out.push(tag);
    } else {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  return out;
}

function indexOf(section: Section, xml: string): number {
  const existing = section.entries.indexOf(xml);
  if (existing >= 0) return existing;
  const added = section.added.indexOf(xml);
  if (added >= 0) return section.entries.length + added;
  section.added.push(xml);
  return section.entries.length + section.added.length - 1;
}

function numberFormatId(section: Section, p: string, code: string | undefined): number {
  if (code === undefined) return 0;
  const builtIn = BUILT_IN_FORMATS[code];
  if (builtIn !== undefined) return builtIn;
  const all = [...section.entries, ...section.added];
  for (const entry of all) {
    if (attr(entry, "formatCode") === code) return Number(attr(entry, "numFmtId"));
  }
  const maxId = Math.max(163, ...all.map((e) => Number(attr(e, "numFmtId") ?? "0")));
  section.added.push(`<${p}numFmt numFmtId="${maxId + 1}" formatCode="${escapeXml(code)}"/>`);
  return maxId + 1;
}

function fontXml(p: string, s: CellStyle, defaultName: string, defaultSize: number): string {
  return (
    `<${p}font>` +
    (s.bold === true ? `<${p}b/>` : "") +
    (s.italic === true ? `<${p}i/>` : "") +
    (s.underline === true ? `<${p}u/>` : "") +
    `<${p}sz val="${s.fontSize ?? defaultSize}"/>` +
    // No colour element = automatic (black), which needs no theme part.
    (s.color === undefined ? "" : `<${p}color rgb="FF${hex(s.color)}"/>`) +
    `<${p}name val="${escapeXml(s.fontName ?? defaultName)}"/>` +
    `</${p}font>`
  );
}

function fillXml(p: string, color: string): string {
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${hex(color)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

function borderXml(p: string): string {
  const side = (n: string): string => `<${p}${n} style="thin"><${p}color indexed="64"/></${p}${n}>`;
  return `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
}

function xfXml(
  p: string,
  s: CellStyle,
  numFmtId: number,
  fontId: number,
  fillId: number,
  borderId: number
): string {
  const align =
    (s.align === undefined ? "" : ` horizontal="${s.align}"`) +
    (s.valign === undefined ? "" : ` vertical="${s.valign === "middle" ? "center" : s.valign}"`) +
    (s.wrap === true ? ' wrapText="1"' : "");
  return (
    `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
    (numFmtId !== 0 ? ' applyNumberFormat="1"' : "") +
    ' applyFont="1"' +
    (fillId !== 0 ? ' applyFill="1"' : "") +
    (borderId !== 0 ? ' applyBorder="1"' : "") +
    (align === "" ? "/>" : ` applyAlignment="1"><${p}alignment${align}/></${p}xf>`)
  );
}

function hex(color: string): string {
  const clean = color.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(clean) ? clean : "000000";
}

function appendToSection(xml: string, p: string, name: string, section: Section): string {
  const count = section.entries.length + section.added.length;
  const added = section.added.join("");
  const openRe = new RegExp(`<${p}${name}(?=[\\s/>])[^>]*>`);
  const open = openRe.exec(xml);
  if (open !== null) {
    const withCount = open[0].includes("count=")
      ? open[0].replace(/count="\d*"/, `count="${count}"`)
      : open[0].replace(new RegExp(`^<${p}${name}`), `<${p}${name} count="${count}"`);
    if (open[0].endsWith("/>")) {
      const expanded = `${withCount.slice(0, -2).trimEnd()}>${added}</${p}${name}>`;
      return xml.slice(0, open.index) + expanded + xml.slice(open.index + open[0].length);
    }
    const close = xml.indexOf(`</${p}${name}>`, open.index);
    return (
      xml.slice(0, open.index) +
      withCount +
      xml.slice(open.index + open[0].length, close) +
      added +
      xml.slice(close)
    );
  }
  // Absent section: insert it where the schema order puts it (numFmts first, then fonts, …).
  const order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"];
  const later = order.slice(order.indexOf(name) + 1);
  let at = -1;
  for (const next of later) {
    const m = new RegExp(`<${p}${next}[\\s/>]`).exec(xml);
    if (m !== null) {
      at = m.index;
      break;
    }
  }
  if (at < 0) at = xml.indexOf(`</${p}styleSheet>`);
  return `${xml.slice(0, at)}<${p}${name} count="${count}">${added}</${p}${name}>${xml.slice(at)}`;
}
