/**
 * One E2E session: the production preview build (rebuilt when any source is newer than it), a
 * static server on a free localhost port, and a fresh headless Chromium.
 */
import { readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { OUT_DIR, buildPreview, startPreviewServer } from "../../../scripts/preview";
import { launchBrowser, type LaunchedBrowser } from "./launch-browser";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const SOURCES = ["src", "assets", "webpack.config.js", "webpack.preview.config.js", "package.json"];

function newestMtime(entry: string): number {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** Builds the preview unless the build in dist/preview is newer than every source. */
export async function ensurePreviewBuild(): Promise<{ built: boolean; durationMs: number }> {
  const builtAt = newestMtime(path.join(OUT_DIR, "index.html"));
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (builtAt > sourcesAt) return { built: false, durationMs: 0 };
  const { durationMs } = await buildPreview({ mode: "production" });
  return { built: true, durationMs };
}

export interface PreviewSession extends LaunchedBrowser {
  readonly url: string;
  /** Opens the preview afresh (sample loaded) and waits for the grid. */
  reload(query?: string): Promise<void>;
}

export async function startPreviewSession(): Promise<PreviewSession> {
  // The global setup has built it already; a file run on its own builds here.
  if (process.env.E2E_PREVIEW_READY !== "1") await ensurePreviewBuild();
  const server = await startPreviewServer({ port: 0 });
  let browser: LaunchedBrowser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  const session: PreviewSession = {
    ...browser,
    url: server.url,
    async reload(query = "") {
      await browser.page.goto(`${server.url}${query}`);
      await browser.page.locator('[data-testid="grid-scroller"]').waitFor();
    },
    async close() {
      try {
        await browser.close();
      } finally {
        await server.close();
      }
    },
  };
  return session;
}

/**
 * Keeps the session a file's `beforeAll` starts so its `afterAll` can close it whatever happened:
 * when the setup hook timed out the start may still be under way (a browser about to appear),
 * so closing waits for it to settle and closes what it produced.
 */
export class SessionKeeper {
  private starting: Promise<PreviewSession> | null = null;

  start(): Promise<PreviewSession> {
    this.starting = startPreviewSession();
    return this.starting;
  }

  async close(): Promise<void> {
    const starting = this.starting;
    this.starting = null;
    if (starting === null) return;
    let session: PreviewSession;
    try {
      session = await starting;
    } catch {
      return; // it failed to start and closed what it had opened; the tests reported why
    }
    await session.close();
  }
}
