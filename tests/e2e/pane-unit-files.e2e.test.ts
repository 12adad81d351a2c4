/**
 * Units' files and the council's lock in the pane (issue 12) on the bundled sample, in real
 * Chromium through the preview, as a user does them: "Xuất phiếu đơn vị" (one .zip download of
 * one real .xlsx per unit), "Gộp phiếu đơn vị" (a unit's file filled by another program — exceljs
 * here — picked in the pane: its values land in the register and the `Gộp phiếu` report appears;
 * files of another year or of a unit the register lacks are refused in Vietnamese), "Khóa kết
 * quả" then a score typed → Kiểm tra names that cell as an error, "Mở khóa"; each writing action
 * adds its `Nhật ký` row.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { splitUnitFiles } from "../../src/app/unit-files";
import { AUDIT_ACTIONS, AUDIT_LOG_SHEET } from "../../src/domain/integrity/audit-log";
import { MERGE_REPORT_SHEET } from "../../src/domain/unit-files/merge-report-sheet";
import { STAMP_SHEET } from "../../src/domain/unit-files/unit-file-stamp";
import { en } from "../../src/taskpane/strings.en";
import { vi } from "../../src/taskpane/strings.vi";
import { gridCellShows, loggedActions, typeCells } from "./support/pane-port";
import { paneSession } from "./support/pane-session";
import { saveScreenshot } from "./support/screenshots";
import { SAMPLE_FILE } from "./support/workbooks";
import { BROWSER_TIMEOUT } from "../support/timeouts";

// Every test here drives Chromium (Jest applies only its global timeout; see tests/support/timeouts.ts).
jest.setTimeout(BROWSER_TIMEOUT);

const s = paneSession({ viewport: { width: 1400, height: 1400 } });
const { pane, grid, action, ready, tabActive, tabNames, notice, scan } = s;

beforeEach(async () => {
  await s.open("", "split");
});

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "tdkt-e2e-"));
}

/** Every unit's file from the pane's .zip download, unzipped by the system's unzip. */
async function splitInPane(): Promise<{ zip: string; dir: string; files: string[] }> {
  const zip = await s.download(() => action("split").click());
  const dir = tempDir();
  execFileSync("unzip", ["-q", zip, "-d", dir]);
  return { zip, dir, files: readdirSync(dir).sort() };
}

/** The XML of a worksheet of an .xlsx, by its tab name, read with the system's unzip. */
function sheetXml(file: string, name: string): string {
  const part = (p: string) => execFileSync("unzip", ["-p", file, p], { encoding: "utf8" });
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(
    part("xl/workbook.xml")
  );
  const id = sheet?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(
    part("xl/_rels/workbook.xml.rels")
  )?.[1];
  if (id === undefined || target === undefined) throw new Error(`no sheet ${name} in ${file}`);
  return part(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
}

/** Whether an A1 range ("D7:D20", "D7") covers a cell of column `col` (one letter) and `row`. */
function covers(range: string, col: string, row: number): boolean {
  const [from, to = from] = range.split(":");
  const a = /^([A-Z]+)(\d+)$/.exec(from!);
  const b = /^([A-Z]+)(\d+)$/.exec(to!);
  if (!a || !b) return false;
  return a[1]! <= col && col <= b[1]! && Number(a[2]) <= row && row <= Number(b[2]);
}

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file).buffer);
  return wb;
}

/** Saves a unit's file after `fill` changed it, as the unit's own spreadsheet program would. */
async function filled(
  source: string,
  name: string,
  fill: (wb: ExcelJS.Workbook) => void
): Promise<string> {
  const wb = await loadWorkbook(source);
  fill(wb);
  const file = path.join(tempDir(), name);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

/** Rewrites the hidden stamp of a unit's file (register, year, unit it was made for). */
function restamp(wb: ExcelJS.Workbook, change: (stamp: Record<string, unknown>) => void): void {
  const sheet = wb.getWorksheet(STAMP_SHEET)!;
  const chunks: string[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const chunk = sheet.getCell(r, 1).value;
    chunks.push(typeof chunk === "string" ? chunk : "");
  }
  const stamp = JSON.parse(chunks.join("")) as Record<string, unknown>;
  change(stamp);
  const json = JSON.stringify(stamp);
  for (let r = 2; r <= sheet.rowCount; r++) sheet.getCell(r, 1).value = null;
  for (let i = 0, r = 2; i < json.length; i += 30_000, r++)
    sheet.getCell(r, 1).value = json.slice(i, i + 30_000);
}

describe("units' files in the pane", () => {
  it("Xuất phiếu đơn vị downloads one real .xlsx per unit with its sheets, protected and stamped", async () => {
    const expected = await splitUnitFiles(XlsxFileAdapter.fromBytes(readFileSync(SAMPLE_FILE)));
    if (expected.kind === "unusable") throw new Error(JSON.stringify(expected.reason));
    const tabsBefore = await tabNames();
    const { zip, files } = await splitInPane();
    expect(path.basename(zip)).toBe("phieu-don-vi-2024.zip");
    await notice(vi.splitDone("phieu-don-vi-2024.zip", expected.files.length));
    expect(files).toEqual(expected.files.map((f) => f.fileName).sort());
    // The register is only read.
    await expect(tabNames()).resolves.toEqual(tabsBefore);
    await expect(loggedActions(s.page)).resolves.toEqual([]);

    const dir = path.dirname(zip);
    execFileSync("unzip", ["-q", "-o", zip, "phieu-VP-2024.xlsx", "-d", dir]);
    const wb = await loadWorkbook(path.join(dir, "phieu-VP-2024.xlsx"));
    const names = wb.worksheets.map((w) => w.name);
    for (const name of ["ĐK-VP", "CĐ-VP", "Cán bộ", "Tiêu chí", "Hướng dẫn", STAMP_SHEET])
      expect(names).toContain(name);
    expect(names.some((n) => /-(KHTC|QLKH)$/.test(n))).toBe(false);
    expect(wb.getWorksheet(STAMP_SHEET)?.state).toBe("veryHidden");
    expect(wb.getWorksheet("CĐ-VP")?.getCell("D7").value).toBe(19.5);
    // The score sheet is protected but for its input ranges, which hold the self score (D7).
    const score = sheetXml(path.join(dir, "phieu-VP-2024.xlsx"), "CĐ-VP");
    expect(score).toMatch(/<sheetProtection sheet="1"/);
    const ranges = [...score.matchAll(/<protectedRange [^>]*sqref="([^"]+)"/g)].map((m) => m[1]!);
    expect(ranges.some((r) => r.split(" ").some((a) => covers(a, "D", 7)))).toBe(true);
    expect(ranges.some((r) => r.split(" ").some((a) => covers(a, "B", 7)))).toBe(false);
    await saveScreenshot(s.page, "units-1-split");
    await scan();
  });

  it("in English: Export unit files says what it made in English", async () => {
    await s.reload("?lang=en");
    await ready("split").waitFor();
    const { zip, files } = await splitInPane();
    await notice(en.splitDone(path.basename(zip), files.length));
    await pane().getByRole("button", { name: en.mergePick }).waitFor();
    await saveScreenshot(s.page, "units-1-split-en");
    await scan();
  });

  it("Gộp phiếu đơn vị writes a unit's typed values into the register and shows the report", async () => {
    const { dir } = await splitInPane();
    const file = await filled(path.join(dir, "phieu-VP-2024.xlsx"), "phieu-VP-2024.xlsx", (wb) => {
      wb.getWorksheet("CĐ-VP")!.getCell("D7").value = 18;
    });
    // The pane's own button opens the browser's file chooser (its input speaks the browser's language).
    const [chooser] = await Promise.all([
      s.page.waitForEvent("filechooser"),
      pane().getByRole("button", { name: vi.mergePick }).click(),
    ]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(file);
    await pane().getByText("phieu-VP-2024.xlsx", { exact: true }).waitFor();
    await ready("merge").click();
    await notice(/Đã gộp 1\/1 tệp, 1 ô\. 0 lỗi/);
    await tabActive(MERGE_REPORT_SHEET);
    await saveScreenshot(s.page, "units-2-merged");
    await scan();
    await s.page.locator('[data-sheet-tab="CĐ-VP"]').click();
    await gridCellShows(s.page, "D7", "18");
    await expect(loggedActions(s.page)).resolves.toEqual([AUDIT_ACTIONS.merge]);
  });

  it("refuses files of another year and of a unit the register lacks, saying why in Vietnamese", async () => {
    const { dir } = await splitInPane();
    const source = path.join(dir, "phieu-VP-2024.xlsx");
    const lastYear = await filled(source, "phieu-VP-2023.xlsx", (wb) => {
      wb.getWorksheet("CĐ-VP")!.getCell("D7").value = 17;
      restamp(wb, (stamp) => {
        stamp.year = 2023;
      });
    });
    const stranger = await filled(source, "phieu-KHAC-2024.xlsx", (wb) => {
      restamp(wb, (stamp) => {
        stamp.unit = "KHAC";
      });
    });
    await s.page.getByTestId("merge-files").setInputFiles([lastYear, stranger]);
    await ready("merge").click();
    await notice(/Đã gộp 0\/2 tệp, 0 ô\. 2 lỗi/);
    // The report was written: the notice says to review it, not that nothing could be done.
    await notice(vi.mergeReviewTitle);
    await expect(pane().getByText(vi.failureTitle).count()).resolves.toBe(0);
    await tabActive(MERGE_REPORT_SHEET);
    await grid()
      .getByText(/là phiếu năm 2023, còn sổ này là năm 2024; không gộp\./)
      .first()
      .waitFor();
    await grid()
      .getByText(/là phiếu của đơn vị "KHAC", nhưng sổ không có đơn vị này/)
      .first()
      .waitFor();
    await saveScreenshot(s.page, "units-3-refused");
    await s.page.locator('[data-sheet-tab="CĐ-VP"]').click();
    await gridCellShows(s.page, "D7", "19,5"); // unchanged, shown the Vietnamese way
  });
});

describe("the council's lock in the pane", () => {
  it("Khóa kết quả, then a changed score is an error at its cell; Mở khóa is logged", async () => {
    await expect(pane().getByTestId("lock-state").textContent()).resolves.toBe(vi.lockStateOpen);
    await ready("lock").click();
    await notice(/Đã khóa \d+ giá trị\. Dấu xác thực \(SHA-256\): [0-9a-f]{64}\. Đã ghi Nhật ký\./);
    await pane()
      .getByTestId("lock-state")
      .getByText(/^Đã khóa lúc /)
      .waitFor();
    await saveScreenshot(s.page, "lock-1-locked");
    await scan();

    // Someone changes a council score after the meeting.
    await expect(typeCells(s.page, [{ sheet: "CĐ-VP", cell: "E7", value: 20 }])).resolves.toBe(1);
    await action("check").click();
    await pane().getByRole("heading", { name: vi.issuesTitle }).waitFor();
    const header = pane()
      .locator("button[aria-expanded]")
      .filter({ hasText: /^CĐ-VP(\s|\d|$)/ });
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    const issue = pane().locator('button[title="Đến ô E7 trang CĐ-VP"]');
    await expect(issue.count()).resolves.toBeGreaterThan(0);
    await expect(issue.first().textContent()).resolves.toMatch(
      /Lỗi.*sửa sau khi khóa kết quả \(.*\): trước "19,5", nay "20"/
    );
    await saveScreenshot(s.page, "lock-2-changed");

    await ready("unlock").click();
    await notice(vi.unlocked);
    await expect(pane().getByTestId("lock-state").textContent()).resolves.toBe(vi.lockStateOpen);
    await expect(loggedActions(s.page)).resolves.toEqual([
      AUDIT_ACTIONS.lock,
      AUDIT_ACTIONS.unlock,
    ]);
    await s.page.locator(`[data-sheet-tab="${AUDIT_LOG_SHEET}"]`).click();
    await grid().getByText(AUDIT_ACTIONS.unlock, { exact: true }).waitFor();
    await saveScreenshot(s.page, "lock-3-log");
  });
});
