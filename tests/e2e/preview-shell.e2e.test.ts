/**
 * The preview page around the task pane, in real Chromium: the grid of the in-memory workbook,
 * opening and downloading .xlsx files, language, keyboard access and an axe scan.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describeFindings, isBlocking, runAxe } from "./support/axe";
import { tabTour } from "./support/keyboard";
import { SessionKeeper, type PreviewSession } from "./support/preview-session";
import {
  BROWSER_TIMEOUT,
  SESSION_SETUP_TIMEOUT,
  SESSION_TEARDOWN_TIMEOUT,
} from "../support/timeouts";
import { saveScreenshot } from "./support/screenshots";
import { notAWorkbook, writeWorkbook } from "./support/workbooks";

let s: PreviewSession;
const session = new SessionKeeper();

// Every test here drives Chromium (Jest applies only its global timeout; see tests/support/timeouts.ts).
jest.setTimeout(BROWSER_TIMEOUT);

beforeAll(async () => {
  s = await session.start();
}, SESSION_SETUP_TIMEOUT);

afterAll(async () => {
  await session.close(); // also when the setup failed or is still under way
}, SESSION_TEARDOWN_TIMEOUT);

beforeEach(async () => {
  await s.reload();
});

afterEach(() => {
  expect(s.externalRequests).toEqual([]);
  expect(s.pageErrors).toEqual([]);
});

const nameBox = () => s.page.getByTestId("name-box");
const grid = () => s.page.getByTestId("grid-scroller");
const cell = (a1: string) => grid().locator(`td[data-cell="${a1}"]`);
const tab = (sheet: string) => s.page.locator(`[data-sheet-tab="${sheet}"]`);
const tabNames = () =>
  s.page
    .locator("[data-sheet-tab]")
    .evaluateAll((tabs) => tabs.map((t) => t.getAttribute("data-sheet-tab")));

async function sampleSheetNames(): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync("dist/preview/sample-register.xlsx").buffer);
  return wb.worksheets.map((w) => w.name);
}

describe("preview page", () => {
  it("shows the bundled sample: one tab per sheet, the first active, A1 headers", async () => {
    const names = await sampleSheetNames();
    await expect(tabNames()).resolves.toEqual(names);
    await expect(tab(names[0]!).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(grid().locator("thead th").first().textContent()).resolves.toBe("A");
    await expect(s.page.getByTestId("file-name").textContent()).resolves.toContain(
      "sample-register.xlsx"
    );
    await saveScreenshot(s.page, "01-preview-sample");
  });

  it("loads no office.js and imitates no Office API: only the preview's own scripts", async () => {
    const scripts = await s.page
      .locator("script[src]")
      .evaluateAll((els) => els.map((e) => new URL((e as HTMLScriptElement).src).pathname));
    // The boot script (starts the workers and the sample's download), then the preview's own.
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toMatch(/^\/preview-boot\.[0-9a-f]{8}\.js$/);
    expect(scripts[1]).toMatch(/^\/preview\.[0-9a-f]{8}\.js$/);
    await expect(
      s.page.evaluate(() => ["Office", "Excel", "OfficeExtension"].filter((g) => g in window))
    ).resolves.toEqual([]);
  });

  it("selects a clicked cell, moves with the arrow keys and keeps the selection in view", async () => {
    const sheet = "Dài";
    const file = await writeWorkbook("dai.xlsx", (wb) => {
      const ws = wb.addWorksheet(sheet);
      for (let r = 1; r <= 300; r++) ws.addRow([`A${r}`, r, `C${r}`]);
    });
    await s.page.getByTestId("open-file-input").setInputFiles(file);
    await tab(sheet).waitFor();
    await cell("B2").click();
    // The grid takes changes as a transition: wait for what is drawn, do not read it at once.
    await nameBox()
      .filter({ hasText: `${sheet}!B2` })
      .waitFor();
    await s.page.keyboard.press("ArrowRight");
    await s.page.keyboard.press("ArrowDown");
    await cell("C3").and(s.page.locator('[aria-current="true"]')).waitFor();
    await expect(cell("B2").getAttribute("aria-current")).resolves.toBeNull();
    for (let i = 0; i < 5; i++) await s.page.keyboard.press("PageDown");
    const selected = grid().locator('td[aria-current="true"]');
    await selected.and(s.page.locator('[data-cell="C103"]')).waitFor();
    const [cellBox, gridBox] = await Promise.all([selected.boundingBox(), grid().boundingBox()]);
    expect(cellBox!.y).toBeGreaterThanOrEqual(gridBox!.y);
    expect(cellBox!.y + cellBox!.height).toBeLessThanOrEqual(gridBox!.y + gridBox!.height);
  });

  it("opens another .xlsx from disk and downloads the workbook as a real .xlsx", async () => {
    const file = await writeWorkbook("so-khac.xlsx", (wb) => {
      wb.addWorksheet("Trang một").addRow(["Xin chào", 42]);
      wb.addWorksheet("Trang hai").getCell("D7").value = "ô D7";
    });
    await s.page.getByTestId("open-file-input").setInputFiles(file);
    await tab("Trang hai").waitFor(); // the grid takes a new workbook as a transition
    await expect(tabNames()).resolves.toEqual(["Trang một", "Trang hai"]);
    await s.page.getByTestId("file-name").filter({ hasText: "so-khac.xlsx" }).waitFor();
    await expect(cell("A1").textContent()).resolves.toBe("Xin chào");
    await expect(cell("B1").textContent()).resolves.toBe("42");

    const [download] = await Promise.all([
      s.page.waitForEvent("download"),
      s.page.getByRole("button", { name: "Tải xuống" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("so-khac.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()).buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Trang một", "Trang hai"]);
    expect(wb.getWorksheet("Trang hai")!.getCell("D7").value).toBe("ô D7");
  });

  it("says in Vietnamese why a file cannot be opened, and keeps the open workbook", async () => {
    const before = await tabNames();
    await s.page.getByTestId("open-file-input").setInputFiles(notAWorkbook());
    const failure = s.page.getByTestId("preview-failure");
    await failure.waitFor();
    await expect(failure.textContent()).resolves.toMatch(
      /Không mở được tệp ghi-chu\.xlsx: .*không phải sổ Excel/
    );
    await expect(tabNames()).resolves.toEqual(before);
    await saveScreenshot(s.page, "02-preview-open-failed");
  });

  it("switches its own texts and the page language to English", async () => {
    await s.page.getByLabel("Ngôn ngữ Office").selectOption("en");
    await s.page.getByRole("button", { name: "Open .xlsx…" }).waitFor();
    await expect(s.page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
    await expect(
      s.page.getByRole("button", { name: "Download", exact: true }).isVisible()
    ).resolves.toBe(true);
  });

  it("reaches every preview control by keyboard, each with a visible focus", async () => {
    const stops = (await tabTour(s.page)).filter((t) => !t.inPane);
    const labels = stops.map((t) => t.label);
    for (const expected of [
      "Mở tệp .xlsx…",
      "Tải xuống",
      "Nạp sổ mẫu",
      "Ngôn ngữ Office",
      "Độ rộng ngăn",
    ]) {
      expect(labels).toContain(expected);
    }
    expect(stops.some((t) => t.role === "region" && t.label.startsWith("Trang tính"))).toBe(true);
    expect(stops.some((t) => t.role === "tab")).toBe(true);
    expect(stops.filter((t) => !t.visibleFocus)).toEqual([]);
  });

  it("switches sheets with the keyboard: arrow keys along the tabs, Enter to open one", async () => {
    const names = await tabNames();
    await tab(names[0]!).focus();
    await s.page.keyboard.press("ArrowRight");
    await s.page.keyboard.press("Enter");
    await tab(names[1]!).and(s.page.locator('[aria-selected="true"]')).waitFor();
    await expect(grid().locator("table").getAttribute("data-sheet")).resolves.toBe(names[1]);
  });

  it("passes an axe scan: no violation at all in the preview, none serious in the pane", async () => {
    await cell("A5").click();
    // The pane at rest: its first check done, the buttons enabled.
    await s.page
      .locator('[data-testid="pane"] button[data-action="check"]:not([aria-disabled=true])')
      .waitFor();
    const findings = await runAxe(s.page);
    expect(describeFindings(findings.filter((f) => !f.inPane))).toBe("");
    expect(describeFindings(findings.filter(isBlocking))).toBe("");
  });
});
