/**
 * Where the preview draws a chart's marks: a pure layout of a SheetChart in a box (bars or line
 * points, value-axis ticks), so that the SVG component only paints what this computes and tests
 * can check the geometry without a browser.
 */
import type { SheetChart } from "../domain/output/sheet-chart";

export interface ChartBox {
  readonly width: number;
  readonly height: number;
}

export interface ChartMark {
  readonly series: number;
  readonly category: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ChartGeometry {
  /** The plot area inside the box (room left for labels and the legend). */
  readonly plot: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  /** Value-axis ticks: the value and its position along the value axis (x for bars, y otherwise). */
  readonly ticks: readonly { readonly value: number; readonly at: number }[];
  /** Category labels' centres along the category axis. */
  readonly categoryAt: readonly number[];
  readonly marks: readonly ChartMark[];
}

const LABEL_ROOM_BAR = 90;
const LABEL_ROOM = 36;
const LEGEND_ROOM = 24;

/** A "nice" step for about `count` ticks over `max` (1, 2 or 5 × a power of ten). */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  return step ?? 10 * power;
}

export function chartGeometry(chart: SheetChart, box: ChartBox): ChartGeometry {
  const horizontal = chart.kind === "bar";
  const plot = {
    x: horizontal ? LABEL_ROOM_BAR : LABEL_ROOM,
    y: 8,
    width: Math.max(10, box.width - (horizontal ? LABEL_ROOM_BAR : LABEL_ROOM) - 12),
    height: Math.max(10, box.height - 8 - LEGEND_ROOM - (horizontal ? 16 : LABEL_ROOM)),
  };
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = Math.max(0, ...values);
  const step = niceStep(top);
  const max = Math.max(step, Math.ceil(top / step) * step);
  const along = horizontal ? plot.width : plot.height;
  const scale = (v: number): number => (Math.max(0, v) / max) * along;
  const ticks: { value: number; at: number }[] = [];
  for (let v = 0; v <= max + step / 2; v += step) {
    ticks.push({ value: v, at: horizontal ? plot.x + scale(v) : plot.y + plot.height - scale(v) });
  }
  const n = Math.max(1, chart.categories.length);
  const band = (horizontal ? plot.height : plot.width) / n;
  const categoryAt = chart.categories.map(
    (_c, i) => (horizontal ? plot.y : plot.x) + band * (i + 0.5)
  );
  const seriesCount = Math.max(1, chart.series.length);
  const thick = (band * 0.8) / seriesCount;
  const marks: ChartMark[] = [];
  chart.series.forEach((s, si) => {
    s.values.forEach((v, ci) => {
      if (v === null || ci >= n) return;
      const start = (horizontal ? plot.y : plot.x) + band * ci + band * 0.1 + thick * si;
      const length = scale(v);
      if (chart.kind === "line") {
        const x = plot.x + band * (ci + 0.5);
        marks.push({
          series: si,
          category: ci,
          value: v,
          x,
          y: plot.y + plot.height - length,
          width: 0,
          height: 0,
        });
      } else if (horizontal) {
        marks.push({
          series: si,
          category: ci,
          value: v,
          x: plot.x,
          y: start,
          width: length,
          height: thick,
        });
      } else {
        marks.push({
          series: si,
          category: ci,
          value: v,
          x: start,
          y: plot.y + plot.height - length,
          width: thick,
          height: length,
        });
      }
    });
  });
  return { plot, ticks, categoryAt, marks };
}
