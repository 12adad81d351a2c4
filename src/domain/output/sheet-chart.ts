/**
 * A chart on a sheet as a viewer draws it: where its frame is anchored and the values it shows
 * (the values cached in the chart part, as Excel shows them before recalculating). Read from a
 * package's chart parts by the xlsx reader; drawn as SVG by the browser preview.
 */
import type { ChartSpec } from "./sheet-spec";

export interface SheetChartSeries {
  readonly name: string;
  /** One value per category; null where the chart has none. */
  readonly values: readonly (number | null)[];
}

export interface SheetChart {
  readonly kind: ChartSpec["kind"];
  readonly title: string;
  /** 0-based cells of the frame's top-left and bottom-right corners. */
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
  readonly categories: readonly string[];
  readonly series: readonly SheetChartSeries[];
}

/** Sheet name → its charts, in the drawing's order. */
export type SheetCharts = ReadonlyMap<string, readonly SheetChart[]>;
