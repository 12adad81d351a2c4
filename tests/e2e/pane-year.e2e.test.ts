/**
 * The year's actions of the pane (issue 11) on the bundled sample, in real Chromium through the
 * preview, as a user does them: "Tạo trang Quyết định" (rebuilt from the proposals, keeping what
 * was typed), the sơ kết / tổng kết report sheet with its native charts (in the preview's tabs
 * and as chart parts of the downloaded .xlsx), "Sang năm mới" (next year's register offered as a
 * download, since the preview cannot open a second workbook; opened in the preview it is the
 * register of year + 1, and this workbook is unchanged), and the pane's own runs (Chấm điểm, Tạo
 * phiếu) logged in `Nhật ký` like every other writing action. One action runs in English.
 *
 * Expectations come from the same use cases run in Node on the same file (what the CLI does).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { createDecisionSheet } from "../../src/app/create-decision-sheet";
import { nextYearRegister } from "../../src/app/next-year-register";
import { AUDIT_ACTIONS, AUDIT_LOG_SHEET } from "../../src/domain/integrity/audit-log";
import { REPORT_SHEET_NAMES } from "../../src/domain/output/program-sheets";
import { DECISION_SHEET } from "../../src/domain/year/decision-layout";
import { en } from "../../src/taskpane/strings.en";
import { vi } from "../../src/taskpane/strings.vi";
import {
  columnName,
  findHeader,
  gridCellShows,
  loggedActions,
  readSheet,
  typeCells,
} from "./support/pane-port";
import { paneSession } from "./support/pane-session";
import { saveScreenshot } from "./support/screenshots";
import { SAMPLE_FILE } from "./support/workbooks";
import { BROWSER_TIMEOUT } from "../support/timeouts";

// Every test here drives Chromium (Jest applies only its global timeout; see tests/support/timeouts.ts).
jest.setTimeout(BROWSER_TIMEOUT);

const s = paneSession({ viewport: { width: 1400, height: 1400 } });
const { pane, grid, action, ready, tabActive, tabNames, notice, scan, download } = s;

/** The sample afresh, with the year's actions ready. */
const open = (query = ""): Promise<void> => s.open(query, "decisions");

/** The report's title, drawn in the grid (its print heading sits a few rows down). */
async function title(text: RegExp): Promise<void> {
  await grid().locator("td").filter({ hasText: text }).first().waitFor();
}

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file).buffer);
  return wb;
}

function settingOf(wb: ExcelJS.Workbook, label: string): unknown {
  let found: unknown = undefined;
  wb.getWorksheet("Cấu hình")!.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2).value;
  });
  return found;
}

describe("the year's actions in the pane", () => {
  it("Tạo trang Quyết định rebuilds the sheet from the proposals and keeps what was typed", async () => {
    const expected = await createDecisionSheet(
      XlsxFileAdapter.fromBytes(readFileSync(SAMPLE_FILE))
    );
    if (expected.kind !== "written") throw new Error(JSON.stringify(expected.reason));
    await open();

    // A person types a decision number and a note into the first row of the sheet as it is.
    const before = await readSheet(s.page, DECISION_SHEET);
    const number = findHeader(before, "Số quyết định");
    const note = findHeader(before, "Ghi chú");
    const subject = findHeader(before, "Đối tượng");
    const firstRow = number.row + 1;
    const who = String(before[firstRow - 1]?.[subject.col - 1]);
    const typed = [
      {
        sheet: DECISION_SHEET,
        cell: `${columnName(number.col)}${firstRow}`,
        value: "301/QĐ-SKHCN",
      },
      { sheet: DECISION_SHEET, cell: `${columnName(note.col)}${firstRow}`, value: "gõ tay" },
    ];
    await expect(typeCells(s.page, typed)).resolves.toBe(2);

    await action("decisions").click();
    await notice(
      new RegExp(
        `Đã ghi trang ${DECISION_SHEET}: ${expected.rows.length} dòng, giữ nguyên \\d+ dòng đã nhập\\.`
      )
    );
    // The budget tells a title given to individuals from the same title given to collectives.
    await notice(/Giấy khen \(cá nhân\) [\d.]+ đ; Giấy khen \(tập thể\) [\d.]+ đ/);
    await tabActive(DECISION_SHEET);
    const after = await readSheet(s.page, DECISION_SHEET);
    const rows = after.slice(number.row).filter((r) => r[subject.col - 1] === who);
    expect(
      rows.some((r) => r[number.col - 1] === "301/QĐ-SKHCN" && r[note.col - 1] === "gõ tay")
    ).toBe(true);
    // The grid shows it where the sheet has it.
    const at = after.findIndex((r) => r[number.col - 1] === "301/QĐ-SKHCN") + 1;
    await gridCellShows(s.page, `${columnName(number.col)}${at}`, "301/QĐ-SKHCN");
    expect(after.length - number.row).toBeGreaterThanOrEqual(expected.rows.length);
    await expect(loggedActions(s.page)).resolves.toEqual([AUDIT_ACTIONS.decisions]);
    await saveScreenshot(s.page, "year-1-decisions");
    await scan();
  });

  it("Báo cáo tổng kết adds its sheet with a title and native charts in the downloaded .xlsx", async () => {
    await open();
    const sheet = REPORT_SHEET_NAMES["year-end"];
    await action("reportYearEnd").click();
    await notice(vi.reportWritten(sheet));
    await tabActive(sheet);
    await title(/^BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG/);
    await expect(loggedActions(s.page)).resolves.toEqual([AUDIT_ACTIONS.yearReport]);
    await saveScreenshot(s.page, "year-2-report");
    await scan();

    const file = await download(() =>
      s.page.getByRole("button", { name: "Tải xuống", exact: true }).click()
    );
    // Listed by the system's unzip, not by the project's own reader.
    const parts = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" }).split("\n");
    const charts = parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts.length).toBeGreaterThanOrEqual(2);
    expect(parts.some((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))).toBe(true);
    for (const chart of charts) {
      const xml = execFileSync("unzip", ["-p", file, chart], { encoding: "utf8" });
      expect(xml).toContain("<c:chartSpace");
      expect(xml).toContain(`'${sheet}'!`); // its series read the report sheet's cells
    }
    const wb = await loadWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toContain(sheet);
  });

  it("in English: the sơ kết report says so in English, and is written in English (issue 10)", async () => {
    await open("?lang=en");
    const sheet = REPORT_SHEET_NAMES["mid-year"];
    await action("reportMidYear").click();
    await notice(en.reportWritten(sheet));
    await tabActive(sheet);
    // The report is written in the pane's language (issue 10, item 1: the sheet catalogue).
    await title(/^MID-YEAR REVIEW OF EMULATION AND COMMENDATION WORK/);
    await saveScreenshot(s.page, "year-3-report-en");
    await scan();
  });

  it("Sang năm mới offers next year's register as a download; opened, it is the register of year + 1", async () => {
    const expected = await nextYearRegister(XlsxFileAdapter.fromBytes(readFileSync(SAMPLE_FILE)), {
      includeUndecided: false,
    });
    if (expected.kind !== "built") throw new Error(JSON.stringify(expected.reason));
    const year = expected.result.year;
    await open();
    const tabsBefore = await tabNames();
    const file = await download(() => action("nextYear").click());
    expect(path.basename(file)).toBe(`so-thi-dua-${year}.xlsx`);
    await notice(new RegExp(`tệp so-thi-dua-${year}\\.xlsx`));
    // This workbook is unchanged: no sheet added, no log row.
    await expect(tabNames()).resolves.toEqual(tabsBefore);
    await expect(loggedActions(s.page)).resolves.toEqual([]);
    await saveScreenshot(s.page, "year-4-next-year");
    await scan();

    const next = await loadWorkbook(file);
    const sample = await loadWorkbook(SAMPLE_FILE);
    expect(settingOf(next, "Năm")).toBe(year);
    expect(settingOf(sample, "Năm")).toBe(year - 1);
    const history = (wb: ExcelJS.Workbook) => wb.getWorksheet("Lịch sử")!.actualRowCount;
    expect(history(next)).toBeGreaterThan(history(sample));
    for (const name of ["Đơn vị", "Cán bộ", "Tiêu chí", "Sáng kiến"])
      expect(next.getWorksheet(name)).toBeDefined();

    // Opened in the preview (as the user opens the file in Excel), the pane reads year + 1.
    await s.page.getByTestId("open-file-input").setInputFiles(file);
    await s.page
      .getByTestId("file-name")
      .filter({ hasText: path.basename(file) })
      .waitFor();
    await ready("check").waitFor();
    const settings = await readSheet(s.page, "Cấu hình");
    expect(settings.some((r) => r[0] === "Năm" && r[1] === year)).toBe(true);
    await action("check").click();
    await pane().getByRole("heading", { name: vi.issuesTitle }).waitFor();
  });

  it("the pane's own runs are logged in Nhật ký: Chấm điểm, Lập danh sách, Tạo phiếu", async () => {
    await open();
    // Who acts: Excel gives add-ins no user name, so `Người thực hiện` of `Cấu hình` names them.
    const settings = await readSheet(s.page, "Cấu hình");
    const free = settings.length + 1;
    await expect(
      typeCells(s.page, [
        { sheet: "Cấu hình", cell: `A${free}`, value: "Người thực hiện" },
        { sheet: "Cấu hình", cell: `B${free}`, value: "Nguyễn Thu Hà" },
      ])
    ).resolves.toBe(2);
    await action("score").click();
    await notice(/Đã ghi các trang: Kiểm tra, Kết quả chấm điểm\./);
    await expect(loggedActions(s.page)).resolves.toEqual([AUDIT_ACTIONS.run]);
    const log = await readSheet(s.page, AUDIT_LOG_SHEET);
    const column = (header: string) => findHeader(log, header).col - 1;
    const first = log[findHeader(log, "STT").row] ?? [];
    expect(first[column("Trang đã ghi")]).toBe("Kiểm tra, Kết quả chấm điểm");
    expect(first[column("Số lượng")]).toMatch(/^\d+ đơn vị, \d+ cán bộ, \d+ đề nghị$/);
    expect(first[column("Người thực hiện")]).toBe("Nguyễn Thu Hà");
    expect(first[column("Thời gian")]).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/);
    expect(first[column("Mã kiểm tra")]).toMatch(/^[0-9a-f]{16}$/);

    await action("propose").click();
    await notice(/Đã ghi các trang: Kiểm tra, Đề nghị khen thưởng\./);
    await ready("createUnitSheets").click();
    await notice(/Đã tạo: /);
    await expect(loggedActions(s.page)).resolves.toEqual([
      AUDIT_ACTIONS.run,
      AUDIT_ACTIONS.run,
      AUDIT_ACTIONS.createUnitSheets,
    ]);

    // The log is intact for the check (no "edited" or "deleted rows" warning).
    await action("check").click();
    await s.actionNotice(/Sổ còn \d+ lỗi cần sửa/);
    const logGroup = pane()
      .locator("button[aria-expanded]")
      .filter({ hasText: new RegExp(`^${AUDIT_LOG_SHEET}(\\s|\\d|$)`) });
    await expect(logGroup.count()).resolves.toBe(0);
    await s.page.locator(`[data-sheet-tab="${AUDIT_LOG_SHEET}"]`).click();
    await grid().getByText(AUDIT_ACTIONS.createUnitSheets, { exact: true }).waitFor();
    await saveScreenshot(s.page, "year-5-log");
  });
});
