/**
 * The set-up every E2E file of the task pane shares. `paneSession()`, called at the top of a
 * test file, registers:
 *
 * - `beforeAll`: one preview session for the file (the production build, a localhost server, a
 *   fresh headless Chromium), with the viewport asked for;
 * - `afterAll`: closes it, also when the start failed or is still under way (SessionKeeper);
 * - `afterEach`: no request left localhost, none failed or got an HTTP error (a 404), and the
 *   page logged no error.
 *
 * Each hook carries an explicit timeout fitted to a slow busy machine (tests/support/timeouts.ts);
 * the file still sets its tests' own with `jest.setTimeout`. What it returns are the pane's
 * locators and the helpers the files used to repeat: opening the sample with actions ready,
 * waiting for a notice, the sheet tabs, an axe scan, a download saved under its own name.
 */
import { copyFileSync, mkdtempSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Locator, Page } from "playwright-core";
import { SESSION_SETUP_TIMEOUT, SESSION_TEARDOWN_TIMEOUT } from "../../support/timeouts";
import { describeFindings, isBlocking, runAxe, type AxeFinding } from "./axe";
import { SessionKeeper, type PreviewSession } from "./preview-session";

export interface PaneSessionOptions {
  /** The page's viewport, set once the browser has started (the launcher's 1440 × 900 else). */
  readonly viewport?: { readonly width: number; readonly height: number };
}

export interface PaneSession {
  /** The file's running session (throws when its start failed). */
  readonly session: PreviewSession;
  readonly page: Page;
  /** The task pane. */
  readonly pane: () => Locator;
  /** The preview's grid (its scroller). */
  readonly grid: () => Locator;
  /** A pane action's button, by its `data-action`. */
  readonly action: (id: string) => Locator;
  /** The same button once it can be clicked (not busy, not blocked). */
  readonly ready: (id: string) => Locator;
  /** Opens the preview afresh (`query`: e.g. `?lang=en`) and waits for its grid. */
  readonly reload: (query?: string) => Promise<void>;
  /**
   * Opens the preview afresh (`query`: e.g. `?lang=en&pane=320`) and waits until Kiểm tra and
   * each of `actions` can be clicked: the first overview has been drawn.
   */
  readonly open: (query?: string, ...actions: string[]) => Promise<void>;
  /** Waits for a text in the pane (a notice, a result). */
  readonly notice: (text: string | RegExp) => Promise<Locator>;
  /**
   * Waits for the notice bar an action ends with, holding the text. Unlike `notice`, a step's
   * reason saying the same ("Sổ còn 3 lỗi.", shown before any check) does not count.
   */
  readonly actionNotice: (text: string | RegExp) => Promise<Locator>;
  /** The sheet tabs' names, in order. */
  readonly tabNames: () => Promise<string[]>;
  /** Waits until the named sheet's tab is the selected one. */
  readonly tabActive: (name: string) => Promise<void>;
  /** Runs axe on the page; fails on any serious or critical finding. Returns every finding. */
  readonly scan: () => Promise<AxeFinding[]>;
  /**
   * Clicks (through `click`) something that downloads a file; saves the file under its suggested
   * name in a new temporary folder (the browser's own copy has a random name) and returns its path.
   */
  readonly download: (click: () => Promise<unknown>) => Promise<string>;
}

export function paneSession(options: PaneSessionOptions = {}): PaneSession {
  const keeper = new SessionKeeper();
  let running: PreviewSession | null = null;

  beforeAll(async () => {
    running = await keeper.start();
    if (options.viewport !== undefined) await running.page.setViewportSize(options.viewport);
  }, SESSION_SETUP_TIMEOUT);

  afterAll(async () => {
    running = null;
    await keeper.close(); // also when the start failed or is still under way
  }, SESSION_TEARDOWN_TIMEOUT);

  afterEach(() => {
    const s = session();
    expect(s.externalRequests).toEqual([]);
    expect(s.failedRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });

  const session = (): PreviewSession => {
    if (running === null) throw new Error("The preview session did not start (see beforeAll).");
    return running;
  };
  const page = (): Page => session().page;
  const pane = (): Locator => page().getByTestId("pane");
  const action = (id: string): Locator => pane().locator(`button[data-action="${id}"]`);
  const ready = (id: string): Locator =>
    action(id).and(page().locator(":not([aria-disabled=true])"));

  return {
    get session() {
      return session();
    },
    get page() {
      return page();
    },
    pane,
    grid: () => page().getByTestId("grid-scroller"),
    action,
    ready,
    reload: (query = "") => session().reload(query),
    open: async (query = "", ...actions) => {
      await session().reload(query);
      for (const id of ["check", ...actions]) await ready(id).waitFor();
    },
    notice: async (text) => {
      const found = pane().getByText(text).first();
      await found.waitFor();
      return found;
    },
    actionNotice: async (text) => {
      const found = pane().locator(".fui-MessageBar").filter({ hasText: text }).first();
      await found.waitFor();
      return found;
    },
    tabNames: () =>
      page()
        .locator("[data-sheet-tab]")
        .evaluateAll((tabs) => tabs.map((t) => t.getAttribute("data-sheet-tab") ?? "")),
    tabActive: async (name) => {
      await page().locator(`[data-sheet-tab="${name}"][aria-selected="true"]`).waitFor();
    },
    scan: async () => {
      const findings = await runAxe(page());
      expect(describeFindings(findings.filter(isBlocking))).toBe("");
      return findings;
    },
    download: async (click) => {
      const [file] = await Promise.all([page().waitForEvent("download"), click()]);
      const target = path.join(
        mkdtempSync(path.join(os.tmpdir(), "tdkt-e2e-")),
        file.suggestedFilename()
      );
      copyFileSync(await file.path(), target);
      return target;
    },
  };
}
