/**
 * A lean scanner for worksheet XML: walks `<sheetData>` with indexOf and reads each cell's type,
 * style and value, nothing else. Much faster than a general XML parser on large sheets because a
 * cell's whole structure is known (ECMA-376 §18.3.1.4 `c`). It expects the canonical text of
 * xml-decode.ts (double-quoted attributes, no comments or CDATA, end tags without spaces).
 * Linear time; the read limits (rows, columns, cells, cell length) are checked while scanning,
 * and a truncated sheet is an error, never a loop. Browser-safe.
 */
import type { CellValue } from "../../domain/grid";
import { serialToDate } from "./date-formats";
import type { ReadLimits } from "./read-limits";
import type { GridPlace, SheetName } from "./read-refusal";
import { elementPrefix, richText } from "./workbook-tables";
import { XlsxFormatError, XlsxLimitError } from "./xlsx-format-error";
import { decodeEntities, decodeOoxmlEscapes } from "./xml-text";

export interface ScanContext {
  readonly sharedStrings: readonly string[];
  /** By cell style index: whether the style's number format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly limits: ReadLimits;
}

/** Excel's grid (a reference beyond it is not a cell any spreadsheet can hold). */
const GRID_ROWS = 1_048_576;
const GRID_COLUMNS = 16_384;

/** Row-major cell values from A1 of a worksheet part's XML (empty rows are empty arrays). */
export function scanSheet(xml: string, ctx: ScanContext, sheetName = ""): CellValue[][] {
  return new SheetScan(xml, ctx, sheetName).run();
}

/**
 * What the text and byte scanners share: the grid being built, the read limits checked while it
 * grows, the refusals, and the long way of reading a cell (a slice of its body and its tag).
 */
export abstract class GridScan {
  protected readonly rows: CellValue[][] = [];
  private cells = 0;
  protected readonly maxRows: number;
  protected readonly maxColumns: number;
  /** `<v` and `</v>` with the sheet's namespace prefix. */
  protected vOpen = "<v";
  protected vClose = "</v>";
  /** Whether a tag may hold a tab or line break between attributes (see `run`). */
  protected spacedTags = false;
  /** The reference last read by parseRef (fields, not an object per cell). */
  protected refRow = -1;
  protected refCol = -1;
  /**
   * Where the `r`, `t` and `s` values of the cell or row tag last read lie in the part (from -1:
   * absent): offsets into the text or the bytes, whichever the scanner reads.
   */
  protected rFrom = -1;
  protected rTo = -1;
  protected tFrom = -1;
  protected tTo = -1;
  protected sFrom = -1;
  protected sTo = -1;
  /** The row being read and its cells so far (see put). */
  private openRow = -1;
  private readonly openCells: CellValue[] = [];
  private openLength = 0;
  /** Serial → the Date it shows (see dateOf). */
  private readonly dates = new Map<number, Date | number>();

  constructor(
    protected readonly ctx: ScanContext,
    private readonly sheetName: string
  ) {
    this.maxRows = Math.min(ctx.limits.maxRows, GRID_ROWS);
    this.maxColumns = Math.min(ctx.limits.maxColumns, GRID_COLUMNS);
  }

  /** The sheet as a refusal names it (null: the caller gave no name). */
  private where(): SheetName {
    return this.sheetName === "" ? null : this.sheetName;
  }

  protected truncated(): XlsxFormatError {
    return new XlsxFormatError({ code: "truncated-sheet-xml", params: { sheet: this.where() } });
  }

  /** The grid once every cell is put: rows checked against the limit, holes as empty rows. */
  protected finish(): CellValue[][] {
    const rows = this.rows;
    this.flushRow();
    if (rows.length > this.maxRows) throw this.tooManyRows(rows.length);
    for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
    return rows;
  }
  /** The date a date-formatted serial shows, one Date per serial (dates repeat down a column). */
  protected dateOf(serial: number): Date | number {
    const dates = this.dates;
    const known = dates.get(serial);
    if (known !== undefined) return known;
    const date = serialToDate(serial, this.ctx.date1904) ?? serial;
    if (dates.size < MAX_SHARED_DATES) dates.set(serial, date);
    return date;
  }

  protected rowNumber(text: string): number {
    if (!/^\d{1,10}$/.test(text)) {
      throw new XlsxFormatError({
        code: "bad-row-number",
        params: { sheet: this.where(), text: text.slice(0, 20) },
      });
    }
    const row = Number(text);
    if (row < 1 || row > GRID_ROWS) this.outsideGrid({ kind: "row", row: text });
    if (row > this.maxRows) throw this.tooManyRows(row);
    return row;
  }

  /** Forgets the attributes of the tag read before (see noteAttribute). */
  protected clearAttributes(): void {
    this.rFrom = this.tFrom = this.sFrom = -1;
  }

  /** Notes an attribute with a one-letter name (its char code): the first `r`, `t`, `s` count. */
  protected noteAttribute(name: number, valueFrom: number, valueTo: number): void {
    if (name === 114 /* r */ && this.rFrom < 0) {
      this.rFrom = valueFrom;
      this.rTo = valueTo;
    } else if (name === 116 /* t */ && this.tFrom < 0) {
      this.tFrom = valueFrom;
      this.tTo = valueTo;
    } else if (name === 115 /* s */ && this.sFrom < 0) {
      this.sFrom = valueFrom;
      this.sTo = valueTo;
    }
  }

  /**
   * Takes a reference read in place — capital letters giving `col`, then `digits` digits giving
   * `row`, `whole` when nothing follows — if it lies in the grid; false otherwise, and the caller
   * reads it again through parseRef, which gives the refusal.
   */
  protected tookRefAt(col: number, row: number, digits: number, whole: boolean): boolean {
    if (!whole || col < 1 || col > GRID_COLUMNS || digits < 1 || digits > 7) return false;
    if (row < 1 || row > this.maxRows) return false;
    this.refCol = col - 1;
    this.refRow = row - 1;
    return true;
  }

  /**
   * "AB12" → 0-based column 27 and row 11 (in refCol and refRow); row -1 when the reference has
   * no row number.
   */
  protected parseRef(ref: string): void {
    let col = 0;
    let i = 0;
    for (; i < ref.length && i < 8; i++) {
      const c = ref.charCodeAt(i);
      if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
      else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
      else break;
    }
    if (
      col === 0 ||
      col > GRID_COLUMNS ||
      (i === 8 && i < ref.length && /[A-Za-z]/.test(ref[i] ?? ""))
    ) {
      this.outsideGrid({ kind: "cell", ref: ref.slice(0, 20) });
    }
    this.refCol = col - 1;
    if (i >= ref.length) {
      this.refRow = -1;
      return;
    }
    // The row's digits read in place (a "$" of an absolute reference skipped); anything else,
    // or a row out of bounds, goes the long way for its message.
    let row = 0;
    let digits = 0;
    for (let k = i; k < ref.length; k++) {
      const c = ref.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        row = row * 10 + (c - 48);
        digits++;
      } else if (c !== 36 /* $ */) {
        digits = -1;
        break;
      }
    }
    this.refRow =
      digits >= 1 && digits <= 10 && row >= 1 && row <= this.maxRows && row <= GRID_ROWS
        ? row - 1
        : this.rowNumber(ref.slice(i).replace(/\$/g, "")) - 1;
  }

  private outsideGrid(place: GridPlace): never {
    throw new XlsxFormatError({
      code: "outside-grid",
      params: { sheet: this.where(), place, gridRows: GRID_ROWS, gridColumns: GRID_COLUMNS },
    });
  }

  private tooManyRows(rows: number): XlsxLimitError {
    return new XlsxLimitError({
      code: "too-many-rows",
      params: { sheet: this.where(), rows, maxRows: this.maxRows },
    });
  }

  protected checkPlace(row: number, col: number, ref: string | null): void {
    if (row >= this.maxRows) throw this.tooManyRows(row + 1);
    if (col >= this.maxColumns) {
      if (col >= GRID_COLUMNS) {
        this.outsideGrid(
          ref === null ? { kind: "column", column: col + 1 } : { kind: "cell", ref }
        );
      }
      throw new XlsxLimitError({
        code: "too-many-columns",
        params: { sheet: this.where(), column: col + 1, maxColumns: this.maxColumns },
      });
    }
  }

  /**
   * Puts a cell's value in its row. The cells of the row being read gather in one reused array
   * and the row is kept as an exact-size copy (see flushRow): an array grown cell by cell holds
   * twice the room it needs, and a sheet's grid lives through the whole analysis. A row met
   * again after others (cells out of order) is extended in place.
   */
  protected put(row: number, col: number, value: CellValue): void {
    if (row !== this.openRow) {
      this.flushRow();
      if (this.rows[row] !== undefined) {
        this.putInPlace(row, col, value);
        return;
      }
      this.openRow = row;
    }
    const open = this.openCells;
    if (this.openLength <= col) {
      this.countCells(col + 1 - this.openLength);
      while (this.openLength < col) open[this.openLength++] = null;
      this.openLength = col + 1;
    }
    open[col] = value;
  }

  /** Keeps the row being read (see put). */
  private flushRow(): void {
    if (this.openRow < 0) return;
    this.rows[this.openRow] = this.openCells.slice(0, this.openLength);
    this.openRow = -1;
    this.openLength = 0;
  }

  private countCells(added: number): void {
    this.cells += added;
    if (this.cells > this.ctx.limits.maxCells) {
      throw new XlsxLimitError({
        code: "too-many-cells",
        params: { sheet: this.where(), maxCells: this.ctx.limits.maxCells },
      });
    }
  }

  private putInPlace(row: number, col: number, value: CellValue): void {
    const rows = this.rows;
    let cells = rows[row];
    if (cells === undefined) {
      cells = [];
      // Holes are filled with empty rows at the end of the scan.
      rows[row] = cells;
    }
    if (cells.length <= col) {
      this.countCells(col + 1 - cells.length);
      while (cells.length < col) cells.push(null);
    }
    cells[col] = value;
  }

  protected cellValue(body: string, tag: string, p: string): CellValue {
    const ctx = this.ctx;
    const spaced = this.spacedTags;
    const type = attrOf(tag, T_ATTR, spaced);
    if (type === "inlineStr") {
      const isOpen = body.indexOf(`<${p}is`);
      return isOpen < 0 ? null : this.text(richText(body.slice(isOpen)));
    }
    const raw = valueText(body, this.vOpen, this.vClose);
    if (raw === null) return null;
    switch (type) {
      case "s": {
        return ctx.sharedStrings[Number(raw)] ?? null;
      }
      case "str":
        return this.text(decodeOoxmlEscapes(decodeEntities(raw)));
      case "b":
        return raw === "1" || raw === "true";
      case "e":
        return { error: decodeEntities(raw).slice(0, 100) };
      case "d": {
        const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
        return m === null
          ? this.text(raw)
          : new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      }
      default: {
        if (raw === "") return null;
        const n = Number(raw);
        if (!Number.isFinite(n)) return this.text(raw);
        const style = attrOf(tag, S_ATTR, spaced);
        if (style !== null && ctx.dateStyles[Number(style)] === true) {
          return serialToDate(n, ctx.date1904) ?? n;
        }
        return n;
      }
    }
  }

  protected text(value: string): string {
    if (value.length > this.ctx.limits.maxCellChars) {
      throw new XlsxLimitError({
        code: "cell-too-long",
        params: {
          sheet: this.where(),
          chars: value.length,
          maxChars: this.ctx.limits.maxCellChars,
        },
      });
    }
    return value;
  }
}

/** The scanner over a part's canonical text (xml-decode.ts). */
class SheetScan extends GridScan {
  /** Where the `<v>` text last found by valueAt lies in the text (from -1: absent). */
  private vFrom = -1;
  private vTo = -1;

  constructor(
    private readonly xml: string,
    ctx: ScanContext,
    sheetName: string
  ) {
    super(ctx, sheetName);
  }

  run(): CellValue[][] {
    const { xml, rows } = this;
    const p = elementPrefix(xml, "sheetData");
    if (p === null) return rows;
    const dataOpen = xml.indexOf(`<${p}sheetData`);
    const dataOpenEnd = xml.indexOf(">", dataOpen);
    if (dataOpenEnd < 0) throw this.truncated();
    if (xml.charCodeAt(dataOpenEnd - 1) === 47 /* "/" */) return rows;
    const end = xml.indexOf(`</${p}sheetData>`, dataOpenEnd);
    if (end < 0) throw this.truncated();

    const rowTag = `${p}row`;
    const cellTag = `${p}c`;
    const cellClose = `</${p}c>`;
    this.vOpen = `<${p}v`;
    this.vClose = `</${p}v>`;
    // Canonical text has single spaces between attributes; a part too large to be canonicalised
    // (xml-decode.ts) may have tabs or line breaks there, seen here anywhere in the sheet data.
    this.spacedTags = hasTabOrBreak(xml, dataOpenEnd, end);
    const spaced = this.spacedTags;
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
      if (tagEnd < 0 || tagEnd > end) throw this.truncated();
      const nameEnd = nameEndAt(xml, lt + 1, tagEnd);
      const nameLength = nameEnd - lt - 1;
      if (nameLength === cellTag.length && xml.startsWith(cellTag, lt + 1)) {
        // Most tags are canonical: their attributes are read in place (no string per tag, per
        // reference or per value); any other tag goes the long way, with the same result.
        const fast = !spaced && this.readAttributes(nameEnd, tagEnd);
        const tag = fast ? null : xml.slice(nameEnd, tagEnd);
        let ref: string | null = null;
        if (tag === null) {
          if (this.rFrom < 0) colIdx++;
          else {
            this.parseRefAt(this.rFrom, this.rTo);
            colIdx = this.refCol;
            if (this.refRow >= 0) rowIdx = this.refRow;
          }
        } else {
          ref = attrOf(tag, R_ATTR, spaced);
          if (ref === null) colIdx++;
          else {
            this.parseRef(ref);
            colIdx = this.refCol;
            if (this.refRow >= 0) rowIdx = this.refRow;
          }
        }
        if (rowIdx < 0) rowIdx = 0;
        this.checkPlace(rowIdx, colIdx, ref);
        if (xml.charCodeAt(tagEnd - 1) === 47 /* "/" */) {
          pos = tagEnd + 1;
          continue;
        }
        const close = xml.indexOf(cellClose, tagEnd);
        if (close < 0 || close > end) throw this.truncated();
        let value = tag === null ? this.cellValueAt(tagEnd + 1, close) : undefined;
        if (value === undefined) {
          value = this.cellValue(
            xml.slice(tagEnd + 1, close),
            tag ?? xml.slice(nameEnd, tagEnd),
            p
          );
        }
        if (value !== null) this.put(rowIdx, colIdx, value);
        pos = close + cellClose.length;
      } else if (nameLength === rowTag.length && xml.startsWith(rowTag, lt + 1)) {
        if (!spaced && this.readAttributes(nameEnd, tagEnd)) {
          rowIdx = this.rFrom < 0 ? rowIdx + 1 : this.rowNumberAt(this.rFrom, this.rTo) - 1;
        } else {
          const r = attrOf(xml.slice(nameEnd, tagEnd), R_ATTR, spaced);
          rowIdx = r === null ? rowIdx + 1 : this.rowNumber(r) - 1;
        }
        colIdx = -1;
        pos = tagEnd + 1;
      } else {
        pos = tagEnd + 1;
      }
    }
    return this.finish();
  }

  /**
   * Reads the attributes of a canonical tag in place: `xml[from, to)` is the text between the
   * tag's name and its `>`, each attribute ` name="value"`. Sets rFrom…sTo to the first `r`, `t`
   * and `s` values. False when the tag has another shape, or a value holding "=" (where a search
   * for ` r="` could start inside a value): the caller then reads the tag the long way.
   */
  private readAttributes(from: number, to: number): boolean {
    const xml = this.xml;
    this.clearAttributes();
    let i = from;
    while (i < to) {
      const c = xml.charCodeAt(i);
      if (c === 47 /* / */ && i === to - 1) return true;
      if (c !== 32) return false;
      const nameFrom = ++i;
      while (i < to) {
        const n = xml.charCodeAt(i);
        if (n === 61 /* = */ || n === 32 || n === 34 /* " */) break;
        i++;
      }
      if (i >= to || xml.charCodeAt(i) !== 61 || xml.charCodeAt(i + 1) !== 34) return false;
      const valueFrom = i + 2;
      let j = valueFrom;
      while (j < to) {
        const v = xml.charCodeAt(j);
        if (v === 34) break;
        if (v === 61) return false;
        j++;
      }
      if (j >= to) return false;
      if (i - nameFrom === 1) this.noteAttribute(xml.charCodeAt(nameFrom), valueFrom, j);
      i = j + 1;
    }
    return true;
  }

  /** A cell reference read in place (see parseRef); anything unusual goes through parseRef. */
  private parseRefAt(from: number, to: number): void {
    const xml = this.xml;
    let col = 0;
    let i = from;
    for (; i < to && i < from + 3; i++) {
      const c = xml.charCodeAt(i);
      if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
      else break;
    }
    const digitsFrom = i;
    let row = 0;
    for (; i < to; i++) {
      const c = xml.charCodeAt(i);
      if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
      else break;
    }
    if (!this.tookRefAt(col, row, i - digitsFrom, i === to)) this.parseRef(xml.slice(from, to));
  }

  /** A row's `r` read in place (see rowNumber, which gives the refusals). */
  private rowNumberAt(from: number, to: number): number {
    const row = digitsAt(this.xml, from, to, 7);
    return row >= 1 && row <= this.maxRows && row <= GRID_ROWS
      ? row
      : this.rowNumber(this.xml.slice(from, to));
  }

  /**
   * The value of a cell whose tag readAttributes read, from its body `xml[from, to)`, for the
   * common shapes (a shared string, a number, no child or a lone `<v>`); undefined for any
   * other, which cellValue reads.
   */
  private cellValueAt(from: number, to: number): CellValue | undefined {
    const xml = this.xml;
    const ctx = this.ctx;
    const tLength = this.tTo - this.tFrom;
    let shared = false;
    if (this.tFrom >= 0) {
      const t = xml.charCodeAt(this.tFrom);
      if (tLength === 1 && t === 115 /* s */) shared = true;
      else if (tLength === 1 && (t === 98 /* b */ || t === 101 /* e */ || t === 100) /* d */) {
        return undefined;
      } else if (tLength === 3 && xml.startsWith("str", this.tFrom)) return undefined;
      else if (tLength === 9 && xml.startsWith("inlineStr", this.tFrom)) return undefined;
    }
    if (!this.valueAt(from, to)) return undefined;
    const { vFrom, vTo } = this;
    if (vFrom < 0) return null;
    if (shared) {
      const index = digitsAt(xml, vFrom, vTo, 9);
      return ctx.sharedStrings[index >= 0 ? index : Number(xml.slice(vFrom, vTo))] ?? null;
    }
    if (vFrom === vTo) return null;
    const negative = xml.charCodeAt(vFrom) === 45; /* - */
    const whole = digitsAt(xml, negative ? vFrom + 1 : vFrom, vTo, 15);
    const n = whole >= 0 ? (negative ? -whole : whole) : Number(xml.slice(vFrom, vTo));
    if (!Number.isFinite(n)) return this.text(xml.slice(vFrom, vTo));
    if (this.sFrom >= 0) {
      const styleIndex = digitsAt(xml, this.sFrom, this.sTo, 9);
      const style = styleIndex >= 0 ? styleIndex : Number(xml.slice(this.sFrom, this.sTo));
      if (ctx.dateStyles[style] === true) return this.dateOf(n);
    }
    return n;
  }

  /**
   * Finds a cell body's value text in place: none (vFrom -1) when the body has no element, the
   * text of a lone `<v>text</v>` first child; false for any other body (cellValue reads it).
   */
  private valueAt(from: number, to: number): boolean {
    const xml = this.xml;
    const at = xml.indexOf("<", from);
    if (at < 0 || at >= to) {
      this.vFrom = -1;
      return true;
    }
    const open = this.vOpen;
    const gt = at + open.length;
    if (!xml.startsWith(open, at) || xml.charCodeAt(gt) !== 62 /* > */) return false;
    const stop = xml.indexOf("<", gt + 1);
    if (stop < 0 || stop > to || !xml.startsWith(this.vClose, stop)) return false;
    this.vFrom = gt + 1;
    this.vTo = stop;
    return true;
  }
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

/** Whether xml[from, to) holds a tab, a carriage return or a line feed. */
function hasTabOrBreak(xml: string, from: number, to: number): boolean {
  for (const c of ["\n", "\t", "\r"]) {
    const at = xml.indexOf(c, from);
    if (at >= 0 && at < to) return true;
  }
  return false;
}

/**
 * The value of xml[from, to) when it is 1 to `max` decimal digits (max ≤ 15, so exact), else -1.
 */
function digitsAt(xml: string, from: number, to: number, max: number): number {
  if (to <= from || to - from > max) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** Distinct date serials a sheet's scan keeps one Date for (beyond, each cell gets its own). */
const MAX_SHARED_DATES = 50_000;

/** What attrOf looks for: a space, the attribute's name, `="`. */
const R_ATTR = ' r="';
const T_ATTR = ' t="';
const S_ATTR = ' s="';

/**
 * Value of an attribute (`needle`: ` name="`) in the text after a tag name; null when absent.
 * `spaced`: the tag may separate attributes with tabs or line breaks.
 */
function attrOf(tagRest: string, needle: string, spaced: boolean): string | null {
  let i = tagRest.indexOf(needle);
  if (i < 0) {
    if (!spaced || !/[\t\n\r]/.test(tagRest)) return null;
    return attrOf(tagRest.replace(/[\t\n\r]/g, " "), needle, false);
  }
  i += needle.length;
  const j = tagRest.indexOf('"', i);
  return tagRest.slice(i, j < 0 ? undefined : j);
}

/** The text of the `<v>` element (`open` `<v`, `close` `</v>`) in a cell body; null when none. */
function valueText(body: string, open: string, close: string): string | null {
  let from = 0;
  for (;;) {
    const at = body.indexOf(open, from);
    if (at < 0) return null;
    const next = body.charCodeAt(at + open.length);
    if (next === 62 /* > */ || next === 32 || next === 9 || next === 10 || next === 13) {
      const gt = body.indexOf(">", at);
      if (gt < 0) return null;
      if (body.charCodeAt(gt - 1) === 47 /* / */) return "";
      const stop = body.indexOf(close, gt);
      return body.slice(gt + 1, stop < 0 ? undefined : stop);
    }
    if (next === 47 /* / */) return "";
    from = at + open.length;
  }
}
