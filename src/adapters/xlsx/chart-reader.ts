/**
 * Reads the charts of a worksheet from its package parts (sheet → drawing → chart): each frame's
 * anchor, the chart's title and kind, and the values cached in its series. What the browser
 * preview draws; written by chart-xml.ts (or by Excel). A chart it cannot read is left out.
 */
import type { SheetChart, SheetChartSeries } from "../../domain/output/sheet-chart";
import { REL_CHART, REL_DRAWING } from "./chart-xml";
import type { OpcPackage } from "./opc-package";
import { readRelationships } from "./workbook-structure";
import { attr, decodeEntities, findTags } from "./xml-text";

/** The charts of the worksheet part at `sheetPath`, in the drawing's order. */
export function readSheetCharts(pkg: OpcPackage, sheetPath: string): SheetChart[] {
  const charts: SheetChart[] = [];
  for (const drawing of readRelationships(pkg, sheetPath)) {
    if (drawing.type !== REL_DRAWING || drawing.external) continue;
    const xml = pkg.getText(drawing.path);
    if (xml === undefined) continue;
    const chartRels = new Map(
      readRelationships(pkg, drawing.path)
        .filter((r) => r.type === REL_CHART && !r.external)
        .map((r) => [r.id, r.path])
    );
    for (const anchor of elements(xml, "twoCellAnchor")) {
      const from = marker(inner(anchor, "from"));
      const to = marker(inner(anchor, "to"));
      const chartTag = findTags(anchor, "chart")[0];
      const id = chartTag === undefined ? null : attr(chartTag, "r:id");
      const chartPath = id === null ? undefined : chartRels.get(id);
      const chartXml = chartPath === undefined ? undefined : pkg.getText(chartPath);
      if (from === null || to === null || chartXml === undefined) continue;
      const chart = parseChart(chartXml);
      if (chart !== null) charts.push({ ...chart, from, to });
    }
  }
  return charts;
}

/** The chart part's title, kind, categories and series (values from the caches). */
export function parseChart(xml: string): Omit<SheetChart, "from" | "to"> | null {
  const bar = inner(xml, "barChart");
  const line = bar === null ? inner(xml, "lineChart") : null;
  const plot = bar ?? line;
  if (plot === null) return null;
  const barDir = bar === null ? null : attr(findTags(bar, "barDir")[0] ?? "", "val");
  const kind = line !== null ? "line" : barDir === "bar" ? "bar" : "column";
  const title = inner(xml, "title");
  const series: SheetChartSeries[] = [];
  let categories: string[] = [];
  for (const ser of elements(plot, "ser")) {
    const tx = inner(ser, "tx");
    const cat = inner(ser, "cat");
    const val = inner(ser, "val");
    if (categories.length === 0 && cat !== null) categories = cached(cat).map((v) => v ?? "");
    series.push({
      name: tx === null ? "" : (cached(tx)[0] ?? texts(tx)),
      values: val === null ? [] : cached(val).map((v) => (v === null ? null : toNumber(v))),
    });
  }
  return { kind, title: title === null ? "" : texts(title), categories, series };
}

/** The points of a str/num cache (or literal), by index; null where a point is missing. */
function cached(xml: string): (string | null)[] {
  const count = Number(attr(findTags(xml, "ptCount")[0] ?? "", "val") ?? "0");
  const points: (string | null)[] = Array.from({ length: count }, () => null);
  for (const pt of elements(xml, "pt")) {
    const idx = Number(attr(pt, "idx") ?? "-1");
    const v = inner(pt, "v");
    if (Number.isInteger(idx) && idx >= 0 && v !== null) points[idx] = decodeEntities(v);
  }
  return points;
}

function toNumber(text: string): number | null {
  const n = Number(text);
  return text.trim() !== "" && Number.isFinite(n) ? n : null;
}

/** The texts of every `a:t` run inside, joined. */
function texts(xml: string): string {
  return elements(xml, "t")
    .map((t) => decodeEntities(inner(t, "t") ?? ""))
    .join("");
}

function marker(xml: string | null): { row: number; col: number } | null {
  if (xml === null) return null;
  const row = Number(inner(xml, "row"));
  const col = Number(inner(xml, "col"));
  return Number.isInteger(row) && Number.isInteger(col) ? { row, col } : null;
}

/** Whole elements `<p:name …>…</p:name>` of a local name (any prefix), in order; not nested. */
function elements(xml: string, localName: string): string[] {
  const out: string[] = [];
  const open = new RegExp(`<((?:[A-Za-z0-9_]+:)?${localName})(?=[\\s/>])[^>]*?(/?)>`, "g");
  let m: RegExpExecArray | null;
  while ((m = open.exec(xml)) !== null) {
    if (m[2] === "/") {
      out.push(m[0]);
      continue;
    }
    const close = `</${m[1] ?? localName}>`;
    const end = xml.indexOf(close, open.lastIndex);
    if (end < 0) break;
    out.push(xml.slice(m.index, end + close.length));
    open.lastIndex = end + close.length;
  }
  return out;
}

/** The content of the first element of a local name, or null. */
function inner(xml: string, localName: string): string | null {
  const whole = elements(xml, localName)[0];
  if (whole === undefined || whole.endsWith("/>")) return whole === undefined ? null : "";
  const start = whole.indexOf(">") + 1;
  return whole.slice(start, whole.lastIndexOf("</"));
}
