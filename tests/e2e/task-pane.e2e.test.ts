/**
 * The real task pane in real Chromium, on the in-memory workbook: check the sample and see the
 * engine's issues, go to an issue's cell, mark cells, open a register with planted errors, run
 * the whole pipeline and read the proposal list, switch language — by mouse and by keyboard, at
 * 320 and 450 px, with an axe scan of every main screen and a screenshot of each.
 *
 * Expectations come from running the same engine in Node on the same file (what the CLI reports)
 * and from the mistakes the test plants itself; the browser must show exactly those.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Locator } from "playwright-core";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { runRegister } from "../../src/app/run-register";
import { AUDIT_LOG_SHEET } from "../../src/domain/integrity/audit-log";
import type { Issue } from "../../src/domain/issue";
import { awardByKey } from "../../src/domain/rulebook/award-catalogue";
import { vi } from "../../src/taskpane/strings.vi";
import { describeFindings, type AxeFinding } from "./support/axe";
import { tabTour } from "./support/keyboard";
import { paneOverflow } from "./support/layout";
import { readSheet } from "./support/pane-port";
import { paneSession } from "./support/pane-session";
import { BROWSER_TIMEOUT } from "../support/timeouts";
import { saveScreenshot } from "./support/screenshots";
import { SAMPLE_FILE, registerWithPlantedErrors, writeWorkbook } from "./support/workbooks";

// Every test here drives Chromium (Jest applies only its global timeout; see tests/support/timeouts.ts).
jest.setTimeout(BROWSER_TIMEOUT);
/** Every axe finding inside the task pane, whatever its impact, for the report. */
const paneFindings: { screen: string; finding: AxeFinding }[] = [];

const s = paneSession();
const { pane, grid, tabNames, action: actionButton } = s;

async function engineOn(file: string) {
  const port = XlsxFileAdapter.fromBytes(readFileSync(file));
  const run = await runRegister(port, "all");
  if (run.outcome.kind !== "analysed") throw new Error(JSON.stringify(run.outcome.reason));
  return run.outcome.analysis;
}

afterAll(() => {
  if (paneFindings.length > 0) {
    // Findings inside the pane belong to the pane's owners: list them for the report.
    console.log(
      paneFindings.map((f) => `${f.screen}: ${describeFindings([f.finding])}`).join("\n")
    );
  }
});

beforeEach(async () => {
  await s.open();
  await pane().getByText("Tổng quan sổ").waitFor();
});

const cell = (a1: string) => grid().locator(`td[data-cell="${a1}"]`);
const activeTab = () =>
  s.page.locator('[data-sheet-tab][aria-selected="true"]').getAttribute("data-sheet-tab");
const issueButton = (sheet: string, a1: string) =>
  pane().locator(`button[title="Đến ô ${a1} trang ${sheet}"]`);

/** Opens an issue group of the accordion (the first is open already). */
async function openGroup(sheet: string): Promise<void> {
  const escaped = sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const header = pane()
    .locator("button[aria-expanded]")
    .filter({ hasText: new RegExp(`^${escaped}(\\s|\\d|$)`) });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

async function waitForNotice(text: string | RegExp): Promise<Locator> {
  const notice = pane().getByText(text);
  await notice.first().waitFor();
  return notice.first();
}

/** Waits for the check's own notice (the steps say "Sổ còn N lỗi." before any check). */
async function checkFinished(): Promise<void> {
  await s.actionNotice(/Sổ còn \d+ lỗi cần sửa/);
}

async function scan(screen: string): Promise<void> {
  const findings = await s.scan();
  for (const finding of findings.filter((f) => f.inPane)) paneFindings.push({ screen, finding });
}

function counts(issues: readonly Issue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === "error").length;
  return { errors, warnings: issues.length - errors };
}

describe("task pane on the sample register", () => {
  it("Kiểm tra lists exactly the engine's issues, grouped by sheet", async () => {
    const expected = (await engineOn(SAMPLE_FILE)).issues;
    const { errors, warnings } = counts(expected);
    await actionButton("check").click();
    await waitForNotice(vi.checkDone(errors, warnings));
    const withCells = expected.filter((i) => i.sheet !== null && i.cell !== null);
    expect(withCells.length).toBeGreaterThan(0);
    for (const issue of withCells) {
      await openGroup(issue.sheet!);
      await expect(issueButton(issue.sheet!, issue.cell!).count()).resolves.toBeGreaterThan(0);
    }
    await expect(pane().locator("button[title^='Đến ô']").count()).resolves.toBe(withCells.length);
    await saveScreenshot(s.page, "03-check-sample");
    await scan("check");
  });

  it("choosing an issue selects its cell in the grid and scrolls it into view", async () => {
    const expected = (await engineOn(SAMPLE_FILE)).issues;
    const target = expected.find((i) => i.severity === "error" && i.cell !== null)!;
    await actionButton("check").click();
    await checkFinished();
    await openGroup(target.sheet!);
    await issueButton(target.sheet!, target.cell!).first().click();
    await cell(target.cell!).and(s.page.locator('[aria-current="true"]')).waitFor();
    await expect(activeTab()).resolves.toBe(target.sheet);
    await expect(s.page.getByTestId("name-box").textContent()).resolves.toContain(
      `${target.sheet!}!${target.cell!}`
    );
    const [box, view] = await Promise.all([cell(target.cell!).boundingBox(), grid().boundingBox()]);
    expect(box!.y).toBeGreaterThanOrEqual(view!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(view!.y + view!.height);
    await saveScreenshot(s.page, "04-issue-selected");
  });

  it("marks the cells at fault in the grid and removes the marks again", async () => {
    const expected = (await engineOn(SAMPLE_FILE)).issues;
    const target = expected.find((i) => i.severity === "error" && i.cell !== null)!;
    await actionButton("check").click();
    await checkFinished();
    await pane().getByRole("button", { name: "Đánh dấu ô có vấn đề" }).click();
    await waitForNotice(/Đã đánh dấu \d+ ô\./);
    await s.page.locator(`[data-sheet-tab="${target.sheet!}"]`).click();
    // The grid takes the new sheet as a transition: wait for the tab, then for the marked cell
    // (the previous sheet's cell of the same address may still be drawn for a moment).
    await s.page.locator(`[data-sheet-tab="${target.sheet!}"][aria-selected="true"]`).waitFor();
    await cell(target.cell!).and(grid().locator('[data-mark="error"]')).waitFor();
    await expect(cell(target.cell!).getAttribute("data-mark")).resolves.toBe("error");
    await pane().getByRole("button", { name: "Xóa đánh dấu" }).click();
    await waitForNotice("Đã xóa mọi đánh dấu; các ô giữ nguyên định dạng vốn có.");
    await expect(grid().locator("td[data-mark]").count()).resolves.toBe(0);
  });

  it("runs the whole pipeline: output sheets as new tabs, the proposal list names a known person", async () => {
    const analysis = await engineOn(SAMPLE_FILE);
    const proposal = analysis.proposals.find(
      (p) => p.award === "CSTDCS" && p.status === "proposed" && p.subjectKind === "individual"
    )!;
    const person = analysis.register.staff.find((p) => p.code === proposal.subject)!;
    const tabsBefore = await s.page.locator("[data-sheet-tab]").count();

    await actionButton("score").click();
    await waitForNotice(/Đã ghi các trang: Kiểm tra, Kết quả chấm điểm\./);
    await expect(activeTab()).resolves.toBe("Kết quả chấm điểm");
    await saveScreenshot(s.page, "05-scores");
    await actionButton("propose").click();
    await waitForNotice(/Đã ghi các trang: Kiểm tra, Đề nghị khen thưởng\./);
    await expect(activeTab()).resolves.toBe("Đề nghị khen thưởng");
    const names = await s.page
      .locator("[data-sheet-tab]")
      .evaluateAll((tabs) => tabs.map((t) => t.getAttribute("data-sheet-tab")));
    // The first writing action also starts the log (issue 12: one Nhật ký row per action).
    expect(names.slice(tabsBefore)).toEqual([
      "Kiểm tra",
      "Kết quả chấm điểm",
      AUDIT_LOG_SHEET,
      "Đề nghị khen thưởng",
    ]);

    // The list has one numbered section per title/award ("II. DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ
    // SỞ”: 05 cá nhân") followed by its rows (STT 1, 2, …): the person is in the CSTĐCS one.
    // Read from the pane's workbook: the grid draws only the rows in view.
    const shown = (v: unknown): string =>
      typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
    const rows = (await readSheet(s.page, "Đề nghị khen thưởng")).map((r) => ({
      a: shown(r[0]),
      text: r.map(shown).join(" | "),
    }));
    const awardName = awardByKey("CSTDCS").name.toLocaleUpperCase("vi");
    const heading = rows.findIndex(
      (r) => /^[IVXLC]+\. /.test(r.a) && r.a.toLocaleUpperCase("vi").includes(`“${awardName}”`)
    );
    expect(heading).toBeGreaterThan(0);
    const section: typeof rows = [];
    for (const row of rows.slice(heading + 1)) {
      if (!/^\d+$/.test(row.a)) break;
      section.push(row);
    }
    const proposedCount = analysis.proposals.filter(
      (p) => p.award === "CSTDCS" && p.status === "proposed"
    ).length;
    expect(section).toHaveLength(proposedCount);
    const personRow = heading + 1 + section.findIndex((r) => r.text.includes(person.name));
    expect(personRow).toBeGreaterThan(heading);
    await saveScreenshot(s.page, "06-proposals");
    await scan("proposals");

    // The download carries the three output sheets after the user's own.
    const [download] = await Promise.all([
      s.page.waitForEvent("download"),
      s.page.getByRole("button", { name: "Tải xuống" }).click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()).buffer);
    expect(wb.worksheets.map((w) => w.name).slice(-4)).toEqual([
      "Kiểm tra",
      "Kết quả chấm điểm",
      AUDIT_LOG_SHEET,
      "Đề nghị khen thưởng",
    ]);
  });

  it("switches language with the pane's own switch and with Office's language", async () => {
    await pane().getByLabel("Ngôn ngữ", { exact: true }).selectOption("en");
    await actionButton("check")
      .and(s.page.getByText("Check", { exact: true }))
      .waitFor();
    await actionButton("check").click();
    await s.actionNotice(/errors? to correct/);
    // The preview around the pane follows the pane's own switch (App's onLanguageChange).
    await s.page.getByRole("button", { name: "Open .xlsx…" }).waitFor();
    await expect(s.page.getByLabel("Office language").inputValue()).resolves.toBe("en");
    await expect(s.page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
    await saveScreenshot(s.page, "07-english");
    await scan("english");
    await pane().getByLabel("Language", { exact: true }).selectOption("vi");
    await s.page.getByRole("button", { name: "Mở tệp .xlsx…" }).waitFor();
    await s.page.getByLabel("Ngôn ngữ Office").selectOption("en");
    await actionButton("check")
      .and(s.page.getByText("Check", { exact: true }))
      .waitFor();
    await s.page.getByLabel("Office language").selectOption("vi");
    await actionButton("check")
      .and(s.page.getByText("Kiểm tra", { exact: true }))
      .waitFor();
  });
});

describe("task pane on a register with planted errors", () => {
  it("finds each planted mistake at its cell", async () => {
    const { file, planted } = await registerWithPlantedErrors();
    expect(planted).toHaveLength(3);
    await s.page.getByTestId("open-file-input").setInputFiles(file);
    await s.page.getByTestId("file-name").filter({ hasText: "so-co-loi.xlsx" }).waitFor();
    await pane().getByText("Tổng quan sổ").waitFor();
    await actionButton("check").and(s.page.locator(":not([aria-disabled=true])")).waitFor();
    await actionButton("check").click();
    await checkFinished();
    for (const mistake of planted) {
      await openGroup(mistake.sheet);
      const button = issueButton(mistake.sheet, mistake.cell);
      await expect(button.count()).resolves.toBeGreaterThan(0);
      await expect(button.first().textContent()).resolves.toContain("Lỗi");
    }
    const last = planted[planted.length - 1]!;
    await issueButton(last.sheet, last.cell).first().click();
    await cell(last.cell).and(s.page.locator('[aria-current="true"]')).waitFor();
    await expect(cell(last.cell).textContent()).resolves.toBe("999");
    await saveScreenshot(s.page, "08-planted-errors");
    await scan("planted");
  });
});

describe("task pane creating sheets", () => {
  it("Tạo sổ adds the register's input sheets as new tabs to a workbook that has none", async () => {
    const file = await writeWorkbook("so-moi.xlsx", (wb) => {
      wb.addWorksheet("Sheet1").getCell("A1").value = "ghi chú của tôi";
    });
    await s.page.getByTestId("open-file-input").setInputFiles(file);
    await s.page.getByTestId("file-name").filter({ hasText: "so-moi.xlsx" }).waitFor();
    await actionButton("createRegister")
      .and(s.page.locator(":not([aria-disabled=true])"))
      .waitFor();
    await actionButton("createRegister").click();
    await waitForNotice(/Đã tạo: /);
    const names = await tabNames();
    expect(names[0]).toBe("Sheet1");
    for (const sheet of [
      "Cấu hình",
      "Đơn vị",
      "Cán bộ",
      "Lịch sử",
      "Sáng kiến",
      "Tiêu chí",
      "Bình xét",
    ]) {
      expect(names).toContain(sheet);
    }
    await s.page.locator('[data-sheet-tab="Sheet1"]').click();
    await expect(cell("A1").textContent()).resolves.toBe("ghi chú của tôi");
    await s.page.locator('[data-sheet-tab="Cán bộ"]').click();
    await saveScreenshot(s.page, "10-register-created");
  });

  it("Tạo phiếu adds only the missing unit sheets and keeps the existing ones", async () => {
    const before = await tabNames();
    await actionButton("createUnitSheets").click();
    await waitForNotice(/Giữ nguyên các trang đã có: /);
    const after = await tabNames();
    const added = after.filter((n) => !before.includes(n));
    expect(added.length).toBeGreaterThan(0);
    // Unit sheets, and the log where this is the register's first writing action.
    expect(added.filter((n) => n !== AUDIT_LOG_SHEET).every((n) => /^(ĐK|CĐ)-/.test(n))).toBe(true);
    expect(after).toContain(AUDIT_LOG_SHEET);
    expect(after.slice(0, before.length)).toEqual(before);
  });
});

describe("task pane layout and keyboard", () => {
  it.each([320, 450])("nothing in the pane overflows at %i px", async (width) => {
    await s.page.getByLabel("Độ rộng ngăn").selectOption(String(width));
    await actionButton("check").click();
    await checkFinished();
    await openGroup("Đơn vị");
    const report = await paneOverflow(s.page);
    expect(report.paneWidth).toBe(width);
    expect(report.offenders).toEqual([]);
    expect(report.scrollWidth).toBeLessThanOrEqual(report.clientWidth);
    await saveScreenshot(pane(), `09-pane-${width}px`);
    await pane().evaluate((el) => {
      el.scrollTop = 0;
    });
    await s.page.getByLabel("Ngôn ngữ Office").selectOption("en");
    await actionButton("check")
      .and(s.page.getByText("Check", { exact: true }))
      .waitFor();
    const english = await paneOverflow(s.page);
    expect(english.offenders).toEqual([]);
  });

  it("the overflow check itself catches content wider than the pane", async () => {
    await s.page.getByLabel("Độ rộng ngăn").selectOption("320");
    await pane().evaluate((el) => {
      const wide = document.createElement("div");
      wide.id = "too-wide";
      wide.style.width = "400px";
      wide.textContent = "x";
      el.firstElementChild?.appendChild(wide);
    });
    const report = await paneOverflow(s.page);
    expect(report.offenders.some((o) => o.includes("#too-wide"))).toBe(true);
    expect(report.scrollWidth).toBeGreaterThan(report.clientWidth);
  });

  it("every pane control is reachable by Tab with a visible focus", async () => {
    const stops = (await tabTour(s.page)).filter((t) => t.inPane);
    const labels = stops.map((t) => t.label);
    for (const expected of [
      "Kiểm tra",
      "Chấm điểm & xếp hạng",
      "Lập danh sách đề nghị",
      "Ngôn ngữ",
    ]) {
      expect(labels).toContain(expected);
    }
    expect(stops.filter((t) => !t.visibleFocus)).toEqual([]);
  });

  it("runs Kiểm tra and goes to an issue's cell with the keyboard only", async () => {
    const expected = (await engineOn(SAMPLE_FILE)).issues;
    await actionButton("check").focus();
    await s.page.keyboard.press("Enter");
    await checkFinished();
    // Sheets with errors come first and are open; Tab onwards to the first issue and press Enter.
    const firstSheet = expected.find((i) => i.severity === "error")!.sheet;
    const first = expected.find((i) => i.sheet === firstSheet && i.cell !== null)!;
    for (let i = 0; i < 40; i++) {
      await s.page.keyboard.press("Tab");
      const title = await s.page.evaluate(() => document.activeElement?.getAttribute("title"));
      if (title?.startsWith("Đến ô")) break;
    }
    const title = await s.page.evaluate(() => document.activeElement?.getAttribute("title"));
    expect(title).toMatch(/^Đến ô /);
    await s.page.keyboard.press("Enter");
    const [, a1, sheet] = /^Đến ô (\S+) trang (.+)$/.exec(title!)!;
    await cell(a1!).and(s.page.locator('[aria-current="true"]')).waitFor();
    await expect(activeTab()).resolves.toBe(sheet);
    expect(first.sheet).toBe(sheet);
  });
});
