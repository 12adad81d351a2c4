/**
 * The data of a chart as its sheet holds it: categories from the block's first column, one series
 * per further column named by the header row. The .xlsx writer caches these values in the chart
 * part (so a viewer that does not recalculate shows them) and the preview draws them.
 */
import { cellAddress, parseCellAddress } from "../grid";
import type { ChartSpec, OutputSheet } from "./sheet-spec";

export interface ChartSeriesData {
  readonly name: string;
  /** A1 of the series' name cell. */
  readonly nameCell: string;
  /** A1 range of the series' values. */
  readonly valuesRange: string;
  readonly values: readonly (number | null)[];
}

export interface ChartData {
  /** A1 range of the category labels. */
  readonly categoriesRange: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesData[];
}

/** The block's corners, 0-based; null for a range that is not "A1:B2". */
export function chartBlock(chart: ChartSpec): {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
} | null {
  const [a = "", b = ""] = chart.dataRange.split(":");
  const from = parseCellAddress(a);
  const to = parseCellAddress(b);
  if (from === null || to === null || to.row <= from.row || to.col <= from.col) return null;
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/** Reads a chart's categories and series from the sheet's own rows. */
export function chartData(sheet: OutputSheet, chart: ChartSpec): ChartData | null {
  const block = chartBlock(chart);
  if (block === null) return null;
  const value = (r: number, c: number): string | number | boolean | null =>
    sheet.rows[r]?.[c]?.value ?? null;
  const categories: string[] = [];
  for (let r = block.top + 1; r <= block.bottom; r++) {
    const v = value(r, block.left);
    categories.push(v === null ? "" : String(v));
  }
  const series: ChartSeriesData[] = [];
  for (let c = block.left + 1; c <= block.right; c++) {
    const values: (number | null)[] = [];
    for (let r = block.top + 1; r <= block.bottom; r++) {
      const v = value(r, c);
      values.push(typeof v === "number" && Number.isFinite(v) ? v : null);
    }
    const name = value(block.top, c);
    series.push({
      name: name === null ? "" : String(name),
      nameCell: cellAddress(block.top, c),
      valuesRange: `${cellAddress(block.top + 1, c)}:${cellAddress(block.bottom, c)}`,
      values,
    });
  }
  return {
    categoriesRange: `${cellAddress(block.top + 1, block.left)}:${cellAddress(block.bottom, block.left)}`,
    categories,
    series,
  };
}
