/**
 * @jest-environment jsdom
 */
// The preview draws a sheet's charts (issue 11, item 3), as the memory workbook's codec reads them
// from the chart parts (tests/adapters/xlsx/chart-reader.test.ts): laid out and drawn as
// accessible SVG (title, axes, a description and the data as a table), anchored in the grid.
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { createMemoryWorkbookPort } from "../../src/adapters/memory/memory-workbook.adapter";
import type { SheetChart } from "../../src/domain/output/sheet-chart";
import { chartGeometry, niceStep } from "../../src/preview/chart-geometry";
import { ChartView } from "../../src/preview/components/ChartView";
import { PreviewApp } from "../../src/preview/components/PreviewApp";
import { PREVIEW_STRINGS } from "../../src/preview/preview-strings";
import { fakeBytes, fakeCodec } from "../adapters/memory/fake-package-codec";
import { REACT_TREE_TIMEOUT } from "../support/timeouts";

// Every React tree here is small, but jsdom is slow on a loaded machine.
jest.setTimeout(REACT_TREE_TIMEOUT);

Element.prototype.scrollIntoView = function scrollIntoView() {
  /* jsdom has no layout */
};

const SCORES_TITLE = "Điểm thi đua theo đơn vị (tự chấm và Hội đồng chấm)";
const YEARS_TITLE = "Số danh hiệu, khen thưởng theo năm";

const chart: SheetChart = {
  kind: "column",
  title: "Điểm",
  from: { row: 0, col: 0 },
  to: { row: 10, col: 5 },
  categories: ["VP", "KHTC", "QLKH"],
  series: [
    { name: "Tự chấm", values: [90, 45, null] },
    { name: "Hội đồng", values: [80, 60, 30] },
  ],
};

describe("the chart's layout", () => {
  it("picks round ticks covering the largest value", () => {
    expect(niceStep(90)).toBe(20);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(0)).toBe(1);
    const g = chartGeometry(chart, { width: 400, height: 240 });
    expect(g.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it("draws one mark per value, as long as its value in the axis' scale, none for a gap", () => {
    const g = chartGeometry(chart, { width: 400, height: 240 });
    expect(g.marks).toHaveLength(5);
    const unit = g.plot.height / 100;
    for (const m of g.marks) expect(m.height).toBeCloseTo(m.value * unit, 6);
    // Bars stand on the axis and stay inside the plot, in category order.
    for (const m of g.marks) {
      expect(m.y + m.height).toBeCloseTo(g.plot.y + g.plot.height, 6);
      expect(m.x).toBeGreaterThanOrEqual(g.plot.x);
      expect(m.x + m.width).toBeLessThanOrEqual(g.plot.x + g.plot.width + 1e-9);
    }
    const xs = g.marks.filter((m) => m.series === 1).map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // A bar chart lies along the x axis.
    const bars = chartGeometry({ ...chart, kind: "bar" }, { width: 400, height: 240 });
    for (const m of bars.marks) expect(m.width).toBeCloseTo((m.value / 100) * bars.plot.width, 6);
  });
});

describe("the chart drawn as SVG", () => {
  it("has its title, a description, axes' labels, one bar per value and the data as a table", () => {
    render(
      React.createElement(ChartView, {
        chart,
        width: 420,
        height: 300,
        strings: PREVIEW_STRINGS.vi,
        language: "vi",
      })
    );
    const figure = screen.getByRole("figure", { name: "Điểm" });
    const svg = within(figure).getByRole("img", { name: "Điểm" });
    expect(svg.getAttribute("aria-describedby")).toBeTruthy();
    expect(figure.querySelector("desc")?.textContent).toBe(
      PREVIEW_STRINGS.vi.chartSummary("column", 3, ["Tự chấm", "Hội đồng"])
    );
    expect(svg.querySelectorAll("rect[data-value]")).toHaveLength(5);
    const labels = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(["VP", "KHTC", "QLKH", "0", "100", "Tự chấm"]));
    const table = within(figure).getByRole("table", { name: "Điểm" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(rows).toEqual(["MụcTự chấmHội đồng", "VP9080", "KHTC4560", "QLKH30"]);
  });

  it("is drawn in the preview's grid on the report sheet, at its anchor", async () => {
    const codec = fakeCodec();
    const charts = new Map([
      [
        "Báo cáo tổng kết",
        [
          { ...chart, title: SCORES_TITLE, from: { row: 8, col: 0 } },
          { ...chart, kind: "bar" as const, title: YEARS_TITLE, from: { row: 26, col: 1 } },
        ],
      ],
    ]);
    const withCharts = {
      ...codec,
      read: async (b: Uint8Array) => ({ ...(await codec.read(b)), charts }),
    };
    const workbook = await MemoryWorkbook.open(
      withCharts,
      fakeBytes({ "Báo cáo tổng kết": [["BÁO CÁO TỔNG KẾT"]] }),
      "so.xlsx"
    );
    render(
      React.createElement(PreviewApp, {
        workbook,
        port: createMemoryWorkbookPort(workbook),
        initialLanguage: "vi",
        initialPaneWidth: 360,
        loadSample: () => Promise.reject(new Error("unused")),
        renderPane: () => null,
      })
    );
    const scroller = screen.getByTestId("grid-scroller");
    const figures = within(scroller).getAllByRole("figure");
    expect(figures.map((f) => f.getAttribute("data-chart"))).toEqual([SCORES_TITLE, YEARS_TITLE]);
    // Anchored at its row and column (header row + rows above × row height, before measuring).
    expect(figures[0]?.parentElement?.style.top).toBe(`${23 + 8 * 23}px`);
    expect(figures[1]?.parentElement?.style.top).toBe(`${23 + 26 * 23}px`);
    expect(figures[1]?.parentElement?.style.left).toBe(`${40 + 72}px`);
  });
});
