/**
 * CLI tests run the real `node bin/tdkt.js`, which needs the built CLI: tsc's dist/, the one
 * file webpack makes of it (dist/cli/tdkt.js, what bin/tdkt.js loads) and its code cache, made by
 * scripts/build-cli.js as `npm run build:cli` makes them. Build once when it is missing or older than a source file it is built from.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { BUILD_TIMEOUT, CHILD_PROCESS_TIMEOUT } from "../../support/timeouts";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const BIN = path.join(ROOT, "bin", "tdkt.js");
const MAIN = path.join(ROOT, "dist", "src", "cli", "main.js");
const BUNDLE = path.join(ROOT, "dist", "cli", "tdkt.js");
const SOURCES = [
  "src/domain",
  "src/app",
  "src/ports",
  "src/adapters/xlsx",
  "src/adapters/docx",
  "src/cli",
];

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureCliBuilt(): void {
  const built = fs.existsSync(BUNDLE) ? fs.statSync(BUNDLE).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (built >= newest) return;
  // The steps of `npm run build:cli` (scripts/build-cli.js). A build with type errors emits
  // nothing (noEmitOnError): say why instead of testing an old dist.
  const build = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.js")], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: BUILD_TIMEOUT,
  });
  if (build.status !== 0) {
    throw new Error(`npm run build:cli failed:\n${build.stdout}${build.stderr}`);
  }
  if (!fs.existsSync(MAIN)) throw new Error("dist/src/cli/main.js was not built");
  if (!fs.existsSync(BUNDLE)) throw new Error("dist/cli/tdkt.js was not built");
}

/** Runs `node bin/tdkt.js ARGS` in `cwd`, bounded in time; its exit status and both streams. */
export function runTdkt(
  args: readonly string[],
  cwd: string
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    timeout: CHILD_PROCESS_TIMEOUT,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
