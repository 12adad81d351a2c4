/**
 * Without a browser the E2E suite must fail with a one-line hint, never pass silently: the
 * finder and scripts/ensure-browser.sh both refuse with that line.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { NO_BROWSER_MESSAGE, browserCandidates, findBrowser } from "./support/find-browser";

const ROOT = path.resolve(__dirname, "..", "..");

describe("finding a browser", () => {
  it.each([
    ["linux", {}, "/usr/bin/chromium"],
    [
      "darwin",
      { HOME: "/Users/an" },
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ],
    [
      "win32",
      { PROGRAMFILES: "C:\\Program Files", "PROGRAMFILES(X86)": "C:\\Program Files (x86)" },
      "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
    ],
  ] as const)("on %s looks for %j", (platform, env, expected) => {
    expect(browserCandidates(platform, env)).toContain(expected);
  });

  it("takes the first installed candidate, E2E_BROWSER first of all", () => {
    const installed = new Set(["/usr/bin/google-chrome", "/opt/my-chrome"]);
    const exists = (f: string) => installed.has(f);
    expect(findBrowser(exists, "linux", {})).toBe("/usr/bin/google-chrome");
    expect(findBrowser(exists, "linux", { E2E_BROWSER: "/opt/my-chrome" })).toBe("/opt/my-chrome");
  });

  it.each([
    ["linux", {}],
    ["darwin", { HOME: "/Users/an" }],
    ["win32", { PROGRAMFILES: "C:\\Program Files" }],
    ["linux", { E2E_BROWSER: "/nowhere/chrome" }],
  ] as const)("on %s with %j and no browser, throws the one-line hint", (platform, env) => {
    let message = "";
    try {
      findBrowser(() => false, platform, env);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(NO_BROWSER_MESSAGE);
    expect(message).not.toContain("\n");
  });

  it("scripts/ensure-browser.sh prints the browser it finds, or fails with the one-line hint", () => {
    const ok = spawnSync("bash", [path.join(ROOT, "scripts/ensure-browser.sh")], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim()).toBe(findBrowser());

    const missing = spawnSync("bash", [path.join(ROOT, "scripts/ensure-browser.sh")], {
      encoding: "utf8",
      env: { ...process.env, E2E_BROWSER: "/nowhere/chrome" },
    });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toContain("apt-get install -y chromium");
  });
});
