/**
 * Finds the Chromium-family browser the E2E tests drive (never downloads one): E2E_BROWSER, then
 * Debian's /usr/bin/chromium and the usual Chrome/Edge/Chromium locations of Linux, macOS and
 * Windows. scripts/ensure-browser.sh installs Debian's package first when none is there.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";

export const NO_BROWSER_MESSAGE =
  "No Chromium, Chrome or Edge found for the E2E tests: on Debian/Ubuntu run 'sudo apt-get install -y chromium' (or 'bash scripts/ensure-browser.sh'); on Windows/macOS install Google Chrome or Microsoft Edge (or set E2E_BROWSER=/path/to/browser).";

export function browserCandidates(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env
): string[] {
  switch (platform) {
    case "linux":
      return [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/usr/bin/microsoft-edge",
        "/usr/bin/microsoft-edge-stable",
        "/snap/bin/chromium",
      ];
    case "darwin": {
      const home = env.HOME ?? "";
      const apps = ["Google Chrome", "Microsoft Edge", "Chromium"].map(
        (app) => `/Applications/${app}.app/Contents/MacOS/${app}`
      );
      return [...apps, ...apps.map((p) => path.posix.join(home, p))];
    }
    case "win32": {
      const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(
        (r): r is string => r !== undefined && r !== ""
      );
      return [
        ...roots.map((r) => path.win32.join(r, "Google", "Chrome", "Application", "chrome.exe")),
        ...roots.map((r) => path.win32.join(r, "Microsoft", "Edge", "Application", "msedge.exe")),
      ];
    }
    default:
      return [];
  }
}

/** The browser to drive; throws the one-line NO_BROWSER_MESSAGE when there is none. */
export function findBrowser(
  exists: (file: string) => boolean = existsSync,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env
): string {
  const forced = env.E2E_BROWSER;
  if (forced !== undefined && forced !== "") {
    if (exists(forced)) return forced;
    throw new Error(`E2E_BROWSER=${forced} does not exist. ${NO_BROWSER_MESSAGE}`);
  }
  const found = browserCandidates(platform, env).find((file) => exists(file));
  if (found === undefined) throw new Error(NO_BROWSER_MESSAGE);
  return found;
}
