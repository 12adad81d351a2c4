/**
 * A small accumulator for output sheets: rows with merges and estimated heights, so each sheet
 * builder reads top to bottom like the printed page.
 */
import { columnLetter } from "../grid";
import type { SpecCell } from "./sheet-spec";

/** Points per line of 12 pt Times New Roman, with leading. */
const LINE_HEIGHT = 15.75;

export class SheetRows {
  readonly rows: (SpecCell | null)[][] = [];
  readonly merges: string[] = [];
  readonly heights: Record<number, number> = {};

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

  /** Sets a row's height from its wrapped text, given column widths in characters. */
  fitHeight(row: number, widths: readonly number[], minLines = 1): void {
    const cells = this.rows[row - 1] ?? [];
    let lines = minLines;
    cells.forEach((cell, i) => {
      if (cell === null || typeof cell.value !== "string") return;
      const width = Math.max(4, (widths[i] ?? 10) - 1);
      const needed = cell.value
        .split("\n")
        .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / width)), 0);
      lines = Math.max(lines, needed);
    });
    if (lines > 1) this.heights[row - 1] = Math.ceil(lines * LINE_HEIGHT);
  }
}

/** A text cell: user text stays text whatever it starts with. */
export function text(value: string, style?: string): SpecCell {
  return style === undefined ? { value } : { value, style };
}

export function num(value: number | null, style?: string): SpecCell {
  return style === undefined ? { value } : { value, style };
}
