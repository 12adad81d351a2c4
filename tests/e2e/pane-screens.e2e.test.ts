/**
 * Every main screen of the task pane, in Vietnamese and English, at 320 and 450 px: the overview,
 * after Kiểm tra, after Chấm điểm & xếp hạng, after Lập danh sách đề nghị, and a failure shown in
 * the error MessageBar with its details open. Each screen is saved for review
 * (`screenshots/2x-<language>-<width>-<screen>.png`), scanned with axe and checked for overflow.
 *
 * The failure is provoked the way Excel would report it: the port given to the pane is found in
 * React's tree and its writeOutputSheets made to reject with an Office error code (AccessDenied),
 * so the pane must show its own plain message, not Office's.
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { paneOverflow } from "./support/layout";
import { paneSession } from "./support/pane-session";
import { BROWSER_TIMEOUT } from "../support/timeouts";
import { SCREENSHOT_DIR } from "./support/screenshots";
import { PROPOSAL_SHEET_NAME } from "../../src/domain/output/program-sheets";
import { STRINGS, type Language } from "../../src/taskpane/i18n";

// Every test here drives Chromium (Jest applies only its global timeout; see tests/support/timeouts.ts).
jest.setTimeout(BROWSER_TIMEOUT);

// Tall enough that most of the pane is on screen, so a screenshot shows whole screens.
const s = paneSession({ viewport: { width: 1200, height: 3000 } });
const { pane, action: actionButton } = s;

async function failWrites(page: Page): Promise<void> {
  await page.getByTestId("pane").evaluate((el) => {
    const section = el.querySelector("section");
    if (!section) throw new Error("no pane section");
    const key = Object.keys(section).find((k) => k.startsWith("__reactFiber$"));
    if (key === undefined) throw new Error("no React fiber on the pane");
    type Fiber = { return: Fiber | null; memoizedProps: unknown };
    let fiber = (section as unknown as Record<string, Fiber>)[key] ?? null;
    while (fiber) {
      const props = fiber.memoizedProps as { port?: Record<string, unknown> } | null;
      if (props?.port && typeof props.port.writeOutputSheets === "function") {
        props.port.writeOutputSheets = () =>
          Promise.reject(
            Object.assign(new Error("The requested resource is locked (sheet protected)."), {
              code: "AccessDenied",
            })
          );
        return;
      }
      fiber = fiber.return;
    }
    throw new Error("no port in the pane's props");
  });
}

/**
 * Saves the pane's content in parts of at most 900 px (a, b, c…), each small enough to read at
 * full size; the tall viewport has drawn all of it.
 */
async function saveInParts(name: string): Promise<void> {
  const box = await pane().boundingBox();
  const content = await pane().locator("section").first().boundingBox();
  if (!box || !content) throw new Error("the pane is not on screen");
  const bottom = Math.min(box.y + box.height, content.y + content.height + 16);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (let y = box.y, part = 0; y < bottom; y += 900, part++) {
    await s.page.screenshot({
      path: `${SCREENSHOT_DIR}/${name}-${String.fromCharCode(97 + part)}.png`,
      clip: { x: box.x, y, width: box.width, height: Math.min(900, bottom - y) },
    });
  }
}

async function review(language: Language, width: number, screen: string): Promise<void> {
  await saveInParts(`2x-${language}-${width}-${screen}`);
  const report = await paneOverflow(s.page);
  expect(report.offenders).toEqual([]);
  await s.scan();
}

describe.each<Language>(["vi", "en"])("task pane screens in %s", (language) => {
  const t = STRINGS[language];

  it.each([320, 450])("at %i px: overview, check, scores, proposals, a failure", async (width) => {
    await s.open(`?lang=${language}&pane=${width}`);
    await pane().getByText(t.overviewTitle, { exact: true }).waitFor();
    // The header keeps the language switch's label on one line.
    const label = pane().locator(`label:text-is("${t.languageLabel}")`);
    const box = await label.boundingBox();
    expect(box!.height).toBeLessThan(24);
    await review(language, width, "1-overview");
    // "Hướng dẫn" opens the user guide shipped beside the pane (item 6): a page, not a 404.
    const guide = pane().getByRole("link", { name: t.guideLink, exact: true });
    const guideUrl = new URL((await guide.getAttribute("href"))!, s.page.url()).href;
    const guidePage = await s.page.request.get(guideUrl);
    expect(guidePage.status()).toBe(200);
    expect(await guidePage.text()).toMatch(/<h1[^>]*>[^<]*[Hh]ướng dẫn/);

    await actionButton("check").click();
    await pane().getByRole("heading", { name: t.issuesTitle }).waitFor();
    await pane().getByRole("status").filter({ hasText: t.checkErrorsTitle }).waitFor();
    // The first sheet with errors is open, even when a sheet with warnings only comes first.
    const errorGroup = pane()
      .locator("button[aria-expanded]")
      .filter({ hasText: language === "vi" ? /\d+ lỗi/ : /\d+ errors?/ })
      .first();
    await expect(errorGroup.getAttribute("aria-expanded")).resolves.toBe("true");
    // The browser asks for reduced motion: the chevron turns at once.
    await expect(
      errorGroup
        .locator("svg")
        .first()
        .evaluate((el) => getComputedStyle(el).transitionDuration)
    ).resolves.toBe("0s");
    // Focus and scroll went to the result (item 2), not left on the button.
    await s.page.waitForFunction(
      (title) => document.activeElement?.textContent === title,
      t.resultTitle
    );
    await review(language, width, "2-check");
    // The list filtered by severity, then by unit (item 2): fewer items, and it says how many.
    const severity = pane().getByLabel(t.filterSeverity, { exact: true });
    await severity.selectOption("warning");
    const counted = pane()
      .getByRole("status")
      .filter({
        hasText: language === "vi" ? /^Đang hiện \d+\/\d+ mục\.$/ : /^Showing \d+ of \d+/,
      });
    await counted.waitFor();
    await expect(
      pane()
        .locator("button[aria-expanded]")
        .filter({ hasText: language === "vi" ? /\d+ lỗi/ : /\d+ errors?/ })
        .count()
    ).resolves.toBe(0);
    await saveInParts(`2x-${language}-${width}-2-check-warnings`);
    await severity.selectOption("all");
    const unit = pane().getByLabel(t.filterUnit, { exact: true });
    const units = await unit
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ""));
    expect(units.length).toBeGreaterThan(0);
    await unit.selectOption(units[0]!);
    await counted.waitFor();
    await review(language, width, "2-check-unit");
    await unit.selectOption("");
    // Keyboard focus on an action and on an issue, for a look at the focus ring.
    await actionButton("check").focus();
    await s.page.keyboard.press("Tab");
    await pane().locator("button[title]").first().focus();
    await s.page.keyboard.press("Shift+Tab");
    await s.page.keyboard.press("Tab");
    await saveInParts(`2x-${language}-${width}-2-check-focus`);

    await actionButton("score").click();
    await pane().getByText(t.writtenSheets("Kiểm tra, Kết quả chấm điểm")).waitFor();
    // The ranking as a table and as a chart named by its caption (item 3).
    const ranking = pane().getByTestId("ranking");
    await ranking.getByRole("heading", { name: t.rankingTitle }).waitFor();
    const rows = await ranking.locator("tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    const chart = ranking.getByTestId("ranking-chart");
    expect(await chart.getAttribute("role")).toBe("img");
    expect(await chart.locator("g[data-unit]").count()).toBe(rows);
    await review(language, width, "3-scores");

    await actionButton("propose").click();
    await pane().getByText(t.writtenSheets("Kiểm tra, Đề nghị khen thưởng")).waitFor();
    // Counts per title grouped by deciding authority (item 3); a group's link selects its rows.
    const counts = pane().getByTestId("list-counts");
    await counts.getByRole("heading", { name: t.listTitle }).waitFor();
    const groups = counts.locator("li[data-authority]");
    expect(await groups.count()).toBeGreaterThan(0);
    await review(language, width, "4-proposals");
    await groups.first().getByRole("button").first().click();
    await s.tabActive(PROPOSAL_SHEET_NAME);
    await s.page.getByTestId("name-box").filter({ hasText: PROPOSAL_SHEET_NAME }).waitFor();
    await saveInParts(`2x-${language}-${width}-4-proposals-link`);

    await failWrites(s.page);
    await actionButton("score").click();
    const alert = pane().getByRole("alert");
    // The refused write names the sheets it was replacing and how to unprotect them.
    await alert.getByText(t.errorProtectedSheets("“Kiểm tra”, “Kết quả chấm điểm”")).waitFor();
    await alert.getByRole("button", { name: t.showDetails }).click();
    await alert
      .getByText(
        t.errorDetailsCode("AccessDenied", "The requested resource is locked (sheet protected).")
      )
      .waitFor();
    await review(language, width, "5-failure");
  });
});
