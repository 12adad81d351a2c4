/**
 * The preview draws a report's native charts (issue 11, item 3), in Chromium: after "Báo cáo
 * tổng kết" from the pane, the report sheet shows its two charts (council scores by unit; titles
 * per year) as SVG figures named by their titles, with bars, axes' labels and the data as a table,
 * from the chart parts the workbook holds. A screenshot is saved; axe finds nothing blocking.
 */
import { REPORT_SHEET_NAMES } from "../../src/domain/output/program-sheets";
import { vi } from "../../src/taskpane/strings.vi";
import { paneSession } from "./support/pane-session";
import { saveScreenshot } from "./support/screenshots";
import { BROWSER_TIMEOUT } from "../support/timeouts";

// The test drives Chromium (Jest applies only its global timeout; see tests/support/timeouts.ts).
jest.setTimeout(BROWSER_TIMEOUT);

const s = paneSession();
const { pane, grid, action, scan } = s;

const TITLES = [
  "Điểm thi đua theo đơn vị (tự chấm và Hội đồng chấm)",
  "Số danh hiệu, khen thưởng theo năm",
];

it("draws the year-end report's charts with their titles, bars and data tables", async () => {
  await s.open("", "reportYearEnd");
  const sheet = REPORT_SHEET_NAMES["year-end"];
  await action("reportYearEnd").click();
  await pane().getByText(vi.reportWritten(sheet)).first().waitFor({ timeout: 90_000 });
  await s.tabActive(sheet);

  const figures = grid().getByRole("figure");
  await figures.first().waitFor();
  expect(await figures.evaluateAll((fs) => fs.map((f) => f.getAttribute("data-chart")))).toEqual(
    TITLES
  );
  for (const title of TITLES) {
    const figure = grid().getByRole("figure", { name: title });
    const svg = figure.getByRole("img", { name: title });
    expect(await svg.locator("rect[data-value]").count()).toBeGreaterThan(0);
    expect(await svg.locator("desc").textContent()).toMatch(/^Biểu đồ cột, \d+ mục; số liệu: /);
    // The data as a table, named by the chart's title, one row per category.
    await figure.locator("summary").click();
    const table = figure.getByRole("table", { name: title });
    expect(await table.getByRole("row").count()).toBeGreaterThan(1);
  }
  // Each chart sits on the rows the report left blank for it, below its data.
  const first = grid().getByRole("figure", { name: TITLES[0] });
  await first.scrollIntoViewIfNeeded();
  await saveScreenshot(s.page, "preview-charts-1-scores");
  await grid().getByRole("figure", { name: TITLES[1] }).scrollIntoViewIfNeeded();
  await saveScreenshot(s.page, "preview-charts-2-years");
  await scan();
});
