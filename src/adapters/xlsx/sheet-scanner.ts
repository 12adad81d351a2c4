/**
 * A lean scanner for worksheet XML: walks `<sheetData>` with indexOf and reads each cell's type,
 * style and value, nothing else. Much faster than a general XML parser on large sheets because a
 * cell's whole structure is known (ECMA-376 §18.3.1.4 `c`). Browser-safe.
 */
import type { CellValue } from "../../domain/grid";
import { serialToDate } from "./date-formats";
import { elementPrefix, richText } from "./workbook-tables";
import { decodeEntities, decodeOoxmlEscapes } from "./xml-text";

export interface ScanContext {
  readonly sharedStrings: readonly string[];
  /** By cell style index: whether the style's number format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** Row-major cell values from A1 of a worksheet part's XML (empty rows are empty arrays). */
export function scanSheet(xml: string, ctx: ScanContext): CellValue[][] {
  const rows: CellValue[][] = [];
  const p = elementPrefix(xml, "sheetData");
  if (p === null) return rows;
  const dataOpen = xml.indexOf(`<${p}sheetData`);
  const dataOpenEnd = xml.indexOf(">", dataOpen);
  if (xml.charCodeAt(dataOpenEnd - 1) === 47 /* "/" */) return rows;
  let end = xml.indexOf(`</${p}sheetData>`, dataOpenEnd);
  if (end < 0) end = xml.length;

  const rowTag = `${p}row`;
  const cellTag = `${p}c`;
  const cellClose = `</${p}c>`;
  let pos = dataOpenEnd + 1;
  let rowIdx = -1;
  let colIdx = -1;
  while (pos < end) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0 || lt >= end) break;
    if (xml.charCodeAt(lt + 1) === 47 /* "/" */) {
      pos = lt + 2;
      continue;
    }
    const tagEnd = xml.indexOf(">", lt);
    const nameEnd = nameEndAt(xml, lt + 1, tagEnd);
    const name = xml.slice(lt + 1, nameEnd);
    if (name === cellTag) {
      const tag = xml.slice(nameEnd, tagEnd);
      const ref = attrOf(tag, "r");
      if (ref === null) colIdx++;
      else {
        const parsed = parseRef(ref);
        colIdx = parsed.col;
        if (parsed.row >= 0) rowIdx = parsed.row;
      }
      if (rowIdx < 0) rowIdx = 0;
      if (xml.charCodeAt(tagEnd - 1) === 47 /* "/" */) {
        pos = tagEnd + 1;
        continue;
      }
      const close = xml.indexOf(cellClose, tagEnd);
      const bodyEnd = close < 0 ? end : close;
      const value = cellValue(xml.slice(tagEnd + 1, bodyEnd), tag, p, ctx);
      if (value !== null) put(rows, rowIdx, colIdx, value);
      pos = bodyEnd + cellClose.length;
    } else if (name === rowTag) {
      const r = attrOf(xml.slice(nameEnd, tagEnd), "r");
      rowIdx = r === null ? rowIdx + 1 : Number(r) - 1;
      colIdx = -1;
      pos = tagEnd + 1;
    } else {
      pos = tagEnd + 1;
    }
  }
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  return rows;
}

function nameEndAt(xml: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const c = xml.charCodeAt(i);
    if (c === 32 || c === 47 || c === 9 || c === 10 || c === 13) break;
    i++;
  }
  return i;
}

function put(rows: CellValue[][], row: number, col: number, value: CellValue): void {
  let cells = rows[row];
  if (cells === undefined) {
    cells = [];
    // Holes are filled with empty rows at the end of the scan.
    rows[row] = cells;
  }
  while (cells.length < col) cells.push(null);
  cells[col] = value;
}

/** Value of a plain `name="…"` attribute in the text after a tag name; null when absent. */
function attrOf(tagRest: string, name: string): string | null {
  let i = tagRest.indexOf(` ${name}="`);
  if (i < 0) {
    if (!/[\t\n\r]/.test(tagRest)) return null;
    return attrOf(tagRest.replace(/[\t\n\r]/g, " "), name);
  }
  i += name.length + 3;
  const j = tagRest.indexOf('"', i);
  return tagRest.slice(i, j);
}

/** "AB12" → 0-based column 27 and row 11; row -1 when the reference has no row number. */
function parseRef(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const row = i < ref.length ? Number(ref.slice(i).replace(/\$/g, "")) - 1 : -1;
  return { row: Number.isFinite(row) ? row : -1, col: col - 1 };
}

function cellValue(body: string, tag: string, p: string, ctx: ScanContext): CellValue {
  const type = attrOf(tag, "t");
  if (type === "inlineStr") {
    const isOpen = body.indexOf(`<${p}is`);
    return isOpen < 0 ? null : richText(body.slice(isOpen));
  }
  const raw = valueText(body, p);
  if (raw === null) return null;
  switch (type) {
    case "s": {
      return ctx.sharedStrings[Number(raw)] ?? null;
    }
    case "str":
      return decodeOoxmlEscapes(decodeEntities(raw));
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return { error: decodeEntities(raw) };
    case "d": {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
      return m === null ? raw : new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    }
    default: {
      if (raw === "") return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      const style = attrOf(tag, "s");
      if (style !== null && ctx.dateStyles[Number(style)] === true) {
        return serialToDate(n, ctx.date1904) ?? n;
      }
      return n;
    }
  }
}

/** The text of the `<v>` element in a cell body; null when there is none. */
function valueText(body: string, p: string): string | null {
  const open = `<${p}v>`;
  let start = body.indexOf(open);
  if (start < 0) {
    const m = new RegExp(`<${p}v(?:\\s[^>]*)?>`).exec(body);
    if (m === null) return null;
    start = m.index + m[0].length;
  } else start += open.length;
  const stop = body.indexOf(`</${p}v>`, start);
  return body.slice(start, stop < 0 ? undefined : stop);
}
