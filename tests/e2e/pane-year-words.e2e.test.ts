/**
 * Issue 10, items 5 and 6, in Vietnamese and English at 320 and 450 px, each screen saved
 * (`screenshots/y-<language>-<width>-<screen>.png`) and scanned with axe:
 * - loading shows one progress line and no pile of notices;
 * - the sample is a 2024 register opened later: the pane says the year is over, not that the
 *   pledge deadline is hundreds of days late;
 * - the list made from a register that still has errors carries "BẢN NHÁP — sổ còn N lỗi" in its
 *   title area (the list is an official paper: Vietnamese whatever the pane's language);
 * - no developer words anywhere in the pane.
 */
import type { Page } from "playwright-core";
import { paneSession } from "./support/pane-session";
import { saveScreenshot } from "./support/screenshots";
import { developerWordsIn } from "../support/developer-words";
import { BROWSER_TIMEOUT } from "../support/timeouts";
import { PROPOSAL_SHEET_NAME } from "../../src/domain/output/program-sheets";
import { sheetTexts } from "../../src/domain/messages/sheet-texts";
import { STRINGS, type Language } from "../../src/taskpane/i18n";

// Every test here drives Chromium (Jest applies only its global timeout; see tests/support/timeouts.ts).
jest.setTimeout(BROWSER_TIMEOUT);

const s = paneSession({ viewport: { width: 1200, height: 1600 } });
const { pane } = s;

/** The sample register's year (assets/sample-register.xlsx, `Năm` in `Cấu hình`). */
const SAMPLE_YEAR = 2024;

/**
 * Counts, on every change of the page from its first script on, the pane's progress lines and
 * notices, keeping the most seen at once (read back with `loadPeaks`).
 */
async function watchLoading(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const peaks = { seen: false, progress: 0, notices: 0 };
    (window as unknown as { __loadPeaks: typeof peaks }).__loadPeaks = peaks;
    const count = (): void => {
      const root = document.querySelector('[data-testid="pane"]');
      if (root === null) return;
      peaks.seen = true;
      peaks.progress = Math.max(
        peaks.progress,
        root.querySelectorAll('[data-testid="progress"]').length
      );
      peaks.notices = Math.max(peaks.notices, root.querySelectorAll(".fui-MessageBar").length);
    };
    new MutationObserver(count).observe(document, { childList: true, subtree: true });
  });
}

async function loadPeaks(
  page: Page
): Promise<{ seen: boolean; progress: number; notices: number }> {
  return page.evaluate(
    () =>
      (window as unknown as { __loadPeaks: { seen: boolean; progress: number; notices: number } })
        .__loadPeaks
  );
}

beforeAll(async () => {
  await watchLoading(s.page);
}, BROWSER_TIMEOUT);

describe.each<Language>(["vi", "en"])("the pane in %s", (language) => {
  const t = STRINGS[language];

  it.each([320, 450])(
    "at %i px: one progress line while loading, the year closed, a draft list, plain words",
    async (width) => {
      await s.open(`?lang=${language}&pane=${width}`, "propose");
      const peaks = await loadPeaks(s.page);
      expect(peaks.seen).toBe(true); // the watcher saw the pane being drawn
      expect(peaks.progress).toBeLessThanOrEqual(1);
      expect(peaks.notices).toBeLessThanOrEqual(1);

      // A past year's register: the year is over; no deadline counted in days.
      await pane().getByText(t.yearClosed(SAMPLE_YEAR)).waitFor();
      await saveScreenshot(pane(), `y-${language}-${width}-1-year-closed`);
      await s.scan();

      // The sample still has errors: the list it makes says so in its title area.
      await s.ready("propose").click();
      await pane()
        .getByText(t.writtenSheets(`Kiểm tra, ${PROPOSAL_SHEET_NAME}`))
        .waitFor();
      await s.page.locator(`[data-sheet-tab="${PROPOSAL_SHEET_NAME}"]`).click();
      await s.tabActive(PROPOSAL_SHEET_NAME);
      // The list is an official paper: Vietnamese, draft mark included, in either pane language.
      const mark = sheetTexts("vi").draftMark;
      const draft = s.grid().getByText(new RegExp(`^${mark({ errors: 0 }).replace("0", "\\d+")}$`));
      await draft.first().waitFor();
      const [markBox, titleBox] = await Promise.all([
        draft.first().boundingBox(),
        s
          .grid()
          .getByText(/^DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG/)
          .first()
          .boundingBox(),
      ]);
      // Right under the list's title, above its table.
      expect(markBox!.y).toBeGreaterThan(titleBox!.y);
      expect(markBox!.y - titleBox!.y).toBeLessThan(120);
      await saveScreenshot(s.page, `y-${language}-${width}-2-draft-list`);
      await s.scan();

      expect(developerWordsIn(await pane().innerText())).toEqual([]);
    }
  );
});
