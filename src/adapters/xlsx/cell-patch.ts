/**
 * Writes values into single cells of an existing worksheet part, leaving every other cell, the
 * cell's own style and the rest of the sheet as they were (issue 12: a returned unit file's
 * values merged into the register; rows appended to `Nhật ký`). Text is written as inline text,
 * never as a formula. Browser-safe.
 */
import { cellAddress, parseCellAddress, type CellValue } from "../../domain/grid";
import { elementPrefix } from "./workbook-tables";
import { attr, escapeCellText } from "./xml-text";

/** One cell to write: 0-based row and column, and the value (null empties the cell). */
export interface CellPatch {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

interface Segment {
  index: number;
  xml: string;
}

/** The sheet XML with the patches applied. Throws when the XML has no sheetData. */
export function patchSheetXml(xml: string, patches: readonly CellPatch[]): string {
  if (patches.length === 0) return xml;
  const p = elementPrefix(xml, "sheetData");
  if (p === null) throw new Error("Worksheet without sheetData");
  const open = xml.indexOf(`<${p}sheetData`);
  const openEnd = xml.indexOf(">", open);
  const selfClosed = xml.charCodeAt(openEnd - 1) === 47;
  const bodyStart = openEnd + 1;
  const close = selfClosed ? bodyStart : xml.indexOf(`</${p}sheetData>`, bodyStart);
  const body = selfClosed ? "" : xml.slice(bodyStart, close);

  const rows = segments(body, `${p}row`, (tag, previous) => {
    const r = attr(tag, "r");
    return r === null ? previous + 1 : Number(r) - 1;
  });
  const byRow = new Map<number, CellPatch[]>();
  for (const patch of patches) {
    const list = byRow.get(patch.row) ?? [];
    list.push(patch);
    byRow.set(patch.row, list);
  }
  for (const [rowIndex, rowPatches] of byRow) {
    const existing = rows.find((r) => r.index === rowIndex);
    if (existing !== undefined) existing.xml = patchRow(existing.xml, rowIndex, rowPatches, p);
    else
      rows.push({
        index: rowIndex,
        xml: patchRow(`<${p}row r="${rowIndex + 1}"/>`, rowIndex, rowPatches, p),
      });
  }
  rows.sort((a, b) => a.index - b.index);
  const newBody = rows.map((r) => r.xml).join("");
  const head = selfClosed
    ? `${xml.slice(0, openEnd - 1).replace(/\s*$/, "")}>`
    : xml.slice(0, bodyStart);
  const tail = selfClosed ? `</${p}sheetData>${xml.slice(openEnd + 1)}` : xml.slice(close);
  return `${head}${newBody}${tail}`;
}

/** Splits XML into the elements named `tag`, each with its index (text between them is dropped). */
function segments(
  xml: string,
  tag: string,
  indexOf: (startTag: string, previous: number) => number
): Segment[] {
  const out: Segment[] = [];
  const re = new RegExp(
    `<${tag.replace(":", "\\:")}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${tag.replace(":", "\\:")}>)`,
    "g"
  );
  let previous = -1;
  for (const m of xml.matchAll(re)) {
    const startTag = /^<[^>]*>/.exec(m[0])?.[0] ?? "";
    previous = indexOf(startTag, previous);
    out.push({ index: previous, xml: m[0] });
  }
  return out;
}

function patchRow(
  rowXml: string,
  rowIndex: number,
  patches: readonly CellPatch[],
  p: string
): string {
  const startTag = /^<[^>]*>/.exec(rowXml)?.[0] ?? `<${p}row r="${rowIndex + 1}">`;
  const selfClosed = startTag.endsWith("/>");
  const inner = selfClosed
    ? ""
    : rowXml.slice(startTag.length, rowXml.length - `</${p}row>`.length);
  const cells = segments(inner, `${p}c`, (tag, previous) => {
    const r = attr(tag, "r");
    const parsed = r === null ? null : parseCellAddress(r);
    return parsed === null ? previous + 1 : parsed.col;
  });
  for (const patch of patches) {
    const existing = cells.find((c) => c.index === patch.col);
    const style =
      existing === undefined ? null : attr(/^<[^>]*>/.exec(existing.xml)?.[0] ?? "", "s");
    const xml = cellXml(patch, style, p);
    if (existing !== undefined) existing.xml = xml;
    else cells.push({ index: patch.col, xml });
  }
  cells.sort((a, b) => a.index - b.index);
  // `spans` is only an optimisation hint; a stale one is worse than none.
  const openTag = startTag
    .replace(/\/>$/, ">")
    .replace(/\sspans="[^"]*"/, "")
    .replace(/^<([^\s>]+)(?![^>]*\sr=")/, `<$1 r="${rowIndex + 1}"`);
  return `${openTag}${cells.map((c) => c.xml).join("")}</${p}row>`;
}

function cellXml(patch: CellPatch, style: string | null, p: string): string {
  const ref = cellAddress(patch.row, patch.col);
  const s = style === null ? "" : ` s="${style}"`;
  const v = patch.value;
  if (v === null) return `<${p}c r="${ref}"${s}/>`;
  if (typeof v === "number") {
    return Number.isFinite(v)
      ? `<${p}c r="${ref}"${s}><${p}v>${v}</${p}v></${p}c>`
      : `<${p}c r="${ref}"${s}/>`;
  }
  if (typeof v === "boolean")
    return `<${p}c r="${ref}"${s} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  const text =
    typeof v === "string"
      ? v
      : v instanceof Date
        ? `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`
        : v.error;
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeCellText(text)}</${p}t></${p}is></${p}c>`;
}
