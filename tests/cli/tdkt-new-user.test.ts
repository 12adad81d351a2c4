/**
 * The command line as a new user meets it: `tdkt sheets` (the pane's "Tạo phiếu"), the hint
 * `init` prints, outputs that never replace someone else's file, reports and OUT written together
 * or not at all, no temp file left behind or named, issues in workbook order, duplicate sheets.
 * Real `node bin/tdkt.js` on real .xlsx files.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { OpcPackage } from "../../src/adapters/xlsx/opc-package";
import { XlsxReader } from "../../src/adapters/xlsx/xlsx-reader";
import { XLSX_SIGNATURE, hasSignature, withSignature } from "../../src/cli/own-files";
import { BIN, ROOT, ensureCliBuilt } from "../helpers/xlsx/build-cli";
import { loadExcel, sha256 } from "../helpers/xlsx/package-parts";
import { registerBytes } from "../helpers/xlsx/register-builder";
import { BUILD_TIMEOUT, CHILD_PROCESS_TIMEOUT } from "../support/timeouts";

jest.setTimeout(CHILD_PROCESS_TIMEOUT);

const SAMPLE = path.join(ROOT, "assets", "sample-register.xlsx");
let dir: string;

interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function tdkt(args: readonly string[], cwd = dir): Result {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    timeout: CHILD_PROCESS_TIMEOUT,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const file = (name: string): string => path.join(dir, name);
const sheetNames = (name: string): string[] =>
  new XlsxReader(OpcPackage.open(fs.readFileSync(file(name)))).sheetNames();
const tempFiles = (): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /tmp/i.test(f));

function expectRefusal(r: Result, pattern: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/tmp/i);
}

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-new-user-"));
  fs.copyFileSync(SAMPLE, file("mau.xlsx"));
  fs.writeFileSync(file("clean.xlsx"), await registerBytes());
}, BUILD_TIMEOUT);

afterAll(() => {
  if ((dir as string | undefined) !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(tempFiles()).toEqual([]);
});

describe("tdkt sheets (Tạo phiếu)", () => {
  it("adds the missing pledge and score sheets into OUT, keeps the others and FILE", () => {
    const before = sha256(fs.readFileSync(file("mau.xlsx")));
    const namesBefore = sheetNames("mau.xlsx");
    expect(namesBefore).not.toContain("CĐ-DTN");
    const r = tdkt(["sheets", "mau.xlsx", "--out", "mau-phieu.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Đã tạo 1 trang phiếu: CĐ-DTN.");
    expect(r.stdout).toContain('npx tdkt check "mau-phieu.xlsx"');
    expect(sha256(fs.readFileSync(file("mau.xlsx")))).toBe(before);
    // The new sheet, and the log's row saying so (issue 12: every action that writes is logged).
    expect(sheetNames("mau-phieu.xlsx")).toEqual([...namesBefore, "CĐ-DTN", "Nhật ký"]);
    // The register with its new sheet no longer misses DTN's score sheet.
    const check = tdkt(["check", "mau-phieu.xlsx", "--json", "mau-phieu.json"]);
    const report = JSON.parse(fs.readFileSync(file("mau-phieu.json"), "utf8")) as {
      issues: { code: string; message: string }[];
    };
    expect(check.status).toBe(1); // the sample's planted errors remain
    expect(report.issues.filter((i) => i.code === "missing-score-sheet")).toEqual([]);
  });

  it("builds a register from nothing: init, then the sheets of every unit", async () => {
    expect(tdkt(["init", "moi.xlsx"]).status).toBe(0);
    // A person fills Đơn vị (the template's own sheet, written here with exceljs).
    const wb = await loadExcel(fs.readFileSync(file("moi.xlsx")));
    const units = wb.getWorksheet("Đơn vị");
    if (units === undefined) throw new Error("no Đơn vị sheet");
    const header = units.getRow(units.actualRowCount).values as unknown[];
    const codeColumn = header.findIndex((v) => v === "Mã đơn vị");
    const nameColumn = header.findIndex((v) => v === "Tên đơn vị");
    expect(codeColumn).toBeGreaterThan(0);
    const row = units.getRow(units.actualRowCount + 1);
    row.getCell(codeColumn).value = "VP";
    row.getCell(nameColumn).value = "Văn phòng Sở";
    fs.writeFileSync(file("moi-dien.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));

    const r = tdkt(["sheets", "moi-dien.xlsx", "--out", "moi-phieu.xlsx", "--protect"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("ĐK-VP");
    // The template's Tiêu chí is empty: no criteria, so no score sheet yet.
    expect(r.stdout).not.toContain("CĐ-VP");
    expect(sheetNames("moi-phieu.xlsx")).toEqual([
      ...sheetNames("moi-dien.xlsx"),
      "ĐK-VP",
      "Nhật ký",
    ]);
    const out = await loadExcel(fs.readFileSync(file("moi-phieu.xlsx")));
    expect(out.getWorksheet("ĐK-VP")).toBeDefined();
    // --protect: the new sheet is protected (input cells left open), no other sheet is.
    const pkg = OpcPackage.open(fs.readFileSync(file("moi-phieu.xlsx")));
    const protectedParts = pkg
      .paths()
      .filter(
        (p) => p.startsWith("xl/worksheets/") && pkg.getText(p)?.includes("<sheetProtection")
      );
    expect(protectedParts).toHaveLength(1);
  });

  it("refuses OUT = FILE and a register without its required sheets", () => {
    expectRefusal(tdkt(["sheets", "mau.xlsx", "--out", "mau.xlsx"]), /--out phải khác/);
    expectRefusal(tdkt(["sheets", "mau.xlsx"]), /thiếu --out/);
  });
});

describe("tdkt init's hint", () => {
  it("prints a command that works from where the user stands, with the path as given", () => {
    fs.mkdirSync(file("so sach"), { recursive: true });
    const r = tdkt(["init", "so sach/Sổ 2025.xlsx"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('npx tdkt check "so sach/Sổ 2025.xlsx"');
    const follow = tdkt(["check", "so sach/Sổ 2025.xlsx"]);
    expect(follow.stderr).toBe("");
    expect([0, 1]).toContain(follow.status);
  });
});

describe("--out and --json never replace a file tdkt did not write", () => {
  it("signs what it writes and knows it again; a file saved by another program is not its own", async () => {
    expect(tdkt(["run", "clean.xlsx", "--out", "kq.xlsx", "--json", "kq.json"]).status).toBe(0);
    expect(hasSignature(fs.readFileSync(file("kq.xlsx")))).toBe(true);
    // Its own files are replaced without --force.
    expect(tdkt(["run", "clean.xlsx", "--out", "kq.xlsx", "--json", "kq.json"]).status).toBe(0);
    // The signed OUT is a sound workbook (ExcelJS reads it) and only its ZIP comment differs.
    const wb = await loadExcel(fs.readFileSync(file("kq.xlsx")));
    expect(wb.getWorksheet("Kiểm tra")).toBeDefined();
    // Opened and saved by another program: the signature is gone, so it is the user's now.
    fs.writeFileSync(file("kq.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
    const saved = sha256(fs.readFileSync(file("kq.xlsx")));
    expectRefusal(
      tdkt(["run", "clean.xlsx", "--out", "kq.xlsx"]),
      /kq\.xlsx đã có và không phải tệp kết quả tdkt ghi ra.*--force/
    );
    expect(sha256(fs.readFileSync(file("kq.xlsx")))).toBe(saved);
    expect(tdkt(["run", "clean.xlsx", "--out", "kq.xlsx", "--force"]).status).toBe(0);
    expect(hasSignature(fs.readFileSync(file("kq.xlsx")))).toBe(true);
  });

  it("refuses to replace a register with OUT, and a JSON file that is not a report", () => {
    const register = sha256(fs.readFileSync(file("mau.xlsx")));
    expectRefusal(tdkt(["run", "clean.xlsx", "--out", "mau.xlsx"]), /mau\.xlsx đã có/);
    expectRefusal(tdkt(["sheets", "clean.xlsx", "--out", "mau.xlsx"]), /mau\.xlsx đã có/);
    expect(sha256(fs.readFileSync(file("mau.xlsx")))).toBe(register);
    fs.writeFileSync(file("ghi-chu.json"), '{ "ghi chú": "của tôi" }\n');
    expectRefusal(
      tdkt(["check", "clean.xlsx", "--json", "ghi-chu.json"]),
      /ghi-chu\.json đã có và không phải báo cáo JSON tdkt ghi ra.*--force/
    );
    expect(fs.readFileSync(file("ghi-chu.json"), "utf8")).toBe('{ "ghi chú": "của tôi" }\n');
    expect(tdkt(["check", "clean.xlsx", "--json", "ghi-chu.json", "--force"]).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(file("ghi-chu.json"), "utf8"))).toHaveProperty("issues");
  });

  it("refuses an .xlsx as --json, and a folder as OUT", () => {
    expectRefusal(
      tdkt(["check", "clean.xlsx", "--json", "bao-cao.XLSX"]),
      /--json là tệp báo cáo \.json, không phải sổ Excel/
    );
    fs.mkdirSync(file("thu-muc.xlsx"), { recursive: true });
    expectRefusal(tdkt(["run", "clean.xlsx", "--out", "thu-muc.xlsx", "--force"]), /thư mục/);
  });

  it("when the JSON report cannot be written, OUT is not written either and no temp file stays", () => {
    // A name the file system takes, but whose temp-file name is too long to create.
    const json = `${"b".repeat(240)}.json`;
    const r = tdkt(["run", "clean.xlsx", "--out", "cung-nhau.xlsx", "--json", json]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`không ghi được ${json}`);
    expect(r.stderr).not.toMatch(/tmp/i);
    expect(fs.existsSync(file("cung-nhau.xlsx"))).toBe(false);
    expect(fs.existsSync(file(json))).toBe(false);
  });
});

describe("the ZIP signature", () => {
  it("is the archive comment, replaces any comment, and leaves every other byte", () => {
    const zip = fs.readFileSync(file("clean.xlsx"));
    expect(hasSignature(zip)).toBe(false);
    const signed = withSignature(zip);
    expect(hasSignature(signed)).toBe(true);
    expect(Buffer.from(signed.subarray(0, zip.length - 2))).toEqual(
      zip.subarray(0, zip.length - 2)
    );
    expect(new TextDecoder().decode(signed.subarray(zip.length))).toBe(XLSX_SIGNATURE);
    expect(hasSignature(withSignature(signed))).toBe(true);
    expect(withSignature(signed).length).toBe(signed.length);
  });
});

describe("issues in workbook order", () => {
  it("lists the register's issues sheet by sheet in tab order, then row by row", () => {
    const r = tdkt(["check", "mau.xlsx"]);
    const tabs = sheetNames("mau.xlsx");
    const line = /^ {2}(?:\[(.+)\]|(.+?)!([A-Z]+)(\d+)) {2}/;
    const key = (m: RegExpExecArray): [number, number] => [
      tabs.indexOf(m[1] ?? m[2] ?? ""),
      Number(m[4] ?? 0),
    ];
    // Errors, then warnings: within each block the (tab, row) keys never go back.
    const blocks = r.stdout.split(/\n(?=Cảnh báo)/);
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      const keys = block
        .split("\n")
        .map((l) => line.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map(key);
      expect(keys.length).toBeGreaterThan(1);
      for (const [tab] of keys) expect(tab).toBeGreaterThanOrEqual(0);
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(keys).toEqual(sorted);
    }
  });
});

describe("duplicate sheet names", () => {
  it("a second Cán bộ typed in another Unicode form is an error naming both", async () => {
    const wb = await loadExcel(fs.readFileSync(file("clean.xlsx")));
    const twin = "Cán bộ".normalize("NFD");
    wb.addWorksheet(twin).getCell("A1").value = "Mã CB";
    fs.writeFileSync(file("trung.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = tdkt(["check", "trung.xlsx"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`Hai trang "Cán bộ" và "${twin}" trùng tên`);
  });
});
