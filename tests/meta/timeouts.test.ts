/**
 * Jest applies only its global timeout (a project's `testTimeout` is ignored), so a test file
 * that starts a browser, a server, a child process or a React tree must set its own, fitted to a
 * slow busy machine (tests/support/timeouts.ts). This finds such files and checks that they do.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";

const ROOT = path.resolve(__dirname, "..", "..");

/** What starts something slow: a React tree, Chromium, a server, a child process, a compile. */
const STARTS_SOMETHING =
  /\brender(Hook)?\(|createRoot\(|requireActual\([^)]*taskpane\/index|SessionKeeper|paneSession\(|startPreviewSession|launchBrowser|startPreviewServer|\bspawn(Sync)?\(|\bexecFile(Sync)?\(|\bexecSync\(|ensureCliBuilt\(/;
/** A file-wide timeout taken from tests/support/timeouts.ts, not a bare number. */
const OWN_TIMEOUT = /jest\.setTimeout\(\s*[A-Z_]+_TIMEOUT\s*\)/;

function needsOwnTimeout(source: string): boolean {
  return STARTS_SOMETHING.test(source) && !OWN_TIMEOUT.test(source);
}

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("test timeouts", () => {
  it("tells a file that renders a React tree or starts a process without its own timeout", () => {
    expect(needsOwnTimeout("render(<App port={port} />);")).toBe(true);
    expect(needsOwnTimeout("const r = spawnSync(process.execPath, [BIN]);")).toBe(true);
    expect(needsOwnTimeout("s = await session.start(); new SessionKeeper();")).toBe(true);
    expect(needsOwnTimeout("const s = paneSession({ viewport });")).toBe(true);
    expect(needsOwnTimeout("jest.setTimeout(30_000);\nrender(<App />);")).toBe(true);
    expect(needsOwnTimeout("jest.setTimeout(REACT_TREE_TIMEOUT);\nrender(<App />);")).toBe(false);
    expect(needsOwnTimeout("expect(sum([1, 2])).toBe(3);")).toBe(false);
  });

  const files = testFiles(path.join(ROOT, "tests")).filter(
    (f) => !f.endsWith(path.join("meta", "timeouts.test.ts"))
  );

  it("finds the test files that start something", () => {
    const starting = files.filter((f) => STARTS_SOMETHING.test(fs.readFileSync(f, "utf8")));
    expect(starting.map((f) => path.relative(ROOT, f))).toEqual(
      expect.arrayContaining([
        "tests/taskpane/App.test.tsx",
        "tests/cli/tdkt-cli.test.ts",
        "tests/e2e/task-pane.e2e.test.ts",
      ])
    );
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))(
    "%s sets its own timeout if it starts something slow",
    (_, file) => {
      expect(needsOwnTimeout(fs.readFileSync(file, "utf8"))).toBe(false);
    }
  );

  it("no Jest project sets a testTimeout Jest would ignore", () => {
    const config = createRequire(__filename)("../../jest.config.js") as {
      testTimeout?: number;
      projects: { testTimeout?: number }[];
    };
    expect(config.testTimeout).toBeGreaterThanOrEqual(20_000);
    expect(config.projects.filter((p) => p.testTimeout !== undefined)).toEqual([]);
  });
});
