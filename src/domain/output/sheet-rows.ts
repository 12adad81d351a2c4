/**
 * A small accumulator for output sheets: rows with merges and estimated heights, so each sheet
 * builder reads top to bottom like the printed page.
 */
import { columnLetter } from "../grid";
import type { CellStyle, SpecCell } from "./sheet-spec";

/** Points per line of 12 pt Times New Roman, with leading. */
const LINE_HEIGHT = 15.75;
/** Average character widths in pixels, for `new SheetRows(…)`. */
export const TIMES_12_CHAR_PIXELS = 7.5;
export const CALIBRI_11_CHAR_PIXELS = 6;

/**
 * Characters of ordinary Vietnamese text per line of a column, from its width in Excel's units
 * (7 px each plus 5 px of padding, for a workbook in 11 pt Calibri), less 8 px of cell margins.
 * Measured on printed pages and brought to Excel's 7-px unit: 12 pt Times New Roman takes 7 to
 * 7.5 px a character (more in short texts full of m, n, h, k), 11 pt Calibri about 6. A row a
 * bit tall looks fine on paper; a row too short cuts the text off.
 */
function charsPerLine(width: number, charPixels: number): number {
  return Math.max(3, Math.floor((width * 7 + 5 - 8) / charPixels));
}

/**
 * Lines a text takes when wrapped at word boundaries to `capacity` characters: its paragraphs
 * (split at "\n") and their words (split at each " ") laid out in turn. One scan of the text,
 * no pieces cut out of it: the output sheets of a large register fit hundreds of thousands of
 * cells.
 */
export function wrappedLines(text: string, capacity: number): number {
  let lines = 1;
  let line = 0;
  let length = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const ch = i < n ? text.charCodeAt(i) : 10;
    if (ch !== 32 && ch !== 10) {
      length++;
      continue;
    }
    // A word ends here.
    if (line === 0) {
      line = length;
    } else if (line + 1 + length <= capacity) {
      line += 1 + length;
    } else {
      lines++;
      line = length;
    }
    // A word longer than a line is broken across lines.
    while (line > capacity) {
      lines++;
      line -= capacity;
    }
    length = 0;
    if (ch === 10 && i < n) {
      // A new paragraph.
      lines++;
      line = 0;
    }
  }
  return lines;
}

/**
 * The height in points of a row of cells whose text wraps at word boundaries, given column widths
 * in characters (merged cells: the merged width at the first column); see SheetRows.fitHeight.
 */
export function fittedHeight(
  cells: readonly (SpecCell | null)[],
  widths: readonly number[],
  charPixels = TIMES_12_CHAR_PIXELS,
  minLines = 1
): number {
  let lines = minLines;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i]?.value;
    if (typeof value !== "string" || value === "") continue;
    lines = Math.max(lines, wrappedLines(value, charsPerLine(widths[i] ?? 10, charPixels)));
  }
  return Math.ceil(lines * LINE_HEIGHT);
}

export class SheetRows {
  readonly rows: (SpecCell | null)[][] = [];
  readonly merges: string[] = [];
  readonly heights: Record<number, number> = {};
  /** The empty cells boxCovered fills, one per style: they are alike and never changed. */
  private readonly covered = new Map<string, SpecCell>();

  /** `charPixels`: average width of a character of the sheet's text font (see charsPerLine). */
  constructor(private readonly charPixels = TIMES_12_CHAR_PIXELS) {}

  /** Number of the next row (1-based). */
  get next(): number {
    return this.rows.length + 1;
  }

  /** Appends a row; returns its 1-based number. */
  add(cells: readonly (SpecCell | null)[] = []): number {
    this.rows.push([...cells]);
    return this.rows.length;
  }

  /** Merges columns from..to (0-based, inclusive) of a 1-based row. */
  merge(row: number, from: number, to: number): void {
    if (to > from) this.merges.push(`${columnLetter(from)}${row}:${columnLetter(to)}${row}`);
  }

  /**
   * Merges like `merge`, and gives every covered cell the first cell's style, so a bordered
   * merged row prints its borders across the whole width (a merged range draws each cell's own
   * borders).
   */
  mergeBox(row: number, from: number, to: number): void {
    this.boxCovered(row, from, to);
    this.merge(row, from, to);
  }

  /** Gives the empty cells from+1..to of a row the style of the cell at `from` (see mergeBox). */
  boxCovered(row: number, from: number, to: number): void {
    const cells = this.rows[row - 1];
    const style = cells?.[from]?.style;
    if (cells !== undefined && style !== undefined) {
      let filler = this.covered.get(style);
      if (filler === undefined) {
        filler = { value: null, style };
        this.covered.set(style, filler);
      }
      for (let c = from + 1; c <= to; c++) {
        while (cells.length <= c) cells.push(null);
        if (cells[c] === null) cells[c] = filler;
      }
    }
  }

  /**
   * Sets a row's height from its text wrapped at word boundaries, given column widths in
   * characters (merged cells: pass the merged width at the first column).
   */
  fitHeight(row: number, widths: readonly number[], minLines = 1): void {
    this.heights[row - 1] = fittedHeight(
      this.rows[row - 1] ?? [],
      widths,
      this.charPixels,
      minLines
    );
  }
}

/** The header row of the program's on-screen tables (Kiểm tra, Kết quả chấm điểm). */
export const TABLE_HEADER_STYLE = {
  bold: true,
  fill: "D9E1F2",
  border: true,
  align: "center",
  valign: "middle",
  wrap: true,
} as const satisfies CellStyle;

/** A text cell: user text stays text whatever it starts with. */
export function text(value: string, style?: string): SpecCell {
  return style === undefined ? { value } : { value, style };
}

export function num(value: number | null, style?: string): SpecCell {
  return style === undefined ? { value } : { value, style };
}
