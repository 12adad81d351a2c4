/**
 * What `npm run build:cli` ships and bin/tdkt.js loads: one file of tsc's output (dist/cli/tdkt.js)
 * and V8's compiled code of it (its .cache). It must behave as tsc's output does, the cache must be
 * one V8 accepts for that file, and a cache made from another file must never be used.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";
import { BIN, ROOT, ensureCliBuilt } from "../helpers/xlsx/build-cli";
import { BUILD_TIMEOUT, CHILD_PROCESS_TIMEOUT } from "../support/timeouts";

jest.setTimeout(CHILD_PROCESS_TIMEOUT);

const BUNDLE = path.join(ROOT, "dist", "cli", "tdkt.js");
const CACHE = `${BUNDLE}.cache`;
const SAMPLE = path.join(ROOT, "assets", "sample-register.xlsx");
const WRAP = (source: string): string =>
  `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

function node(args: readonly string[], cwd = ROOT): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, args, {
    cwd,
    encoding: "utf8",
    timeout: CHILD_PROCESS_TIMEOUT,
    env: { ...process.env, TZ: "UTC" },
  });
  return { status: r.status, stdout: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  ensureCliBuilt();
}, BUILD_TIMEOUT);

describe("the shipped CLI", () => {
  it("prints what tsc's output prints, in both languages", () => {
    const unbundled = path.join(ROOT, "dist", "src", "cli", "main.js");
    for (const args of [["check", SAMPLE], ["check", SAMPLE, "--lang", "en"], ["--help"]]) {
      const shipped = node([BIN, ...args]);
      const direct = node([
        "-e",
        `require(${JSON.stringify(unbundled)}).main(${JSON.stringify(args)}).then((c) => { process.exitCode = c; })`,
      ]);
      expect(shipped.stdout.length).toBeGreaterThan(100);
      expect(shipped).toEqual(direct);
    }
  });

  it("has a code cache made from the bundle as it is, which V8 accepts", () => {
    const stat = fs.statSync(BUNDLE);
    const bytes = fs.readFileSync(CACHE);
    const header = `tdkt-code-cache ${stat.size} ${stat.mtimeMs}\n`;
    expect(bytes.subarray(0, header.length).toString()).toBe(header);
    const script = new vm.Script(WRAP(fs.readFileSync(BUNDLE, "utf8")), {
      filename: BUNDLE,
      cachedData: bytes.subarray(header.length),
    });
    expect(script.cachedDataRejected).toBe(false);
  });

  it("never uses a cache made from another file, even one of the same length", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-cache-"));
    try {
      fs.mkdirSync(path.join(dir, "bin"));
      fs.mkdirSync(path.join(dir, "dist", "cli"), { recursive: true });
      for (const f of ["tdkt.js", "load-cli.js"]) {
        fs.copyFileSync(path.join(ROOT, "bin", f), path.join(dir, "bin", f));
      }
      // The same bundle with one word of the help changed, same length; the old cache beside it.
      const source = fs.readFileSync(BUNDLE, "utf8");
      const word = "Sổ Thi đua: kiểm tra";
      expect(source).toContain(word);
      const changed = source.replace(word, "Sổ Thi đua: KIỂM TRA");
      expect(changed.length).toBe(source.length);
      fs.writeFileSync(path.join(dir, "dist", "cli", "tdkt.js"), changed);
      fs.copyFileSync(CACHE, path.join(dir, "dist", "cli", "tdkt.js.cache"));
      const help = node([path.join(dir, "bin", "tdkt.js"), "--help"], dir);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain("Sổ Thi đua: KIỂM TRA");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
