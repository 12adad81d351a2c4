/**
 * Native charts through Office.js (issue 11): each ChartSpec becomes a chart of the sheet over its
 * own data block (ExcelApi 1.1 charts API: add, title, setPosition). Queues only; the caller syncs.
 */
import { cellAddress } from "../../domain/grid";
import type { ChartSpec } from "../../domain/output/sheet-spec";

const CHART_TYPE: Readonly<
  Record<ChartSpec["kind"], "ColumnClustered" | "BarClustered" | "LineMarkers">
> = {
  column: "ColumnClustered",
  bar: "BarClustered",
  line: "LineMarkers",
};

/** Adds the sheet's charts after its values are queued (a chart reads its range when added). */
export function queueCharts(ws: Excel.Worksheet, charts: readonly ChartSpec[]): void {
  for (const spec of charts) {
    const chart = ws.charts.add(CHART_TYPE[spec.kind], ws.getRange(spec.dataRange), "Columns");
    chart.title.text = spec.title;
    chart.legend.position = "Bottom";
    chart.setPosition(
      cellAddress(spec.from.row, spec.from.col),
      cellAddress(
        Math.max(spec.to.row - 1, spec.from.row),
        Math.max(spec.to.col - 1, spec.from.col)
      )
    );
  }
}
