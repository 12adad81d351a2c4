/**
 * Issue 10 item 5 (safe writes), in Vietnamese and English at 320 and 450 px, each step saved
 * (`screenshots/sw-<language>-<width>-<step>.png`) and scanned with axe, with no developer words:
 * - the ranking is made, the workbook downloaded, a note typed into the ranking (as in Excel:
 *   the file is patched outside the browser, keeping the program's record of what it wrote) and
 *   opened again: scoring again asks first and says Excel cannot undo an add-in's writes;
 *   "don't write" keeps the note, "replace" replaces the sheet;
 * - the same workbook with `Nhật ký` protected: the run is refused and the pane names that sheet
 *   and says how to unprotect it, in its language;
 * - a register without its year: no list can be made and the step says why; "next year's
 *   register" says in the pane's language why the register cannot be used (issue 10 item 1).
 * The draft mark on lists ("BẢN NHÁP — sổ còn N lỗi") is covered by pane-year-words.e2e.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { paneSession } from "./support/pane-session";
import { saveScreenshot } from "./support/screenshots";
import { SAMPLE_FILE } from "./support/workbooks";
import { developerWordsIn } from "../support/developer-words";
import { BROWSER_TIMEOUT } from "../support/timeouts";
import { xlsxPackageCodec } from "../../src/adapters/memory/xlsx-package-codec";
import { OpcPackage } from "../../src/adapters/xlsx/opc-package";
import { readWorkbookStructure } from "../../src/adapters/xlsx/workbook-structure";
import { AUDIT_LOG_SHEET } from "../../src/domain/integrity/audit-log";
import { stepReasonText } from "../../src/domain/messages/step-reason-text";
import { unusableReason } from "../../src/domain/messages/unusable-reasons";
import { SCORE_SHEET_NAME } from "../../src/domain/output/program-sheets";
import { PREVIEW_STRINGS } from "../../src/preview/preview-strings";
import { STRINGS, type Language } from "../../src/taskpane/i18n";

// Every test here drives Chromium (Jest applies only its global timeout; see tests/support/timeouts.ts).
jest.setTimeout(BROWSER_TIMEOUT);

const s = paneSession({ viewport: { width: 1200, height: 1400 } });
const { pane } = s;

const NOTE = "ghi chú của Văn phòng";

function saved(bytes: Uint8Array, name: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "tdkt-e2e-")), name);
  writeFileSync(file, bytes);
  return file;
}

/** The workbook with cells typed in, as Excel would save it (every other part kept). */
async function typedInto(
  bytes: Uint8Array,
  sheet: string,
  cells: readonly { row: number; col: number; value: string | number | null }[]
): Promise<Uint8Array> {
  return xlsxPackageCodec.patchCells!(
    bytes,
    cells.map((c) => ({ sheet, ...c }))
  );
}

/** The workbook with `sheet` protected (Review › Protect Sheet, no password). */
function protectedSheet(bytes: Uint8Array, sheet: string): Uint8Array {
  const pkg = OpcPackage.open(bytes);
  const entry = readWorkbookStructure(pkg).sheets.find((e) => e.name === sheet);
  if (entry === undefined) throw new Error(`No sheet ${sheet}`);
  const xml = pkg.getText(entry.path) ?? "";
  pkg.set(
    entry.path,
    xml.replace(
      "</sheetData>",
      '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>'
    )
  );
  return pkg.toBytes();
}

/** The sample register with one setting of `Cấu hình` (e.g. `Năm`, `Cơ quan`) left blank. */
async function sampleWithout(label: string, fileName: string): Promise<string> {
  const bytes = new Uint8Array(readFileSync(SAMPLE_FILE));
  const settings = (await xlsxPackageCodec.read(bytes)).grids.get("Cấu hình") ?? [];
  const row = settings.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`The sample has no ${label} row`);
  return saved(await typedInto(bytes, "Cấu hình", [{ row, col: 1, value: null }]), fileName);
}

describe.each<Language>(["vi", "en"])("safe writes in the pane in %s", (language) => {
  const t = STRINGS[language];
  const preview = PREVIEW_STRINGS[language];

  async function openFile(file: string): Promise<void> {
    await s.page.getByTestId("open-file-input").setInputFiles(file);
    await s.page.getByTestId("file-name").getByText(path.basename(file)).waitFor();
    await s.ready("check").waitFor();
  }

  async function shot(width: number, step: string): Promise<void> {
    await saveScreenshot(s.page, `sw-${language}-${width}-${step}`);
    await s.scan();
    expect(developerWordsIn(await pane().innerText())).toEqual([]);
  }

  async function gridShows(text: string): Promise<boolean> {
    await s.page.locator(`[data-sheet-tab="${SCORE_SHEET_NAME}"]`).click();
    await s.tabActive(SCORE_SHEET_NAME);
    return (await s.grid().getByText(text, { exact: true }).count()) > 0;
  }

  it.each([320, 450])(
    "at %i px: asks before replacing a sheet changed by hand; names a protected sheet",
    async (width) => {
      await s.open(`?lang=${language}&pane=${width}`, "score");
      await s.ready("score").click();
      await s.page.locator(`[data-sheet-tab="${SCORE_SHEET_NAME}"]`).waitFor();
      await s.ready("score").waitFor();
      const downloaded = new Uint8Array(
        readFileSync(
          await s.download(() =>
            s.page.getByRole("button", { name: preview.download, exact: true }).click()
          )
        )
      );
      const ranking = (await xlsxPackageCodec.read(downloaded)).grids.get(SCORE_SHEET_NAME) ?? [];
      // A note in the first blank cell right of the ranking's first unit row.
      const row = ranking.findIndex((r) => r[0] === 1);
      const col = ranking[row]?.length ?? 0;
      expect(row).toBeGreaterThan(0);
      const edited = saved(
        await typedInto(downloaded, SCORE_SHEET_NAME, [{ row, col, value: NOTE }]),
        "so-da-ghi-chu.xlsx"
      );
      const locked = saved(protectedSheet(downloaded, AUDIT_LOG_SHEET), "so-khoa-nhat-ky.xlsx");

      // Changed by hand: scoring again asks, and says Excel cannot undo it.
      await openFile(edited);
      await s.ready("score").click();
      const dialog = s.page.getByRole("alertdialog");
      await dialog.getByText(t.confirmTitle).waitFor();
      expect((await dialog.innerText()).replace(/\s+/g, " ")).toContain(
        t.confirmText(`“${SCORE_SHEET_NAME}”`)
      );
      await saveScreenshot(s.page, `sw-${language}-${width}-1-asks`);
      await s.scan();

      // "Don't write": nothing written, the note kept.
      await dialog.getByRole("button", { name: t.confirmKeep }).click();
      await pane().getByText(t.keptTitle).waitFor();
      expect(await gridShows(NOTE)).toBe(true);
      await shot(width, "2-kept");

      // Asked again, "Replace": the sheet is the program's again.
      await s.ready("score").click();
      await dialog.getByRole("button", { name: t.confirmReplace }).click();
      await dialog.waitFor({ state: "detached" });
      await s.ready("score").waitFor();
      await pane()
        .getByText(t.writtenSheets(`Kiểm tra, ${SCORE_SHEET_NAME}`))
        .waitFor();
      expect(await gridShows(NOTE)).toBe(false);
      await shot(width, "3-replaced");

      // `Nhật ký` protected: Excel refuses the run's log row; the pane names the sheet.
      await openFile(locked);
      await s.ready("score").click();
      const alert = pane().getByRole("alert");
      await alert.getByText(t.errorProtectedSheets(`“${AUDIT_LOG_SHEET}”`)).waitFor();
      await shot(width, "4-protected");
    }
  );

  it.each([320, 450])(
    "at %i px: no list without the year or the agency, and why the register cannot go to next year",
    async (width) => {
      await s.open(`?lang=${language}&pane=${width}`);
      await openFile(await sampleWithout("Năm", "so-chua-co-nam.xlsx"));
      const noYear = stepReasonText({ code: "no-year", params: {} }, language);
      const list = s.action("propose");
      await list.and(s.page.locator("[aria-disabled=true]")).waitFor();
      await list.locator("xpath=ancestor::li[1]").getByText(noYear).waitFor();
      await list.scrollIntoViewIfNeeded();
      await shot(width, "5-no-year");

      await s.ready("nextYear").click();
      await pane()
        .getByText(t.unusable(unusableReason("no-year", {})))
        .waitFor();
      await s.action("nextYear").scrollIntoViewIfNeeded();
      await shot(width, "6-next-year-refused");

      // The agency's name missing: no list either, and the step says so.
      await openFile(await sampleWithout("Cơ quan", "so-chua-co-co-quan.xlsx"));
      const noAgency = stepReasonText({ code: "no-agency", params: {} }, language);
      await list.and(s.page.locator("[aria-disabled=true]")).waitFor();
      await list.locator("xpath=ancestor::li[1]").getByText(noAgency).waitFor();
      await list.scrollIntoViewIfNeeded();
      await shot(width, "7-no-agency");
    }
  );
});
