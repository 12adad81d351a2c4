/** `tdkt split`, `merge`, `lock`, `unlock` as a user runs them, on real files in a temp folder. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { BIN, ROOT, ensureCliBuilt } from "../helpers/xlsx/build-cli";
import { loadExcel } from "../helpers/xlsx/package-parts";
import { BUILD_TIMEOUT, CHILD_PROCESS_TIMEOUT } from "../support/timeouts";

jest.setTimeout(CHILD_PROCESS_TIMEOUT);

let dir: string;
const SAMPLE = path.join(ROOT, "assets", "sample-register.xlsx");

function tdkt(args: readonly string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-units-"));
  fs.copyFileSync(SAMPLE, path.join(dir, "so.xlsx"));
  fs.mkdirSync(path.join(dir, "phieu"));
  ensureCliBuilt();
}, BUILD_TIMEOUT);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("tdkt split / merge / lock", () => {
  it("split writes one file per unit that Excel-compatible readers open", async () => {
    const r = tdkt(["split", "so.xlsx", "--out", "phieu"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Đã xuất 10 phiếu đơn vị/);
    const files = fs.readdirSync(path.join(dir, "phieu")).sort();
    expect(files).toContain("phieu-VP-2024.xlsx");
    expect(files).toHaveLength(10);
    const wb = await loadExcel(fs.readFileSync(path.join(dir, "phieu", "phieu-VP-2024.xlsx")));
    expect(wb.getWorksheet("CĐ-VP")?.getCell("D7").value).toBe(19.5);
    expect(wb.getWorksheet("_tdkt_phieu")?.state).toBe("veryHidden");
  });

  it("merge applies a filled file, exits 1 on a conflict, and never changes its inputs", async () => {
    const unitPath = path.join(dir, "phieu", "phieu-VP-2024.xlsx");
    const unit = XlsxFileAdapter.fromBytes(fs.readFileSync(unitPath));
    await unit.writeCells([{ sheet: "CĐ-VP", cell: "D7", expected: "19.5", value: 18 }]);
    await unit.save(unitPath);
    const before = fs.readFileSync(path.join(dir, "so.xlsx"));
    const ok = tdkt(["merge", "so.xlsx", unitPath, "--out", "gop.xlsx"]);
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toMatch(/phieu-VP-2024\.xlsx: đã gộp 1 ô/);
    expect(ok.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, "so.xlsx")).equals(before)).toBe(true);
    const merged = XlsxFileAdapter.fromBytes(fs.readFileSync(path.join(dir, "gop.xlsx")));
    expect((await merged.readSheets(["CĐ-VP"])).get("CĐ-VP")?.[6]?.[3]).toBe(18);

    // The register changed the same cell meanwhile: a conflict, reported with its cell.
    const reg = XlsxFileAdapter.fromBytes(before);
    await reg.writeCells([{ sheet: "CĐ-VP", cell: "D7", expected: "19.5", value: 19 }]);
    await reg.save(path.join(dir, "so2.xlsx"));
    const conflict = tdkt(["merge", "so2.xlsx", unitPath, "--out", "gop2.xlsx"]);
    expect(conflict.status).toBe(1);
    expect(conflict.stdout).toMatch(/Xung đột ở ô CĐ-VP!D7/);
    const forced = tdkt(["merge", "so2.xlsx", unitPath, "--out", "gop3.xlsx", "--force"]);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toMatch(/--force/);
  });

  it("lock, check names a changed cell, unlock", async () => {
    const locked = tdkt(["lock", "so.xlsx", "--out", "khoa.xlsx", "--by", "Thư ký"]);
    expect(locked.stderr).toBe("");
    expect(locked.status).toBe(0);
    const fingerprint = /SHA-256: ([0-9a-f]{64})/.exec(locked.stdout)?.[1];
    expect(fingerprint).toBeDefined();
    const port = XlsxFileAdapter.fromBytes(fs.readFileSync(path.join(dir, "khoa.xlsx")));
    await port.writeCells([{ sheet: "CĐ-VP", cell: "E7", expected: "19.5", value: 20 }]);
    await port.save(path.join(dir, "sua.xlsx"));
    const check = tdkt(["check", "sua.xlsx"]);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/CĐ-VP!E7 đã bị sửa sau khi khóa/);
    const again = tdkt(["lock", "khoa.xlsx", "--out", "khoa2.xlsx"]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/đã được khóa/);
    const unlocked = tdkt(["unlock", "sua.xlsx", "--out", "mo.xlsx"]);
    expect(unlocked.status).toBe(0);
    expect(unlocked.stdout).toContain(fingerprint);
  });

  it("usage errors are one line with exit 2", () => {
    const r = tdkt(["merge", "so.xlsx", "--out", "x.xlsx"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^tdkt: thiếu tệp phiếu đơn vị/);
  });
});
