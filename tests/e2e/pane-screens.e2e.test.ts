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
import { describeFindings, isBlocking, runAxe } from "./support/axe";
import { paneOverflow } from "./support/layout";
import { SessionKeeper, type PreviewSession } from "./support/preview-session";
import {
  BROWSER_TIMEOUT,
  SESSION_SETUP_TIMEOUT,
  SESSION_TEARDOWN_TIMEOUT,
} from "../support/timeouts";
import { SCREENSHOT_DIR } from "./support/screenshots";
import { STRINGS, type Language } from "../../src/taskpane/i18n";

let s: PreviewSession;
const session = new SessionKeeper();

// Every test here drives Chromium (Jest applies only its global timeout; see tests/support/timeouts.ts).
jest.setTimeout(BROWSER_TIMEOUT);

beforeAll(async () => {
  s = await session.start();
  // Tall enough that most of the pane is on screen, so a screenshot shows whole screens.
  await s.page.setViewportSize({ width: 1200, height: 3000 });
}, SESSION_SETUP_TIMEOUT);

afterAll(async () => {
  await session.close(); // also when the setup failed or is still under way
}, SESSION_TEARDOWN_TIMEOUT);

afterEach(() => {
  expect(s.externalRequests).toEqual([]);
  expect(s.pageErrors).toEqual([]);
});

const pane = () => s.page.getByTestId("pane");
const actionButton = (id: string) => pane().locator(`button[data-action="${id}"]`);

/** Makes the pane's port reject writes with an Office error, as a protected sheet would. */
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
  const findings = await runAxe(s.page);
  expect(describeFindings(findings.filter(isBlocking))).toBe("");
}

describe.each<Language>(["vi", "en"])("task pane screens in %s", (language) => {
  const t = STRINGS[language];

  it.each([320, 450])("at %i px: overview, check, scores, proposals, a failure", async (width) => {
    await s.reload(`?lang=${language}&pane=${width}`);
    await pane().getByText(t.overviewTitle, { exact: true }).waitFor();
    await actionButton("check").and(s.page.locator(":not([aria-disabled=true])")).waitFor();
    // The header keeps the language switch's label on one line.
    const label = pane().locator(`label:text-is("${t.languageLabel}")`);
    const box = await label.boundingBox();
    expect(box!.height).toBeLessThan(24);
    await review(language, width, "1-overview");

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
    await review(language, width, "2-check");
    // Keyboard focus on an action and on an issue, for a look at the focus ring.
    await actionButton("check").focus();
    await s.page.keyboard.press("Tab");
    await pane().locator("button[title]").first().focus();
    await s.page.keyboard.press("Shift+Tab");
    await s.page.keyboard.press("Tab");
    await saveInParts(`2x-${language}-${width}-2-check-focus`);

    await actionButton("score").click();
    await pane().getByText(t.writtenSheets("Kiểm tra, Kết quả chấm điểm")).waitFor();
    await review(language, width, "3-scores");

    await actionButton("propose").click();
    await pane().getByText(t.writtenSheets("Kiểm tra, Đề nghị khen thưởng")).waitFor();
    await review(language, width, "4-proposals");

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
