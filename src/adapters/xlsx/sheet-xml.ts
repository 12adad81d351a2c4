/**
 * Renders an OutputSheet as worksheet XML (values, styles, merges, widths, heights, frozen rows,
 * internal links, print setup, list validations, protection, table part). Strings are always
 * inline text, never formulas, so "=SUM(A1)" typed by a user stays text. Browser-safe.
 */
import { cellAddress, columnLetter, parseCellAddress } from "../../domain/grid";
import {
  pageBreakRows,
  pageHeaderText,
  pageNumberFooter,
  type OutputSheet,
  type SpecCell,
} from "../../domain/output/sheet-spec";
import { escapeCellText, escapeXml, quoteSheetName } from "./xml-text";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Excel's limits: longer text makes Excel "repair" the file. */
const MAX_CELL_TEXT = 32_767;
const MAX_INLINE_LIST = 255;
/** Column where list values too long for an inline validation are kept (hidden). */
const LIST_HOLDER_COL = 701; // "ZZ"

export interface RenderOptions {
  /** Style key → cellXfs index. */
  readonly styleIndex: ReadonlyMap<string, number>;
  /** Relationship id of the table part, when the sheet has a table. */
  readonly tableRelId?: string;
  /** Relationship id of the drawing part holding the sheet's charts. */
  readonly drawingRelId?: string;
  /** Maximum digit width of the workbook's default font (see digit-width.ts); 7 if absent. */
  readonly digitPixels?: number;
}

/**
 * Header texts of a table range's first row as the table's column names: non-empty, on one line,
 * unique ignoring case (as Excel compares them). The header cells are rewritten to match.
 */
export function tableColumnNames(sheet: OutputSheet, range: string): string[] {
  const [from, to] = rangeEnds(range);
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = from.col; c <= to.col; c++) {
    const cell = sheet.rows[from.row]?.[c];
    // Excel repairs a table whose column name holds a line break: keep names on one line.
    let name =
      cell?.value === null || cell?.value === undefined
        ? ""
        : String(cell.value)
            .replace(/[\r\n\t]+/g, " ")
            .trim();
    if (name === "") name = `Cột ${c - from.col + 1}`;
    let unique = name;
    for (let k = 2; seen.has(unique.toLowerCase()); k++) unique = `${name} ${k}`;
    seen.add(unique.toLowerCase());
    names.push(unique);
  }
  return names;
}

export function rangeEnds(
  range: string
): [{ row: number; col: number }, { row: number; col: number }] {
  const [a = "A1", b = a] = range.split(":");
  const from = parseCellAddress(a) ?? { row: 0, col: 0 };
  const to = parseCellAddress(b) ?? from;
  return [from, to];
}

const utf8Decoder = new TextDecoder();

/** ASCII characters a cell text cannot hold as they are (see escapeCellText): 1 = escape. */
const CELL_ESCAPES = new Uint8Array(128);
// Tab and line feed are written as they are; every other control character is escaped.
for (let c = 0; c < 0x20; c++) CELL_ESCAPES[c] = c === 9 || c === 10 ? 0 : 1;
for (const ch of '&<>"_') CELL_ESCAPES[ch.charCodeAt(0)] = 1;

/** ASCII text as UTF-8 bytes. */
function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/**
 * XML written straight into UTF-8 bytes, piece by piece: a big output sheet is tens of megabytes
 * of XML, and building a string per cell and row, then encoding it, cost more than the rest of
 * writing. Pieces are encoded by a loop over their code units (a native encoder call per short
 * piece costs more than the piece); lone surrogates become U+FFFD, as TextEncoder writes them.
 * One sink serves every sheet of a write: its buffer, once grown, is not allocated again.
 */
export class Utf8Sink {
  private buffer: Uint8Array;
  length = 0;

  /**
   * `capacity`: bytes to reserve at once. Pages of the buffer cost only when first written, so a
   * generous reservation is cheap, while growing copies the bytes into pages written anew (on
   * this 2-CPU machine each new page costs ~20 µs: a sink grown by doubling to 16 MB cost ~0.15 s).
   */
  constructor(capacity = 1 << 16) {
    this.buffer = new Uint8Array(capacity);
  }

  push(text: string): void {
    this.encode(text, false);
  }

  /** Bytes already encoded (markup written for every cell). */
  pushBytes(bytes: Uint8Array): void {
    const n = bytes.length;
    if (this.length + n > this.buffer.length) this.grow(n);
    const buf = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) buf[at++] = bytes[i] as number;
    this.length = at;
  }

  /**
   * A cell's text as escapeCellText escapes it. Most texts need nothing: they are encoded as
   * they are, and only one found to need escaping is encoded again, escaped.
   */
  pushCellText(text: string): void {
    const start = this.length;
    if (this.encode(text, true)) return;
    this.length = start;
    this.encode(escapeCellText(text), false);
  }

  /** Drops what was written after `length` (a row that turned out to have no cell). */
  truncate(length: number): void {
    this.length = length;
  }

  /** What was written: a view of the sink's buffer, valid until the sink is written again. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private grow(more: number): void {
    const bigger = new Uint8Array(Math.max(this.length + more, this.buffer.length * 2));
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
  }

  /** Appends the text; when `cell`, stops and returns false at a character to escape. */
  private encode(text: string, cell: boolean): boolean {
    const n = text.length;
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.length + n * 3 > this.buffer.length) this.grow(n * 3);
    const buf = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (cell && CELL_ESCAPES[c] === 1) return false;
        buf[at++] = c;
      } else if (c < 0x800) {
        buf[at++] = 0xc0 | (c >> 6);
        buf[at++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) {
        if (cell && c >= 0xfffe) return false;
        buf[at++] = 0xe0 | (c >> 12);
        buf[at++] = 0x80 | ((c >> 6) & 0x3f);
        buf[at++] = 0x80 | (c & 0x3f);
      } else {
        const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[at++] = 0xf0 | (cp >> 18);
          buf[at++] = 0x80 | ((cp >> 12) & 0x3f);
          buf[at++] = 0x80 | ((cp >> 6) & 0x3f);
          buf[at++] = 0x80 | (cp & 0x3f);
          i++;
        } else {
          buf[at++] = 0xef;
          buf[at++] = 0xbf;
          buf[at++] = 0xbd;
        }
      }
    }
    this.length = at;
    return true;
  }
}

/**
 * A generous guess of the bytes of a sheet's worksheet part, to reserve a sink's buffer at once:
 * more than the markup of each row and cell plus three bytes a character of text.
 */
export function sheetBytesGuess(sheet: OutputSheet): number {
  let bytes = 4096 + 64 * (sheet.merges?.length ?? 0);
  for (const cells of sheet.rows) {
    bytes += 64;
    for (const cell of cells) {
      if (cell === null) continue;
      const v = cell.value;
      bytes += 96 + (typeof v === "string" ? 3 * v.length : 24);
    }
  }
  return bytes;
}

/** The worksheet XML of an output sheet (see renderSheetBytes). */
export function renderSheetXml(sheet: OutputSheet, options: RenderOptions): string {
  return utf8Decoder.decode(renderSheetBytes(sheet, options));
}

/** The worksheet part of an output sheet, as UTF-8 bytes. */
export function renderSheetBytes(sheet: OutputSheet, options: RenderOptions): Uint8Array {
  const sink = new Utf8Sink();
  writeSheetXml(sheet, options, sink);
  return sink.bytes();
}

/**
 * Writes the worksheet part of an output sheet into `sink`, emptied first: one sink serves the
 * sheets of a write, so its buffer is allocated once (see Utf8Sink).
 */
export function writeSheetXml(sheet: OutputSheet, options: RenderOptions, sink: Utf8Sink): void {
  const rows = withTableHeaders(sheet);
  const { lists, holderCells } = validationFormulas(sheet);
  const allRows = mergeHolderCells(rows, holderCells);
  const parts = sink;
  parts.truncate(0);
  parts.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  parts.push(`<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  parts.push(sheetPr(sheet));
  parts.push(`<dimension ref="${dimension(allRows)}"/>`);
  parts.push(sheetViews(sheet));
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  parts.push(cols(sheet, holderCells.length > 0, options.digitPixels ?? 7));
  sheetData(allRows, sheet, options.styleIndex, parts);
  if (sheet.protection !== undefined) {
    parts.push(
      '<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>'
    );
    const ranges = sheet.protection.editableRanges;
    if (ranges.length > 0) {
      parts.push("<protectedRanges>");
      ranges.forEach((r, i) => {
        parts.push(`<protectedRange name="VungNhap${i + 1}" sqref="${escapeXml(r)}"/>`);
      });
      parts.push("</protectedRanges>");
    }
  }
  const merges = validMerges(sheet.merges ?? []);
  if (merges.length > 0) {
    parts.push(`<mergeCells count="${merges.length}">`);
    // validMerges kept only "A1:B2" shapes: nothing to escape.
    for (const m of merges) parts.push(`<mergeCell ref="${m}"/>`);
    parts.push("</mergeCells>");
  }
  if (lists.length > 0) {
    parts.push(`<dataValidations count="${lists.length}">`);
    for (const v of lists) {
      parts.push(
        `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${escapeXml(v.range)}"><formula1>${escapeXml(v.formula)}</formula1></dataValidation>`
      );
    }
    parts.push("</dataValidations>");
  }
  parts.push(hyperlinks(sheet));
  parts.push(printSetup(sheet));
  parts.push(rowBreaks(sheet));
  if (options.drawingRelId !== undefined) parts.push(`<drawing r:id="${options.drawingRelId}"/>`);
  if (options.tableRelId !== undefined) {
    parts.push(`<tableParts count="1"><tablePart r:id="${options.tableRelId}"/></tableParts>`);
  }
  parts.push("</worksheet>");
}

/**
 * Merged ranges Excel accepts: well-formed, more than one cell, not overlapping an earlier one
 * (Excel "repairs" a file with overlapping merges by dropping them all).
 */
export function validMerges(merges: readonly string[]): string[] {
  // Kept ranges indexed by row (column intervals), so checking overlaps stays linear in the
  // number of merges: the dossier sheets of a large register hold tens of thousands of them.
  const byRow = new Map<number, [number, number][]>();
  const out: string[] = [];
  for (const m of merges) {
    const ends = mergeEnds(m);
    if (ends === null) continue;
    const [r1, c1, r2, c2] = ends;
    const from = { row: Math.min(r1, r2), col: Math.min(c1, c2) };
    const to = { row: Math.max(r1, r2), col: Math.max(c1, c2) };
    if (from.row === to.row && from.col === to.col) continue;
    let overlaps = false;
    for (let r = from.row; r <= to.row && !overlaps; r++) {
      overlaps = (byRow.get(r) ?? []).some(([a, b]) => a <= to.col && from.col <= b);
    }
    if (overlaps) continue;
    for (let r = from.row; r <= to.row; r++) {
      const intervals = byRow.get(r);
      if (intervals === undefined) byRow.set(r, [[from.col, to.col]]);
      else intervals.push([from.col, to.col]);
    }
    out.push(m);
  }
  return out;
}

/**
 * Row and column (0-based) of both ends of "B3:D4", or null unless it is exactly two A1 cells
 * inside Excel's grid (1–3 capital letters, a row number without leading zero). A character scan: the dossier sheets'
 * merges are counted in tens of thousands.
 */
function mergeEnds(range: string): [number, number, number, number] | null {
  const n = range.length;
  let i = 0;
  const cell = (): [number, number] | null => {
    let col = 0;
    const start = i;
    while (i < n && i - start < 3) {
      const ch = range.charCodeAt(i);
      if (ch < 65 || ch > 90) break;
      col = col * 26 + (ch - 64);
      i++;
    }
    if (i === start) return null;
    const digits = i;
    let row = 0;
    while (i < n) {
      const ch = range.charCodeAt(i);
      if (ch < 48 || ch > 57) break;
      if (i === digits && ch === 48) return null;
      row = row * 10 + (ch - 48);
      // Beyond Excel's grid: not a range Excel can hold (and no loop over a billion rows).
      if (row > 1_048_576) return null;
      i++;
    }
    return i === digits || col > 16_384 ? null : [row - 1, col - 1];
  };
  const a = cell();
  if (a === null || range.charCodeAt(i) !== 58 /* : */) return null;
  i++;
  const b = cell();
  if (b === null || i !== n) return null;
  return [a[0], a[1], b[0], b[1]];
}

function sheetPr(sheet: OutputSheet): string {
  const tab =
    sheet.tabColor === undefined ? "" : `<tabColor rgb="FF${sheet.tabColor.toUpperCase()}"/>`;
  const fit =
    sheet.print?.fitToWidth === true && printScale(sheet) === null
      ? '<pageSetUpPr fitToPage="1"/>'
      : "";
  return tab === "" && fit === "" ? "" : `<sheetPr>${tab}${fit}</sheetPr>`;
}

function sheetViews(sheet: OutputSheet): string {
  const n = sheet.freezeRows ?? 0;
  if (n <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const top = `A${n + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${n}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>` +
    "</sheetView></sheetViews>"
  );
}

function cols(sheet: OutputSheet, hasHolder: boolean, digitPixels: number): string {
  const out: string[] = [];
  // Widths are in 7-px units. A sheet printed at a fixed scale needs them as wide on paper as
  // its builder planned, so they are converted to the workbook's own unit.
  const unit = printScale(sheet) === null ? 1 : 7 / digitPixels;
  sheet.columnWidths.forEach((width, i) => {
    const w = width * unit;
    // Excel's limits: widths up to 255 characters.
    if (w > 0) {
      out.push(
        `<col min="${i + 1}" max="${i + 1}" width="${round(Math.min(w, 255))}" customWidth="1"/>`
      );
    }
  });
  if (hasHolder) {
    out.push(
      `<col min="${LIST_HOLDER_COL + 1}" max="${LIST_HOLDER_COL + 1}" width="9" hidden="1"/>`
    );
  }
  return out.length === 0 ? "" : `<cols>${out.join("")}</cols>`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function dimension(rows: readonly (readonly (SpecCell | null)[])[]): string {
  let lastRow = 0;
  let lastCol = 0;
  rows.forEach((r, i) => {
    if (r.length > 0) {
      lastRow = i;
      lastCol = Math.max(lastCol, r.length - 1);
    }
  });
  return lastRow === 0 && lastCol === 0 ? "A1" : `A1:${cellAddress(lastRow, lastCol)}`;
}

/** A cell's markup around its value, for one style attribute, as bytes. */
interface CellMarkup {
  /** `"` + style + ` t="inlineStr"><is><t xml:space="preserve">`: after the reference. */
  readonly text: Uint8Array;
  /** `"` + style + `><v>`. */
  readonly number: Uint8Array;
  /** `"` + style + ` t="b"><v>`. */
  readonly boolean: Uint8Array;
  /** `"` + style + `/>`: a cell without value. */
  readonly empty: Uint8Array;
}

function cellMarkup(sAttr: string): CellMarkup {
  return {
    text: asciiBytes(`"${sAttr} t="inlineStr"><is><t xml:space="preserve">`),
    number: asciiBytes(`"${sAttr}><v>`),
    boolean: asciiBytes(`"${sAttr} t="b"><v>`),
    empty: asciiBytes(`"${sAttr}/>`),
  };
}

const CELL_OPEN = asciiBytes('<c r="');
const TEXT_CLOSE = asciiBytes("</t></is></c>");
const VALUE_CLOSE = asciiBytes("</v></c>");

function sheetData(
  rows: readonly (readonly (SpecCell | null)[])[],
  sheet: OutputSheet,
  styleIndex: ReadonlyMap<string, number>,
  out: Utf8Sink
): void {
  const heights = sheet.rowHeights ?? {};
  out.push("<sheetData>");
  let rowCount = rows.length;
  for (const k of Object.keys(heights)) rowCount = Math.max(rowCount, Number(k) + 1);
  // Column letters and each style's cell markup are encoded once per sheet, not once per cell:
  // the output sheets of a large register hold hundreds of thousands of cells.
  const letters: Uint8Array[] = [];
  const unstyled = cellMarkup("");
  const markups = new Map<string, CellMarkup>();
  const markupOf = (style: string | undefined): CellMarkup => {
    if (style === undefined) return unstyled;
    let m = markups.get(style);
    if (m === undefined) {
      const s = styleIndex.get(style);
      m = s === undefined || s === 0 ? unstyled : cellMarkup(` s="${s}"`);
      markups.set(style, m);
    }
    return m;
  };
  for (let r = 0; r < rowCount; r++) {
    const cells = rows[r] ?? [];
    const height = heights[r];
    const rowNumber = String(r + 1);
    const rowBytes = asciiBytes(rowNumber);
    // Excel's limits: row heights up to 409 points.
    const ht =
      height === undefined
        ? ""
        : ` ht="${round(Math.min(Math.max(height, 0), 409))}" customHeight="1"`;
    const rowStart = out.length;
    out.push(`<row r="${rowNumber}"${ht}>`);
    const cellsStart = out.length;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      const v = cell.value;
      const markup = markupOf(cell.style);
      const hasValue =
        typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && v !== "");
      // An unstyled empty cell is not written.
      if (!hasValue && markup === unstyled) continue;
      out.pushBytes(CELL_OPEN);
      out.pushBytes((letters[c] ??= asciiBytes(columnLetter(c))));
      out.pushBytes(rowBytes);
      if (typeof v === "number") {
        if (Number.isFinite(v)) {
          out.pushBytes(markup.number);
          out.push(String(v));
          out.pushBytes(VALUE_CLOSE);
        } else {
          out.pushBytes(markup.empty);
        }
      } else if (typeof v === "boolean") {
        out.pushBytes(markup.boolean);
        out.push(v ? "1" : "0");
        out.pushBytes(VALUE_CLOSE);
      } else if (typeof v === "string" && v !== "") {
        out.pushBytes(markup.text);
        out.pushCellText(v.length > MAX_CELL_TEXT ? v.slice(0, MAX_CELL_TEXT) : v);
        out.pushBytes(TEXT_CLOSE);
      } else {
        out.pushBytes(markup.empty);
      }
    }
    if (out.length > cellsStart) {
      out.push("</row>");
    } else {
      // No cell written: an empty row element when it has a height, else nothing.
      out.truncate(rowStart);
      if (height !== undefined) out.push(`<row r="${rowNumber}"${ht}/>`);
    }
  }
  out.push("</sheetData>");
}

// A table's header cells must hold exactly its column names.
function withTableHeaders(sheet: OutputSheet): (readonly (SpecCell | null)[])[] {
  const rows = sheet.rows.map((r) => r);
  if (sheet.table === undefined) return rows;
  const [from] = rangeEnds(sheet.table.range);
  const names = tableColumnNames(sheet, sheet.table.range);
  const header = [...(rows[from.row] ?? [])];
  names.forEach((name, i) => {
    const c = from.col + i;
    const old = header[c] ?? null;
    if (old?.value !== name) {
      while (header.length < c) header.push(null);
      header[c] = { ...(old ?? {}), value: name };
    }
  });
  while (rows.length <= from.row) rows.push([]);
  rows[from.row] = header;
  return rows;
}

interface ListFormula {
  readonly range: string;
  readonly formula: string;
}

/**
 * Inline list formulas where they fit Excel's 255-character limit; longer lists (or items holding
 * a comma or a quote) are written into a hidden column of the same sheet and referenced from there.
 */
function validationFormulas(sheet: OutputSheet): {
  lists: ListFormula[];
  holderCells: { row: number; value: string }[];
} {
  const lists: ListFormula[] = [];
  const holderCells: { row: number; value: string }[] = [];
  for (const v of sheet.validations ?? []) {
    const inline = `"${v.list.join(",")}"`;
    const fits = inline.length <= MAX_INLINE_LIST && v.list.every((x) => !/[,"]/.test(x));
    if (fits) {
      lists.push({ range: v.range, formula: inline });
      continue;
    }
    const first = holderCells.length;
    v.list.forEach((value, i) => holderCells.push({ row: first + i, value }));
    const col = columnLetter(LIST_HOLDER_COL);
    lists.push({
      range: v.range,
      formula: `${quoteSheetName(sheet.name)}!$${col}$${first + 1}:$${col}$${first + v.list.length}`,
    });
  }
  return { lists, holderCells };
}

function mergeHolderCells(
  rows: (readonly (SpecCell | null)[])[],
  holder: readonly { row: number; value: string }[]
): (readonly (SpecCell | null)[])[] {
  if (holder.length === 0) return rows;
  const out = rows.map((r) => [...r]);
  for (const { row, value } of holder) {
    while (out.length <= row) out.push([]);
    const cells = out[row] ?? [];
    while (cells.length < LIST_HOLDER_COL) cells.push(null);
    cells[LIST_HOLDER_COL] = { value };
    out[row] = cells;
  }
  return out;
}

function hyperlinks(sheet: OutputSheet): string {
  const links: string[] = [];
  sheet.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (cell?.link === undefined) return;
      const location = `${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`;
      links.push(
        `<hyperlink ref="${cellAddress(r, c)}" location="${escapeXml(location)}" display="${escapeXml(cell.link.cell)}"/>`
      );
    });
  });
  return links.length === 0 ? "" : `<hyperlinks>${links.join("")}</hyperlinks>`;
}

function printSetup(sheet: OutputSheet): string {
  const print = sheet.print;
  const m = print?.margins ?? { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 };
  let xml = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="0.3" footer="0.3"/>`;
  if (print === undefined) return xml;
  const scale = printScale(sheet);
  const fit =
    scale !== null
      ? ` scale="${scale}"`
      : print.fitToWidth === true
        ? ' fitToWidth="1" fitToHeight="0"'
        : "";
  xml += `<pageSetup paperSize="9" orientation="${print.orientation}"${fit}/>`;
  const header = pageHeaderText(print);
  if (print.pageNumbers === true || header !== null) {
    xml += "<headerFooter>";
    if (header !== null) xml += `<oddHeader>${escapeXml(`&C${header}`)}</oddHeader>`;
    if (print.pageNumbers === true)
      xml += `<oddFooter>${escapeXml(`&C${pageNumberFooter(print)}`)}</oddFooter>`;
    xml += "</headerFooter>";
  }
  return xml;
}

/**
 * Manual page breaks. In the schema's order `rowBreaks` follows `headerFooter` and precedes the
 * drawing and table parts; a break's id is the last row of the page before it (the 0-based index
 * of the row that starts the new page).
 */
function rowBreaks(sheet: OutputSheet): string {
  const rows = pageBreakRows(sheet);
  if (rows.length === 0) return "";
  const breaks = rows.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
}

/** A fixed print scale Excel accepts (whole per cent, 10–400), or null. */
function printScale(sheet: OutputSheet): number | null {
  const scale = sheet.print?.scale;
  if (scale === undefined || !Number.isFinite(scale)) return null;
  return Math.min(400, Math.max(10, Math.round(scale)));
}

/** The `_xlnm.Print_Titles` formula for a sheet's repeated rows, or null. */
export function printTitlesFormula(sheet: OutputSheet): string | null {
  const rows = sheet.print?.repeatRows;
  if (rows === undefined) return null;
  return `${quoteSheetName(sheet.name)}!$${rows[0]}:$${rows[1]}`;
}

/** tables/tableN.xml for the sheet's table. */
export function renderTableXml(sheet: OutputSheet, id: number, name: string): string {
  const range = sheet.table?.range ?? "A1";
  const names = tableColumnNames(sheet, range);
  const cols = names.map((n, i) => `<tableColumn id="${i + 1}" name="${escapeXml(n)}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${range}" totalsRowShown="0">` +
    `<autoFilter ref="${range}"/>` +
    `<tableColumns count="${names.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}
