/**
 * The charts of a sheet read back from its package (issue 11, item 3: the preview draws them):
 * the chart parts the .xlsx writer makes give each chart its anchor, title, kind and the values
 * cached in its series, through the memory workbook's codec as the preview opens files.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory/memory-workbook";
import { createMemoryWorkbookPort } from "../../../src/adapters/memory/memory-workbook.adapter";
import { xlsxPackageCodec } from "../../../src/adapters/memory/xlsx-package-codec";
import { parseChart } from "../../../src/adapters/xlsx/chart-reader";
import { newWorkbookBytes } from "../../../src/adapters/xlsx/new-workbook-bytes";
import { chartData } from "../../../src/domain/output/chart-data";
import type { ChartSpec, OutputSheet } from "../../../src/domain/output/sheet-spec";

const SCORES: ChartSpec = {
  kind: "column",
  title: "Điểm thi đua theo đơn vị (tự chấm và Hội đồng chấm)",
  dataRange: "A3:C6",
  from: { row: 8, col: 0 },
  to: { row: 24, col: 6 },
};
const YEARS: ChartSpec = {
  kind: "bar",
  title: "Số danh hiệu, khen thưởng theo năm",
  dataRange: "E3:F5",
  from: { row: 26, col: 1 },
  to: { row: 40, col: 7 },
};

const text = (v: string | number) => ({ value: v });
const report: OutputSheet = {
  name: "Báo cáo tổng kết",
  styles: {},
  columnWidths: [12, 12, 12, 4, 8, 8],
  rows: [
    [text("BÁO CÁO TỔNG KẾT")],
    [],
    [text("Đơn vị"), text("Tự chấm"), text("Hội đồng"), null, text("Năm"), text("CSTĐCS")],
    [text("VP"), text(92.5), text(90), null, text("2023"), text(4)],
    [text("KHTC"), text(88), text(91.25), null, text("2024"), text(7)],
    [text("QLKH"), text("chưa chấm"), text(80)],
  ],
  charts: [SCORES, YEARS],
};

async function openReport(): Promise<MemoryWorkbook> {
  const bytes = newWorkbookBytes([{ name: "Cấu hình", styles: {}, columnWidths: [], rows: [] }]);
  const workbook = await MemoryWorkbook.open(xlsxPackageCodec, bytes, "so.xlsx");
  // The pane writes the report through the port, as in Excel; the charts go into chart parts.
  await createMemoryWorkbookPort(workbook).writeOutputSheets([report]);
  return workbook;
}

describe("charts read back from the package", () => {
  it("gives each chart its anchor, title, kind and the values the writer cached", async () => {
    const workbook = await openReport();
    const charts = workbook.getSnapshot().charts.get(report.name) ?? [];
    expect(charts.map((c) => [c.kind, c.title, c.from, c.to])).toEqual([
      ["column", SCORES.title, SCORES.from, SCORES.to],
      ["bar", YEARS.title, YEARS.from, YEARS.to],
    ]);
    for (const [k, spec] of [SCORES, YEARS].entries()) {
      const data = chartData(report, spec);
      expect(charts[k]?.categories).toEqual(data?.categories);
      expect(charts[k]?.series).toEqual(
        data?.series.map((s) => ({ name: s.name, values: s.values }))
      );
    }
    // A text among the scores is no value: the chart has a gap there.
    expect(charts[0]?.series[0]?.values).toEqual([92.5, 88, null]);
    expect(workbook.getSnapshot().charts.get("Cấu hình")).toBeUndefined();
  });

  it("reads a line chart, and leaves out a part that is no chart it knows", () => {
    const line = parseChart(
      '<c:chartSpace xmlns:c="c" xmlns:a="a"><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>Xu hướng &amp; năm</a:t></a:r></a:p></c:rich></c:tx></c:title>' +
        '<c:plotArea><c:lineChart><c:ser><c:tx><c:strRef><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>LĐTT</c:v></c:pt></c:strCache></c:strRef></c:tx>' +
        '<c:cat><c:numRef><c:numCache><c:ptCount val="2"/><c:pt idx="0"><c:v>2023</c:v></c:pt><c:pt idx="1"><c:v>2024</c:v></c:pt></c:numCache></c:numRef></c:cat>' +
        '<c:val><c:numRef><c:numCache><c:ptCount val="2"/><c:pt idx="1"><c:v>12</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:lineChart></c:plotArea></c:chart></c:chartSpace>'
    );
    expect(line).toEqual({
      kind: "line",
      title: "Xu hướng & năm",
      categories: ["2023", "2024"],
      series: [{ name: "LĐTT", values: [null, 12] }],
    });
    expect(
      parseChart(
        "<c:chartSpace><c:chart><c:plotArea><c:pieChart/></c:plotArea></c:chart></c:chartSpace>"
      )
    ).toBeNull();
  });
});
