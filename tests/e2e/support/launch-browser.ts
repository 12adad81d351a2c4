/**
 * Starts the system's Chromium headless through playwright-core, in a fresh profile, with every
 * request outside localhost blocked and recorded (the preview must need no network).
 */
import { mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { findBrowser } from "./find-browser";

export const BROWSER_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** URLs the page tried to fetch outside localhost (all were blocked). */
  readonly externalRequests: string[];
  /** Uncaught errors and console errors of the page. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export async function launchBrowser(): Promise<LaunchedBrowser> {
  const executablePath = findBrowser();
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "tdkt-e2e-profile-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: BROWSER_ARGS,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    // No transitions: screenshots show where things end up, not halfway there.
    reducedMotion: "reduce",
  });
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname)) {
      await route.continue();
    } else {
      externalRequests.push(url.href);
      await route.abort("blockedbyclient");
    }
  });
  // Fail in seconds, not Playwright's 30 s: every step here is local and quick.
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    externalRequests,
    pageErrors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
