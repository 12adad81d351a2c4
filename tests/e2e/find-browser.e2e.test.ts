/**
 * Without a browser the E2E suite must fail with a one-line hint, never pass silently: the
 * finder and scripts/ensure-browser.sh both refuse with that line.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { NO_BROWSER_MESSAGE, browserCandidates, findBrowser } from "./support/find-browser";

import { CHILD_PROCESS_TIMEOUT } from "../support/timeouts";

const ROOT = path.resolve(__dirname, "..", "..");

// Runs scripts/ensure-browser.sh in child processes (Jest applies only its global timeout).
jest.setTimeout(CHILD_PROCESS_TIMEOUT);

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

  // The fresh-machine path, with a stub apt-get: a Linux machine without any browser.
  const onLinux = process.platform === "linux" ? it : it.skip;

  function machineWithoutBrowser(aptWorks: boolean) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tdkt-ensure-"));
    const root = path.join(dir, "root");
    const bin = path.join(dir, "bin");
    mkdirSync(bin);
    const log = path.join(dir, "apt.log");
    const chromium = path.join(root, "usr", "bin", "chromium");
    writeFileSync(
      path.join(bin, "apt-get"),
      [
        "#!/usr/bin/env bash",
        `echo "$*" >> "${log}"`,
        'if [ "$1" = "install" ]; then',
        aptWorks
          ? `  mkdir -p "${path.dirname(chromium)}" && printf '#!/bin/sh\n' > "${chromium}" && chmod +x "${chromium}"`
          : "  exit 100",
        "fi",
      ].join("\n")
    );
    chmodSync(path.join(bin, "apt-get"), 0o755);
    // Run as root (id -u = 0) so that no sudo is involved.
    writeFileSync(path.join(bin, "id"), "#!/usr/bin/env bash\necho 0\n");
    chmodSync(path.join(bin, "id"), 0o755);
    const run = () =>
      spawnSync("bash", [path.join(ROOT, "scripts/ensure-browser.sh")], {
        encoding: "utf8",
        env: {
          ...process.env,
          E2E_BROWSER: "",
          ENSURE_BROWSER_ROOT: root,
          PATH: `${bin}:${process.env.PATH ?? ""}`,
        },
      });
    return { run, log, chromium };
  }

  onLinux("installs the distribution's chromium with apt-get when there is none", () => {
    const machine = machineWithoutBrowser(true);
    const result = machine.run();
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(machine.chromium);
    expect(readFileSync(machine.log, "utf8").trim().split("\n")).toEqual([
      "update",
      "install -y chromium",
    ]);
  });

  onLinux("fails with the one-line hint when apt-get cannot install one", () => {
    const machine = machineWithoutBrowser(false);
    const result = machine.run();
    expect(result.status).toBe(1);
    expect(existsSync(machine.chromium)).toBe(false);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n").at(-1)).toContain("apt-get install -y chromium");
    expect(readFileSync(machine.log, "utf8")).toContain("install -y chromium-browser");
  });
});
