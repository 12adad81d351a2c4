/**
 * The sheet scanner over a worksheet part's UTF-8 bytes, for the plain parts spreadsheet programs
 * write: the sheet is never decoded to one string (15 MB of text on a big register), only the
 * cell texts that are not shared-string indices or numbers are.
 *
 * It reads what the text scanner (sheet-scanner.ts) reads from the part's canonical text
 * (xml-decode.ts), and gives up (undefined) on any part whose canonical text could differ from
 * its bytes or that the text scanner would refuse: UTF-16, comments, CDATA, processing
 * instructions, DOCTYPE, tags not in canonical form, names with characters other than letters,
 * digits and `:_.-`, `<` or `>` in attribute values, cell or row tags with other than printable
 * ASCII or with `&` or `=` in a value, and cell texts holding characters XML cannot hold. Every
 * `<` of the part is visited, so a part it reads holds no tag the canonical form would rewrite.
 * The caller then decodes the part and scans the text, which gives the refusal or the grid.
 * The read limits are checked while scanning, as the text scanner checks them. Browser-safe.
 */
import type { CellValue } from "../../domain/grid";
import { GridScan, type ScanContext } from "./sheet-scanner";
import { XlsxFormatError } from "./xlsx-format-error";
import { withoutIllegalCharacters } from "./xml-decode";

/** The grid of a plain worksheet part; undefined when the part must be read as text. */
export function scanSheetBytes(
  bytes: Uint8Array,
  ctx: ScanContext,
  sheetName = ""
): CellValue[][] | undefined {
  try {
    return new ByteSheetScan(bytes, ctx, sheetName).run();
  } catch (error: unknown) {
    // A refusal (a limit, a bad reference) is worded by the text scanner, which meets it too.
    if (error instanceof XlsxFormatError) return undefined;
    throw error;
  }
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const EQUALS = 61;
const SPACE = 32;
const AMPERSAND = 38;

const utf8 = new TextDecoder("utf-8");
const utf8Encoder = new TextEncoder();

/** Letters, digits and `:_.-`: the bytes a tag or attribute name may hold here. */
function isNameByte(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 58) ||
    c === 95 ||
    c === 46 ||
    c === 45
  );
}

/** A namespace prefix as elementPrefix (workbook-tables.ts) matches it: `[A-Za-z_][\w.-]*:`. */
const PREFIX = /^[A-Za-z_][\w.-]*:$/;

class ByteSheetScan extends GridScan {
  private readonly b: Uint8Array;
  private readonly n: number;
  /** `p:c`, `p:row`, `p:v`, `p:sheetData` as bytes (p the sheet's namespace prefix). */
  private cName = new Uint8Array(0);
  private rowName = new Uint8Array(0);
  private vName = new Uint8Array(0);
  private dataName = new Uint8Array(0);
  /** Where the name of the tag last read by startTagEnd ends, and whether it closes itself. */
  private nameEnd = -1;
  private selfClosing = false;
  /** Where the cell last read by cellValue ends (after its `</c>`). */
  private cellEnd = -1;

  constructor(bytes: Uint8Array, ctx: ScanContext, sheetName: string) {
    super(ctx, sheetName);
    this.b = bytes;
    this.n = bytes.length;
  }

  /** The grid; undefined when the part is not plain (see the file comment). */
  run(): CellValue[][] | undefined {
    const b = this.b;
    const b0 = b[0];
    const b1 = b[1];
    if (b0 === 0xff || b0 === 0xfe || b0 === 0 || b1 === 0) return undefined; // UTF-16
    let pos = b0 === 0xef && b1 === 0xbb && b[2] === 0xbf ? 3 : 0;
    // The XML declaration, kept by the canonical form only at the start.
    if (this.isAt(pos, "<?xml")) {
      pos = this.indexOfBytes("?>", pos + 2);
      if (pos < 0) return undefined;
      pos += 2;
    }
    // Up to `<sheetData`: every tag checked, the first named sheetData found as elementPrefix
    // finds it in the text.
    let prefix = "";
    for (;;) {
      const lt = this.indexOfLt(pos);
      if (lt < 0) return this.rows; // no sheetData: no cells (every tag was plain)
      if (b[lt + 1] === SLASH) {
        pos = this.endTagEnd(lt);
      } else {
        pos = this.startTagEnd(lt);
        if (pos < 0) return undefined;
        const found = this.sheetDataPrefix(lt + 1, this.nameEnd);
        if (found === undefined) return undefined;
        if (found !== null) {
          prefix = found;
          break;
        }
      }
      if (pos < 0) return undefined;
    }
    if (this.selfClosing) return this.tailIsPlain(pos) ? this.rows : undefined;
    this.cName = utf8Encoder.encode(`${prefix}c`);
    this.rowName = utf8Encoder.encode(`${prefix}row`);
    this.vName = utf8Encoder.encode(`${prefix}v`);
    this.vOpen = `<${prefix}v`;
    this.vClose = `</${prefix}v>`;
    const p = prefix;
    let rowIdx = -1;
    let colIdx = -1;
    for (;;) {
      const lt = this.indexOfLt(pos);
      if (lt < 0) return undefined; // no </sheetData>
      if (b[lt + 1] === SLASH) {
        const end = this.endTagEnd(lt);
        if (end < 0) return undefined;
        pos = end;
        if (this.isName(lt + 2, end - 1, this.dataName)) break;
        continue;
      }
      const nameEnd = this.nameEndAt(lt + 1);
      if (this.isName(lt + 1, nameEnd, this.cName)) {
        const tagEnd = this.attributesEnd(nameEnd);
        if (tagEnd < 0) return undefined;
        if (this.rFrom < 0) colIdx++;
        else {
          this.parseRefAt(this.rFrom, this.rTo);
          colIdx = this.refCol;
          if (this.refRow >= 0) rowIdx = this.refRow;
        }
        if (rowIdx < 0) rowIdx = 0;
        this.checkPlace(rowIdx, colIdx, null);
        if (b[tagEnd - 2] === SLASH) {
          pos = tagEnd;
          continue;
        }
        const value = this.cellValueFrom(nameEnd, tagEnd, p);
        if (value === undefined) return undefined;
        if (value !== null) this.put(rowIdx, colIdx, value);
        pos = this.cellEnd;
      } else if (this.isName(lt + 1, nameEnd, this.rowName)) {
        const tagEnd = this.attributesEnd(nameEnd);
        if (tagEnd < 0) return undefined;
        rowIdx = this.rFrom < 0 ? rowIdx + 1 : this.rowNumberAt(this.rFrom, this.rTo) - 1;
        colIdx = -1;
        pos = tagEnd;
      } else {
        pos = this.startTagEnd(lt);
        if (pos < 0) return undefined;
      }
    }
    return this.tailIsPlain(pos) ? this.finish() : undefined;
  }

  /**
   * The namespace prefix when the start tag's name `b[from, to)` is `sheetData` with or without
   * one; null for another name; undefined for a name that only looks like it (`sheetDataX`),
   * which the text scanner's search could take for it.
   */
  private sheetDataPrefix(from: number, to: number): string | null | undefined {
    const name = utf8.decode(this.b.subarray(from, to));
    if (!name.includes("sheetData")) return null;
    if (name === "sheetData") {
      this.dataName = utf8Encoder.encode(name);
      return "";
    }
    const prefix = name.slice(0, -"sheetData".length);
    if (!name.endsWith(":sheetData") || !PREFIX.test(prefix)) return undefined;
    this.dataName = utf8Encoder.encode(name);
    return prefix;
  }

  /** Whether every tag from `pos` to the end is plain. */
  private tailIsPlain(pos: number): boolean {
    const b = this.b;
    for (;;) {
      const lt = this.indexOfLt(pos);
      if (lt < 0) return true;
      pos = b[lt + 1] === SLASH ? this.endTagEnd(lt) : this.startTagEnd(lt);
      if (pos < 0) return false;
    }
  }

  /**
   * The value of the cell whose start tag's attributes end at `tagEnd` (after its `>`); sets
   * cellEnd. A lone `<v>` of a number or a shared string is read in place; any other body is
   * checked tag by tag, decoded and read the long way, as the text scanner reads it. Undefined
   * when the body is not plain.
   */
  private cellValueFrom(nameEnd: number, tagEnd: number, p: string): CellValue | undefined {
    const b = this.b;
    const tLength = this.tTo - this.tFrom;
    let shared = false;
    let inPlace = true;
    if (this.tFrom >= 0) {
      const t = b[this.tFrom];
      if (tLength === 1 && t === 115 /* s */) shared = true;
      else if (tLength === 1 && (t === 98 /* b */ || t === 101 /* e */ || t === 100) /* d */) {
        inPlace = false;
      } else if (tLength === 3 && this.isAt(this.tFrom, "str")) inPlace = false;
      else if (tLength === 9 && this.isAt(this.tFrom, "inlineStr")) inPlace = false;
    }
    if (inPlace && b[tagEnd] === LT) {
      // `</c>` at once: no value.
      if (
        b[tagEnd + 1] === SLASH &&
        this.isName(tagEnd + 2, tagEnd + 2 + this.cName.length, this.cName)
      ) {
        if (b[tagEnd + 2 + this.cName.length] === GT) {
          this.cellEnd = tagEnd + 3 + this.cName.length;
          return null;
        }
      }
      const vName = this.vName;
      const vFrom = tagEnd + 2 + vName.length;
      if (this.isName(tagEnd + 1, vFrom - 1, vName) && b[vFrom - 1] === GT) {
        let vTo = vFrom;
        let plain = true;
        for (; vTo < this.n; vTo++) {
          const c = b[vTo] as number;
          if (c === LT) break;
          if (c < 0x20 || c > 0x7e || c === AMPERSAND) plain = false;
        }
        // `</v></c>` after the text: the whole body read.
        const close = this.lonelyValueEnd(vTo);
        if (plain && close >= 0) {
          this.cellEnd = close;
          return this.valueIn(vFrom, vTo, shared);
        }
      }
    }
    // The long way: the body as text, with the tag as the text scanner slices it.
    const close = this.cellCloseAt(tagEnd);
    if (close < 0) return undefined;
    const body = utf8.decode(b.subarray(tagEnd, close));
    if (withoutIllegalCharacters(body) !== body) return undefined;
    this.cellEnd = close + 3 + this.cName.length;
    return this.cellValue(body, this.ascii(nameEnd, tagEnd - 1), p);
  }

  /** After `</v>` at `at` comes `</c>`: where the cell ends; else -1. */
  private lonelyValueEnd(at: number): number {
    const { b, vName, cName } = this;
    if (b[at + 1] !== SLASH || !this.isName(at + 2, at + 2 + vName.length, vName)) return -1;
    let i = at + 2 + vName.length;
    if (b[i] !== GT || b[i + 1] !== LT || b[i + 2] !== SLASH) return -1;
    i += 3;
    if (!this.isName(i, i + cName.length, cName) || b[i + cName.length] !== GT) return -1;
    return i + cName.length + 1;
  }

  /** A number or shared string from the plain ASCII text `b[vFrom, vTo)` (see cellValueAt). */
  private valueIn(vFrom: number, vTo: number, shared: boolean): CellValue {
    const ctx = this.ctx;
    if (shared) {
      const index = this.digitsAt(vFrom, vTo, 9);
      return ctx.sharedStrings[index >= 0 ? index : Number(this.ascii(vFrom, vTo))] ?? null;
    }
    if (vFrom === vTo) return null;
    const negative = this.b[vFrom] === 45; /* - */
    const whole = this.digitsAt(negative ? vFrom + 1 : vFrom, vTo, 15);
    const n = whole >= 0 ? (negative ? -whole : whole) : Number(this.ascii(vFrom, vTo));
    if (!Number.isFinite(n)) return this.text(this.ascii(vFrom, vTo));
    if (this.sFrom >= 0) {
      const styleIndex = this.digitsAt(this.sFrom, this.sTo, 9);
      const style = styleIndex >= 0 ? styleIndex : Number(this.ascii(this.sFrom, this.sTo));
      if (ctx.dateStyles[style] === true) return this.dateOf(n);
    }
    return n;
  }

  /** Where the cell body from `from` meets its `</c>`, every tag on the way plain; else -1. */
  private cellCloseAt(from: number): number {
    const b = this.b;
    let pos = from;
    for (;;) {
      const lt = this.indexOfLt(pos);
      if (lt < 0) return -1;
      if (b[lt + 1] === SLASH) {
        pos = this.endTagEnd(lt);
        if (pos < 0) return -1;
        if (this.isName(lt + 2, pos - 1, this.cName)) return lt;
        if (this.isName(lt + 2, pos - 1, this.dataName)) return -1;
      } else {
        pos = this.startTagEnd(lt);
        if (pos < 0) return -1;
      }
    }
  }

  /**
   * Reads a cell or row tag's attributes from its name's end: each ` name="value"`, the value
   * printable ASCII without `&`, `=`, `<`, `>` (so the text scanner reads the same in place).
   * Sets rFrom…sTo; where the tag ends (after `>`), or -1.
   */
  private attributesEnd(from: number): number {
    const { b, n } = this;
    this.clearAttributes();
    let i = from;
    for (;;) {
      if (i >= n) return -1;
      const c = b[i];
      if (c === GT) return i + 1;
      if (c === SLASH) return b[i + 1] === GT ? i + 2 : -1;
      if (c !== SPACE) return -1;
      const nameFrom = ++i;
      while (i < n && isNameByte(b[i] as number)) i++;
      if (i === nameFrom || b[i] !== EQUALS || b[i + 1] !== QUOTE) return -1;
      const valueFrom = i + 2;
      let j = valueFrom;
      for (; j < n; j++) {
        const v = b[j] as number;
        if (v === QUOTE) break;
        if (v < 0x20 || v > 0x7e || v === AMPERSAND || v === EQUALS || v === LT || v === GT) {
          return -1;
        }
      }
      if (j >= n) return -1;
      if (i - nameFrom === 1) this.noteAttribute(b[nameFrom] as number, valueFrom, j);
      i = j + 1;
    }
  }

  /**
   * Where the start tag at `lt` ends (after `>`) when it is plain: a name, then
   * ` name="value"` attributes whose values hold no `<` or `>`, then `>` or `/>`. Sets nameEnd
   * and selfClosing; -1 when the tag is not plain (or is a comment, CDATA, an instruction).
   */
  private startTagEnd(lt: number): number {
    const { b, n } = this;
    let i = this.nameEndAt(lt + 1);
    if (i === lt + 1) return -1;
    this.nameEnd = i;
    for (;;) {
      if (i >= n) return -1;
      const c = b[i];
      if (c === GT) {
        this.selfClosing = false;
        return i + 1;
      }
      if (c === SLASH) {
        this.selfClosing = true;
        return b[i + 1] === GT ? i + 2 : -1;
      }
      if (c !== SPACE) return -1;
      const nameFrom = ++i;
      while (i < n && isNameByte(b[i] as number)) i++;
      if (i === nameFrom || b[i] !== EQUALS || b[i + 1] !== QUOTE) return -1;
      i += 2;
      for (; i < n; i++) {
        const v = b[i];
        if (v === QUOTE) break;
        if (v === LT || v === GT) return -1;
      }
      if (i >= n) return -1;
      i++;
    }
  }

  /** Where the end tag at `lt` ends (after `>`) when it is `</name>`; else -1. */
  private endTagEnd(lt: number): number {
    const i = this.nameEndAt(lt + 2);
    return i > lt + 2 && this.b[i] === GT ? i + 1 : -1;
  }

  private nameEndAt(from: number): number {
    const { b, n } = this;
    let i = from;
    while (i < n && isNameByte(b[i] as number)) i++;
    return i;
  }

  /** Whether `b[from, to)` is `name`. */
  private isName(from: number, to: number, name: Uint8Array): boolean {
    const length = name.length;
    if (to - from !== length) return false;
    const b = this.b;
    for (let k = 0; k < length; k++) if (b[from + k] !== name[k]) return false;
    return true;
  }

  /** Whether the ASCII `text` is at `at`. */
  private isAt(at: number, text: string): boolean {
    const b = this.b;
    for (let k = 0; k < text.length; k++) if (b[at + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  private indexOfLt(from: number): number {
    const { b, n } = this;
    for (let i = from; i < n; i++) if (b[i] === LT) return i;
    return -1;
  }

  private indexOfBytes(text: string, from: number): number {
    const last = this.n - text.length;
    for (let i = from; i <= last; i++) if (this.isAt(i, text)) return i;
    return -1;
  }

  /** The text of ASCII bytes (tag values, numbers). */
  private ascii(from: number, to: number): string {
    let text = "";
    for (let i = from; i < to; i++) text += String.fromCharCode(this.b[i] as number);
    return text;
  }

  /** The value of `b[from, to)` when it is 1 to `max` decimal digits (max ≤ 15), else -1. */
  private digitsAt(from: number, to: number, max: number): number {
    if (to <= from || to - from > max) return -1;
    const b = this.b;
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = b[i] as number;
      if (c < 48 || c > 57) return -1;
      n = n * 10 + (c - 48);
    }
    return n;
  }

  /** A cell reference read in place (see parseRefAt in sheet-scanner.ts). */
  private parseRefAt(from: number, to: number): void {
    const b = this.b;
    let col = 0;
    let i = from;
    for (; i < to && i < from + 3; i++) {
      const c = b[i] as number;
      if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
      else break;
    }
    const digitsFrom = i;
    let row = 0;
    for (; i < to; i++) {
      const c = b[i] as number;
      if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
      else break;
    }
    if (!this.tookRefAt(col, row, i - digitsFrom, i === to)) this.parseRef(this.ascii(from, to));
  }

  /** A row's `r` read in place (see rowNumber, which gives the refusals). */
  private rowNumberAt(from: number, to: number): number {
    const row = this.digitsAt(from, to, 7);
    return row >= 1 && row <= this.maxRows ? row : this.rowNumber(this.ascii(from, to));
  }
}
