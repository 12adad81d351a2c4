/** `tdkt dossier FILE --out DIR`: Word files and an index from the bundled sample. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { BIN, ROOT, ensureCliBuilt } from "../helpers/xlsx/build-cli";
import { BUILD_TIMEOUT, CHILD_PROCESS_TIMEOUT } from "../support/timeouts";

jest.setTimeout(CHILD_PROCESS_TIMEOUT);

const SAMPLE = path.join(ROOT, "assets", "sample-register.xlsx");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-dossier-"));
  ensureCliBuilt();
}, BUILD_TIMEOUT);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function tdkt(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("tdkt dossier", () => {
  it("writes one .docx per document with Vietnamese names and an index", () => {
    const out = path.join(dir, "ho-so");
    const r = tdkt(["dossier", SAMPLE, "--out", out]);
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.status);
    const files = fs.readdirSync(out).sort();
    expect(files[0]).toBe("00 - Mục lục hồ sơ.txt");
    const docx = files.filter((f) => f.endsWith(".docx"));
    expect(docx.length).toBeGreaterThanOrEqual(6);
    expect(docx.some((f) => f.includes("Tờ trình"))).toBe(true);
    expect(docx.some((f) => f.includes("Biên bản họp Hội đồng"))).toBe(true);
    expect(docx.some((f) => f.includes("Báo cáo thành tích"))).toBe(true);
    expect(docx.some((f) => f.includes("Quyết định"))).toBe(true);
    const index = fs.readFileSync(path.join(out, files[0] ?? ""), "utf8");
    for (const f of docx) expect(index).toContain(f);
    expect(r.stdout).toContain(`${docx.length} văn bản Word`);
    for (const f of docx) {
      const parts = unzipSync(fs.readFileSync(path.join(out, f)));
      // Times New Roman is the document's default font (each run inherits it).
      expect(strFromU8(parts["word/styles.xml"] ?? new Uint8Array())).toContain(
        'w:ascii="Times New Roman"'
      );
      expect(strFromU8(parts["word/document.xml"] ?? new Uint8Array())).toContain("<w:body>");
    }
  });

  it("refuses a missing --out and an --out that is a file", () => {
    const missing = tdkt(["dossier", SAMPLE]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^tdkt: thiếu --out/);
    const file = path.join(dir, "a-file.txt");
    fs.writeFileSync(file, "x");
    const r = tdkt(["dossier", SAMPLE, "--out", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/phải là thư mục/);
  });
});
