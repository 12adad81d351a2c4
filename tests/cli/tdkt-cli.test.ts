import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { AWARD_KEYS } from "../../src/domain/rulebook/award-catalogue";
import { AUDIT_ACTIONS, AUDIT_LOG_SHEET, readAuditLog } from "../../src/domain/integrity/audit-log";
import { OpcPackage } from "../../src/adapters/xlsx/opc-package";
import { XlsxReader } from "../../src/adapters/xlsx/xlsx-reader";
import { BIN, ROOT, ensureCliBuilt } from "../helpers/xlsx/build-cli";
import { loadExcel, sha256 } from "../helpers/xlsx/package-parts";
import { registerBytes } from "../helpers/xlsx/register-builder";
import { BUILD_TIMEOUT, CHILD_PROCESS_TIMEOUT } from "../support/timeouts";

// Compiling the CLI and running the pipeline in child processes takes a while.
jest.setTimeout(CHILD_PROCESS_TIMEOUT);

interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let dir: string;

function tdkt(args: readonly string[], cwd = dir): Result {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    timeout: CHILD_PROCESS_TIMEOUT,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string): string {
  return path.join(dir, name);
}

/** Every sheet's values but the log's (its rows carry the time of the run). */
function sheetsBesideLog(name: string): Record<string, unknown> {
  const reader = new XlsxReader(OpcPackage.open(fs.readFileSync(file(name))));
  const out: Record<string, unknown> = {};
  for (const sheet of reader.sheetNames())
    if (sheet !== AUDIT_LOG_SHEET) out[sheet] = reader.readGrid(sheet);
  return out;
}

function logActions(name: string): string[] {
  const reader = new XlsxReader(OpcPackage.open(fs.readFileSync(file(name))));
  return readAuditLog(reader.readGrid(AUDIT_LOG_SHEET) ?? []).map((e) => e.action);
}

function expectOneLineError(r: Result, pattern: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^tdkt: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

const A1 = /^\$?[A-Z]{1,3}\$?[1-9][0-9]*$/;

/** The JSON report's shape as register-format.md defines it. */
function expectReportShape(report: unknown): void {
  const r = report as Record<string, unknown>;
  expect(Object.keys(r).sort()).toEqual(["issues", "proposals", "register", "units"]);
  const register = r.register as Record<string, unknown>;
  expect(typeof register.agency).toBe("string");
  expect(register.year === null || typeof register.year === "number").toBe(true);
  for (const issue of r.issues as Record<string, unknown>[]) {
    expect(["error", "warning"]).toContain(issue.severity);
    expect(typeof issue.code).toBe("string");
    expect(issue.sheet === null || typeof issue.sheet === "string").toBe(true);
    expect(issue.cell === null || (typeof issue.cell === "string" && A1.test(issue.cell))).toBe(
      true
    );
    expect(typeof issue.message).toBe("string");
    expect((issue.message as string).length).toBeGreaterThan(10);
  }
  for (const unit of r.units as Record<string, unknown>[]) {
    expect(typeof unit.unit).toBe("string");
    for (const key of ["selfScore", "councilScore", "rank"]) {
      expect(unit[key] === null || typeof unit[key] === "number").toBe(true);
    }
    expect(unit.classification === null || typeof unit.classification === "string").toBe(true);
  }
  for (const p of r.proposals as Record<string, unknown>[]) {
    expect(AWARD_KEYS).toContain(p.award);
    expect(["individual", "collective"]).toContain(p.subjectKind);
    expect(typeof p.subject).toBe("string");
    expect(["proposed", "awaiting_vote", "not_eligible", "over_quota"]).toContain(p.status);
    expect(Array.isArray(p.reasons)).toBe(true);
    if (p.status !== "proposed") expect((p.reasons as unknown[]).length).toBeGreaterThan(0);
    // Beside the texts, the typed messages they were worded from, one for one.
    const codes = p.reasonCodes as { code: unknown; params: unknown }[];
    expect(codes).toHaveLength((p.reasons as unknown[]).length);
    for (const c of [...codes, ...(p.groundCodes as { code: unknown; params: unknown }[])]) {
      expect(typeof c.code).toBe("string");
      expect(typeof c.params).toBe("object");
    }
  }
}

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-cli-"));
  fs.writeFileSync(file("clean.xlsx"), await registerBytes());
  fs.writeFileSync(
    file("errors.xlsx"),
    await registerBytes({ overScore: true, secondName: '=HYPERLINK("http://x")' })
  );
  fs.writeFileSync(file("no-staff.xlsx"), await registerBytes({ withoutStaff: true }));
  fs.writeFileSync(file("notes.txt.xlsx"), "đây không phải sổ Excel\n");
}, BUILD_TIMEOUT);

afterAll(() => {
  if ((dir as string | undefined) !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

describe("tdkt check", () => {
  it("exits 0 on a register without errors and prints a Vietnamese summary", () => {
    const r = tdkt(["check", "clean.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Sở Khoa học và Công nghệ tỉnh Hà Tĩnh — năm 2024");
    expect(r.stdout).toMatch(/Kiểm tra: (0 lỗi|không có lỗi)/);
  });

  it("--lang en prints the summary and every issue in English, and writes the JSON report in English with codes and params", () => {
    const r = tdkt(["check", "errors.xlsx", "--lang", "en", "--json", "report-en.json"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Check: [1-9]\d* error\(s\)/);
    expect(r.stdout).toContain("Errors (to correct):");
    expect(r.stdout).toContain("CĐ-VP!E6");
    expect(r.stdout).not.toContain("Lỗi (phải sửa)");
    expect(r.stdout).toMatch(/CĐ-VP!E6 {2}The council score of criterion 1\.1 in cell E6/);
    const report = JSON.parse(fs.readFileSync(file("report-en.json"), "utf8")) as {
      issues: { code: string; message: string; params?: object }[];
      proposals: {
        reasons: string[];
        grounds: string[];
        reasonCodes: { code: string }[];
        groundCodes: { code: string }[];
      }[];
    };
    expectReportShape(report);
    const scored = report.issues.find((i) => i.code === "score-out-of-range");
    expect(scored?.message).toMatch(/^The council score of criterion 1\.1 in cell E6/);
    expect(scored?.params).toMatchObject({ cell: "E6" });
    const texts = report.proposals.flatMap((p) => [...p.reasons, ...p.grounds]);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join("\n")).toMatch(/Rating for 2024/);
    expect(texts.join("\n")).not.toMatch(/Xếp loại năm|Kết quả bỏ phiếu|cần ít nhất/);
    const vi = tdkt(["check", "errors.xlsx", "--json", "report-vi.json"]);
    expect(vi.status).toBe(1);
    const viReport = JSON.parse(fs.readFileSync(file("report-vi.json"), "utf8")) as typeof report;
    expect(viReport.issues.find((i) => i.code === "score-out-of-range")?.message).toMatch(
      /Hãy chấm/
    );
    expect(viReport.proposals.map((p) => [p.reasonCodes, p.groundCodes])).toEqual(
      report.proposals.map((p) => [p.reasonCodes, p.groundCodes])
    );
    expect(viReport.proposals.flatMap((p) => p.grounds).join("\n")).toMatch(/Xếp loại năm 2024/);
  });

  it("refuses a language it does not speak, in one line", () => {
    expectOneLineError(tdkt(["check", "clean.xlsx", "--lang", "fr"]), /--lang/);
  });

  it("exits 1 when the register has errors, naming sheet!cell, and writes the JSON report", () => {
    const r = tdkt(["check", "errors.xlsx", "--json", "report.json"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Kiểm tra: [1-9]\d* lỗi/);
    expect(r.stdout).toContain("CĐ-VP!E6");
    const report: unknown = JSON.parse(fs.readFileSync(file("report.json"), "utf8"));
    expectReportShape(report);
    const issues = (report as { issues: { severity: string; sheet: string; cell: string }[] })
      .issues;
    expect(issues).toContainEqual(
      expect.objectContaining({ severity: "error", sheet: "CĐ-VP", cell: "E6" })
    );
  });

  it.each([
    ["a file that does not exist", ["check", "khong-co.xlsx"], /không tìm thấy/],
    ["a file that is not an .xlsx", ["check", "notes.txt.xlsx"], /không phải sổ Excel/],
    ["a folder", ["check", "."], /thư mục/],
    [
      "a workbook without a required sheet",
      ["check", "no-staff.xlsx"],
      /Thiếu trang bắt buộc: Cán bộ/,
    ],
    ["no file", ["check"], /thiếu tên tệp/],
    ["an unknown command", ["kiemtra", "clean.xlsx"], /lệnh không hợp lệ/],
    ["an unknown option", ["check", "clean.xlsx", "--xml", "r.xml"], /tùy chọn không hợp lệ/],
    ["an option without its value", ["check", "clean.xlsx", "--json"], /thiếu giá trị/],
    ["run without --out", ["run", "clean.xlsx"], /thiếu --out/],
    [
      "run with OUT = FILE",
      ["run", "clean.xlsx", "--out", "./clean.xlsx"],
      /--out phải khác tệp đầu vào/,
    ],
    [
      "an OUT in a missing folder",
      ["run", "clean.xlsx", "--out", "khong-co/o.xlsx"],
      /không có thư mục .*khong-co để ghi o\.xlsx/,
    ],
    [
      "check with --json = FILE",
      ["check", "clean.xlsx", "--json", "clean.xlsx"],
      /--json là tệp báo cáo \.json, không phải sổ Excel/,
    ],
    [
      "run with --json = FILE",
      ["run", "clean.xlsx", "--out", "o.xlsx", "--json", "clean.xlsx"],
      /--json là tệp báo cáo \.json, không phải sổ Excel/,
    ],
  ])("exits 2 with one line on stderr for %s", (_label, args, pattern) => {
    const before = sha256(fs.readFileSync(file("clean.xlsx")));
    expectOneLineError(tdkt(args), pattern);
    expect(sha256(fs.readFileSync(file("clean.xlsx")))).toBe(before);
  });
});

describe("tdkt run", () => {
  it("writes OUT with the output sheets, never changes FILE, and exits 1 on errors", async () => {
    const before = sha256(fs.readFileSync(file("errors.xlsx")));
    const r = tdkt(["run", "errors.xlsx", "--out", "out.xlsx", "--json", "run.json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("out.xlsx");
    expect(sha256(fs.readFileSync(file("errors.xlsx")))).toBe(before);
    expectReportShape(JSON.parse(fs.readFileSync(file("run.json"), "utf8")));
    const names = new XlsxReader(OpcPackage.open(fs.readFileSync(file("out.xlsx")))).sheetNames();
    expect(names).toEqual(
      expect.arrayContaining([
        "Cấu hình",
        "Cán bộ",
        "Kiểm tra",
        "Kết quả chấm điểm",
        "Đề nghị khen thưởng",
      ])
    );
    const wb = await loadExcel(fs.readFileSync(file("out.xlsx")));
    // A name that looks like a formula is still text in the user's sheet and in the output.
    const staff = wb.getWorksheet("Cán bộ");
    expect(staff?.getCell("A6").value).toBe('=HYPERLINK("http://x")');
    expect(JSON.stringify(wb.getWorksheet("Kiểm tra")?.getSheetValues())).toContain("E6");
  });

  it("gives the same OUT twice but for its Nhật ký row, and exits 0 on a clean register", () => {
    expect(tdkt(["run", "clean.xlsx", "--out", "a.xlsx"]).status).toBe(0);
    expect(tdkt(["run", "clean.xlsx", "--out", "b.xlsx"]).status).toBe(0);
    expect(sheetsBesideLog("a.xlsx")).toEqual(sheetsBesideLog("b.xlsx"));
    // Running on its own output replaces the output sheets in place: same content again, and
    // the log (append-only) gains the second run's row under the first.
    expect(tdkt(["run", "a.xlsx", "--out", "c.xlsx"]).status).toBe(0);
    expect(sheetsBesideLog("c.xlsx")).toEqual(sheetsBesideLog("a.xlsx"));
    expect(logActions("a.xlsx")).toEqual([AUDIT_ACTIONS.run]);
    expect(logActions("c.xlsx")).toEqual([AUDIT_ACTIONS.run, AUDIT_ACTIONS.run]);
  });
});

describe("tdkt init", () => {
  it("refuses to overwrite an existing file", () => {
    expectOneLineError(tdkt(["init", "clean.xlsx"]), /đã có/);
  });

  it("writes an empty register that tdkt reads back with every input sheet", () => {
    const r = tdkt(["init", "moi.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const names = new XlsxReader(OpcPackage.open(fs.readFileSync(file("moi.xlsx")))).sheetNames();
    expect(names).toEqual(
      expect.arrayContaining([
        "Cấu hình",
        "Đơn vị",
        "Cán bộ",
        "Lịch sử",
        "Sáng kiến",
        "Tiêu chí",
        "Bình xét",
      ])
    );
  });
});

describe("tdkt demo, --help, --version", () => {
  it("runs the pipeline on the bundled sample and says what it did and where the output is", () => {
    const cwd = fs.mkdtempSync(path.join(dir, "demo-"));
    const r = tdkt(["demo"], cwd);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Sở Khoa học và Công nghệ tỉnh Hà Tĩnh");
    expect(r.stdout).toMatch(/Kiểm tra: \d+ lỗi, \d+ cảnh báo/);
    expect(r.stdout).toContain("Xếp hạng đơn vị");
    expect(r.stdout).toContain("Chiến sĩ thi đua cơ sở:");
    const out = path.join(cwd, "tdkt-demo", "so-thi-dua-mau-ket-qua.xlsx");
    expect(r.stdout).toContain(path.join("tdkt-demo", "so-thi-dua-mau-ket-qua.xlsx"));
    expect(fs.existsSync(out)).toBe(true);
    // The year's loop on the copy: calendar, decisions sheet, year-end report with its charts.
    expect(r.stdout).toMatch(/Lịch năm 2024: /);
    expect(r.stdout).toMatch(/Trang Quyết định: \d+ dòng/);
    const pkg = OpcPackage.open(new Uint8Array(fs.readFileSync(out)));
    expect(pkg.paths().some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
    const workbookXml = pkg.getText("xl/workbook.xml");
    expect(workbookXml).toContain('name="Quyết định"');
    expect(workbookXml).toContain('name="Báo cáo tổng kết"');
    expectReportShape(
      JSON.parse(fs.readFileSync(path.join(cwd, "tdkt-demo", "bao-cao.json"), "utf8"))
    );
    expect(r.stdout.split("\n").length).toBeLessThan(60);
  });

  it("prints help and the package version", () => {
    const help = tdkt(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("tdkt run TỆP.xlsx --out KẾT-QUẢ.xlsx");
    const version = tdkt(["--version"]);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(version.stdout.trim()).toBe(`tdkt ${pkg.version}`);
  });
});
