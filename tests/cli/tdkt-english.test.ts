/**
 * `--lang en` (issue 10 item 1): what every command prints is English, and the working sheets
 * `tdkt run`, `report` and `rollup` write are in English. Every text cell of `Kiểm tra`, `Kết quả chấm điểm`, the year report and the roll-up,
 * once the register's own words are taken out (what the register's cells hold — names, criteria,
 * typed values —, sheet names, headers and setting labels, ratings, the rulebook's title names,
 * and the example values a missing setting's message suggests typing), has no
 * Vietnamese letter left; the same run without `--lang` writes them in Vietnamese.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { OpcPackage } from "../../src/adapters/xlsx/opc-package";
import { XlsxReader } from "../../src/adapters/xlsx/xlsx-reader";
import * as layout from "../../src/domain/codec/register-layout";
import { RATING_TEXT } from "../../src/domain/codec/vocabulary";
import { STANDARD_MILESTONES } from "../../src/domain/year/calendar";
import { AUDIT_LOG_SHEET } from "../../src/domain/integrity/audit-log";
import { DOCUMENT_TEXTS } from "../../src/domain/messages/document-texts";
import { AWARD_CATALOGUE, AUTHORITY_TEXT } from "../../src/domain/rulebook/award-catalogue";
import { HIGHER_AUTHORITIES_BY_RANK } from "../../src/domain/rulebook/award-catalogue";
import {
  DECISION_COLUMNS,
  DECISION_SHEET,
  NO_LONGER_PROPOSED,
  OUTCOME_TEXT,
} from "../../src/domain/year/decision-layout";
import { ROOT, ensureCliBuilt, runTdkt } from "../helpers/xlsx/build-cli";
import { VIETNAMESE_LETTERS, withoutWords } from "../support/catalogue-wording";
import { registerBytes } from "../helpers/xlsx/register-builder";
import { BUILD_TIMEOUT, CHILD_PROCESS_TIMEOUT } from "../support/timeouts";

jest.setTimeout(CHILD_PROCESS_TIMEOUT);

const SAMPLE = path.join(ROOT, "assets", "sample-register.xlsx");
let dir: string;

function tdkt(args: readonly string[]) {
  return runTdkt(args, dir);
}

function reader(name: string): XlsxReader {
  return new XlsxReader(OpcPackage.open(fs.readFileSync(path.join(dir, name))));
}

/** Every text cell of a sheet. */
function texts(file: string, sheet: string): string[] {
  const grid = reader(file).readGrid(sheet);
  if (grid === undefined) throw new Error(`${file} has no sheet ${sheet}`);
  return grid.flatMap((row) => row.filter((v): v is string => typeof v === "string"));
}

/** The register's own words: every text its cells hold, and the contract's and rulebook's words. */
function registerWords(file: string): string[] {
  const r = reader(file);
  const cells = r
    .sheetNames()
    .flatMap((sheet) => [
      sheet,
      ...(r.readGrid(sheet) ?? []).flatMap((row) =>
        row.filter((v): v is string => typeof v === "string").map((v) => v.trim())
      ),
    ]);
  const words = [
    ...cells,
    // Headings print the agency's names in capitals.
    ...cells.map((c) => c.toLocaleUpperCase("vi")),
    ...Object.values(layout.DOCUMENT_SETTING_LABELS),
    // Examples of what to type in a missing `Cấu hình` row: values of a Vietnamese register.
    ...Object.values(DOCUMENT_TEXTS.settingExamples),
    ...Object.values(layout.SHEET),
    layout.SCORE_PREFIX,
    layout.PLEDGE_PREFIX,
    ...Object.values(RATING_TEXT),
    ...AWARD_CATALOGUE.flatMap((a) => [a.name, a.shortName, a.decidedBy]),
    ...Object.values(AUTHORITY_TEXT),
    ...HIGHER_AUTHORITIES_BY_RANK,
    "NĐ-CP",
  ];
  return [...new Set(words.filter((w) => w.length > 1))].sort((a, b) => b.length - a.length);
}

/** The cells that still hold Vietnamese once the register's words are taken out. */
function vietnameseProse(cells: readonly string[], words: readonly string[]): string[] {
  return cells.filter((cell) => VIETNAMESE_LETTERS.test(withoutWords(cell, words)));
}

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-en-"));
  fs.copyFileSync(SAMPLE, path.join(dir, "so.xlsx"));
  fs.writeFileSync(path.join(dir, "errors.xlsx"), await registerBytes({ overScore: true }));
}, BUILD_TIMEOUT);

afterAll(() => {
  if ((dir as string | undefined) !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

describe("tdkt --lang en writes the working sheets in English", () => {
  it("run: Kiểm tra and Kết quả chấm điểm, with the draft mark of a register with errors", () => {
    const r = tdkt(["run", "errors.xlsx", "--out", "errors-en.xlsx", "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1); // the register has errors
    const words = registerWords("errors.xlsx");
    const check = texts("errors-en.xlsx", "Kiểm tra");
    expect(check).toContain("REGISTER CHECK RESULTS");
    expect(check.some((t) => t.startsWith("Error"))).toBe(true);
    expect(vietnameseProse(check, words)).toEqual([]);
    const scores = texts("errors-en.xlsx", "Kết quả chấm điểm");
    expect(scores.some((t) => t.startsWith("EMULATION SCORES"))).toBe(true);
    expect(scores.some((t) => /^DRAFT — the register still has \d+ errors?$/.test(t))).toBe(true);
    expect(vietnameseProse(scores, words)).toEqual([]);
  });

  it("run on the sample: both sheets, every finding worded in English", () => {
    const r = tdkt(["run", "so.xlsx", "--out", "so-en.xlsx", "--lang", "en"]);
    expect(r.stderr).toBe("");
    const words = registerWords("so.xlsx");
    for (const sheet of ["Kiểm tra", "Kết quả chấm điểm"]) {
      const cells = texts("so-en.xlsx", sheet);
      expect(cells.length).toBeGreaterThan(10);
      expect(vietnameseProse(cells, words)).toEqual([]);
    }
  });

  it("without --lang the same sheets are Vietnamese", () => {
    const r = tdkt(["run", "errors.xlsx", "--out", "errors-vi.xlsx"]);
    expect(r.status).toBe(1);
    expect(texts("errors-vi.xlsx", "Kiểm tra")).toContain("KẾT QUẢ KIỂM TRA SỔ THI ĐUA");
    const scores = texts("errors-vi.xlsx", "Kết quả chấm điểm");
    expect(scores.some((t) => /^BẢN NHÁP — sổ còn \d+ lỗi$/.test(t))).toBe(true);
    expect(vietnameseProse(scores, registerWords("errors.xlsx")).length).toBeGreaterThan(0);
  });

  it("report: the year report", () => {
    const r = tdkt(["report", "so.xlsx", "--out", "report-en.xlsx", "--lang", "en"]);
    expect(r.stderr).toBe("");
    const sheet = reader("report-en.xlsx")
      .sheetNames()
      .find((n) => n.startsWith("Báo cáo"));
    if (sheet === undefined) throw new Error("no report sheet");
    const cells = texts("report-en.xlsx", sheet);
    expect(cells.some((t) => t.includes("REVIEW OF EMULATION AND COMMENDATION WORK"))).toBe(true);
    expect(vietnameseProse(cells, registerWords("so.xlsx"))).toEqual([]);
  });

  it("decisions: the Quyết định sheet's title, note and budget (its headers and values are the register's)", () => {
    const r = tdkt(["decisions", "so.xlsx", "--out", "decisions-en.xlsx", "--lang", "en"]);
    expect(r.stderr).toBe("");
    const cells = texts("decisions-en.xlsx", DECISION_SHEET);
    expect(cells.some((t) => t.startsWith("COMMENDATION DECISIONS"))).toBe(true);
    expect(cells).toContain("Total");
    const words = [
      ...registerWords("so.xlsx"),
      ...DECISION_COLUMNS.map((c) => c.header),
      ...Object.values(OUTCOME_TEXT),
      NO_LONGER_PROPOSED,
    ].sort((a, b) => b.length - a.length);
    expect(vietnameseProse(cells, words)).toEqual([]);
    const vi = tdkt(["decisions", "so.xlsx", "--out", "decisions-vi.xlsx"]);
    expect(vi.stderr).toBe("");
    expect(texts("decisions-vi.xlsx", DECISION_SHEET)).toContain("Tổng cộng");
  });

  it("rollup: the summary and the intake lists", () => {
    fs.copyFileSync(SAMPLE, path.join(dir, "so-2.xlsx"));
    const r = tdkt(["rollup", "so.xlsx", "so-2.xlsx", "--out", "rollup-en.xlsx", "--lang", "en"]);
    expect(r.stderr).toBe("");
    const book = reader("rollup-en.xlsx");
    const words = registerWords("so.xlsx");
    expect(book.sheetNames().length).toBeGreaterThan(1);
    for (const sheet of book.sheetNames()) {
      const cells = texts("rollup-en.xlsx", sheet);
      // The grounds column quotes the proposals' grounds: the proposal sheet's own wording.
      const grounds = new Set((book.readGrid(sheet) ?? []).map((row) => row[6]));
      const prose = vietnameseProse(
        cells.filter((c) => !grounds.has(c)),
        words
      );
      expect([sheet, prose]).toEqual([sheet, []]);
    }
  });
});

/** The words an English console line may quote besides the register's: the product's name… */
const CONSOLE_WORDS: readonly string[] = [
  "Sổ Thi đua",
  ...Object.values(layout.SHEET),
  layout.PLEDGE_PREFIX,
  layout.SCORE_PREFIX,
  AUDIT_LOG_SHEET,
  DECISION_SHEET,
  ...STANDARD_MILESTONES.map((m) => m.label),
];

/** Every line a command printed, on stdout and stderr. */
function printed(r: { stdout: string; stderr: string }): string[] {
  return `${r.stdout}${r.stderr}`.split("\n").filter((line) => line.trim() !== "");
}

/**
 * The printed lines that hold Vietnamese once the words of the given workbooks (the input and
 * what the command wrote: their cells and sheet names) and of the contract are taken out.
 */
function consoleProse(
  r: { stdout: string; stderr: string },
  workbooks: readonly string[],
  more: readonly string[] = []
): string[] {
  const words = [...workbooks.flatMap(registerWords), ...CONSOLE_WORDS, ...more].sort(
    (a, b) => b.length - a.length
  );
  return vietnameseProse(printed(r), words);
}

describe("tdkt --lang en prints its console in English", () => {
  it("help, with or without a command, and --help", () => {
    for (const args of [
      ["--lang", "en"],
      ["--help", "--lang", "en"],
      ["--lang=en", "help"],
    ]) {
      const r = tdkt(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("Usage:");
      expect(r.stdout).toContain("tdkt check FILE.xlsx [--json REPORT.json]");
      expect(consoleProse(r, [])).toEqual([]);
    }
    expect(tdkt(["--help"]).stdout).toContain("Cách dùng:");
  });

  // One test per command line: each starts a process, on a machine that may be busy.
  const argumentErrors: [string[], RegExp][] = [
    [["chek", "so.xlsx"], /^tdkt: unknown command "chek"/],
    [["run", "so.xlsx"], /^tdkt: --out is missing: tdkt run FILE\.xlsx --out RESULT\.xlsx$/],
    [["check"], /^tdkt: a file name is missing: tdkt check FILE\.xlsx$/],
    [["check", "so.xlsx", "--out", "x.xlsx"], /^tdkt: "check" has no option --out$/],
    [["check", "so.xlsx", "--json", "r.xlsx"], /^tdkt: --json is the \.json report/],
    [["report", "so.xlsx", "--out", "r.xlsx", "--kind", "nam"], /must be so-ket or tong-ket/],
    [["merge", "so.xlsx", "--out", "m.xlsx"], /^tdkt: the units' returned files are missing/],
    [["run", "so.xlsx", "--out", "so.xlsx"], /never changes its input file/],
    [["check", "missing.xlsx"], /^tdkt: no such file .*missing\.xlsx$/],
  ];
  it.each(argumentErrors)("argument error %j: one English line, exit 2", (args, pattern) => {
    const r = tdkt([...args, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(pattern);
    expect(consoleProse(r, [])).toEqual([]);
  });

  it("a --lang it does not speak is refused in Vietnamese and English", () => {
    const r = tdkt(["check", "so.xlsx", "--lang", "fr"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("tdkt: --lang phải là vi hoặc en / --lang must be vi or en\n");
  });

  it("init, and its hint keeps --lang en", () => {
    const r = tdkt(["init", "new-en.xlsx", "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('then run: npx tdkt check "new-en.xlsx" --lang en');
    expect(consoleProse(r, ["new-en.xlsx"])).toEqual([]);
    const again = tdkt(["init", "new-en.xlsx", "--lang", "en"]);
    expect(again.stderr).toMatch(/exists; tdkt init does not overwrite an existing register/);
  });

  it("check: the summary, the calendar with English dates, the JSON report line", () => {
    const r = tdkt(["check", "so.xlsx", "--json", "check-en.json", "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Emulation register: .* — 2024$/m);
    expect(r.stdout).toMatch(
      /^Calendar 2024: every milestone has passed \(run on \d{1,2} [A-Z][a-z]{2} \d{4}\)\.$/m
    );
    expect(r.stdout).toMatch(/LATE \(Hạn đăng ký 31 Jan 2024\)/);
    expect(r.stdout).toMatch(/^JSON report: .*check-en\.json$/m);
    expect(consoleProse(r, ["so.xlsx"])).toEqual([]);
  });

  it("run: ranking with decimal points, titles, what was written; refusals in English", () => {
    const r = tdkt(["run", "so.xlsx", "--out", "run-en.xlsx", "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^ {2}2\. .* \(TTUD\): 95\.5 points — /m);
    expect(r.stdout).toMatch(/^Titles and awards:$/m);
    expect(r.stdout).toMatch(/\(decided by Chủ tịch UBND tỉnh\): \d+ proposed/);
    expect(r.stdout).toMatch(/^Wrote .*run-en\.xlsx \(sheets added: /m);
    expect(consoleProse(r, ["so.xlsx", "run-en.xlsx"])).toEqual([]);
    fs.writeFileSync(path.join(dir, "mine.xlsx"), "not tdkt's");
    const refused = tdkt(["run", "so.xlsx", "--out", "mine.xlsx", "--lang", "en"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /^tdkt: mine\.xlsx exists and is not a result file tdkt wrote .* add --force to overwrite it\n$/
    );
  });

  it("sheets", () => {
    const r = tdkt(["sheets", "so.xlsx", "--out", "sheets-en.xlsx", "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Created 1 unit sheet: CĐ-DTN\.$/m);
    expect(r.stdout).toContain('then run: npx tdkt check "sheets-en.xlsx" --lang en');
    expect(consoleProse(r, ["sheets-en.xlsx"])).toEqual([]);
  });

  it("dossier: the documents keep their Vietnamese names (official documents), the rest is English", () => {
    const r = tdkt(["dossier", "so.xlsx", "--out", "hs-en", "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Proposal dossier: \d+ Word documents in hs-en:$/m);
    const files = fs.readdirSync(path.join(dir, "hs-en"));
    expect(consoleProse(r, ["so.xlsx"], files)).toEqual([]);
  });

  it("decisions: the reward budget in English numbers", () => {
    const r = tdkt(["decisions", "so.xlsx", "--out", "decisions-console-en.xlsx", "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^ {2}LĐTT: \d+ × 0\.3 × base salary = VND [\d,]+$/m);
    expect(r.stdout).toMatch(/^ {2}Total: VND \d{1,3}(,\d{3})+$/m);
    expect(consoleProse(r, ["decisions-console-en.xlsx"])).toEqual([]);
  });

  it("report and next-year", () => {
    const report = tdkt(["report", "so.xlsx", "--out", "report-console-en.xlsx", "--lang", "en"]);
    expect(report.stderr).toBe("");
    expect(report.stdout).toMatch(/, with charts\)\.$/m);
    expect(consoleProse(report, ["report-console-en.xlsx"])).toEqual([]);
    const next = tdkt(["next-year", "so.xlsx", "--out", "next-en.xlsx", "--lang", "en"]);
    expect(next.stderr).toBe("");
    expect(next.stdout).toMatch(/^Created the 2025 register: .*next-en\.xlsx \(\d+ sheets; /m);
    expect(consoleProse(next, ["so.xlsx", "next-en.xlsx"])).toEqual([]);
  });

  it("lock and unlock", () => {
    const lock = tdkt(["lock", "so.xlsx", "--out", "locked-en.xlsx", "--by", "An", "--lang", "en"]);
    expect(lock.stderr).toBe("");
    expect(lock.stdout).toMatch(/^Locked the results: \d+ values/m);
    expect(consoleProse(lock, ["locked-en.xlsx"])).toEqual([]);
    const twice = tdkt(["lock", "locked-en.xlsx", "--out", "l2-en.xlsx", "--lang", "en"]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/the results were already locked at .*; unlock them before/);
    const unlock = tdkt(["unlock", "locked-en.xlsx", "--out", "unlocked-en.xlsx", "--lang", "en"]);
    expect(unlock.stderr).toBe("");
    expect(unlock.stdout).toMatch(/^Unlocked the results/m);
    expect(consoleProse(unlock, ["unlocked-en.xlsx"])).toEqual([]);
  });

  it("split, merge and rollup", () => {
    fs.mkdirSync(path.join(dir, "units-en"));
    const split = tdkt(["split", "so.xlsx", "--out", "units-en", "--lang", "en"]);
    expect(split.stderr).toBe("");
    expect(split.stdout).toMatch(/^Exported \d+ unit files/m);
    expect(split.stdout).toMatch(/--out RESULT\.xlsx --lang en$/m);
    expect(consoleProse(split, ["so.xlsx"])).toEqual([]);
    const unitFiles = fs.readdirSync(path.join(dir, "units-en")).map((f) => `units-en/${f}`);
    const merge = tdkt([
      "merge",
      "so.xlsx",
      ...unitFiles,
      "--out",
      "merged-en.xlsx",
      "--lang",
      "en",
    ]);
    expect(merge.stderr).toBe("");
    expect(merge.stdout).toMatch(/^Merging the units' files:$/m);
    expect(merge.stdout).toMatch(/^Problems: \d+ errors?, \d+ warnings?\.$/m);
    expect(consoleProse(merge, ["merged-en.xlsx"])).toEqual([]);
    const rollup = tdkt([
      "rollup",
      "so.xlsx",
      "so.xlsx",
      "--out",
      "rollup-console-en.xlsx",
      "--lang",
      "en",
    ]);
    expect(rollup.stderr).toBe("");
    expect(rollup.stdout).toMatch(/^Read 2 registers; /m);
    expect(rollup.stdout).toMatch(/is the same register as so\.xlsx: not taken again\.$/m);
    expect(consoleProse(rollup, ["so.xlsx", "rollup-console-en.xlsx"])).toEqual([]);
  });

  it("demo: the summary and the sheets it writes", () => {
    const r = tdkt(["demo", "--dir", "demo-en", "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Trial run on the bundled sample register/m);
    const out = "demo-en/so-thi-dua-mau-ket-qua.xlsx";
    const files = fs.readdirSync(path.join(dir, "demo-en", "ho-so"));
    expect(consoleProse(r, [out], files)).toEqual([]);
    expect(texts(out, "Kiểm tra")).toContain("REGISTER CHECK RESULTS");
  });

  it("without --lang the same commands speak Vietnamese", () => {
    const r = tdkt(["sheets", "so.xlsx", "--out", "sheets-vi.xlsx"]);
    expect(r.stdout).toMatch(/^Đã tạo 1 trang phiếu: CĐ-DTN\.$/m);
    expect(r.stdout).not.toContain("--lang");
    expect(tdkt(["run", "so.xlsx"]).stderr).toBe(
      "tdkt: thiếu --out: tdkt run TỆP.xlsx --out KẾT-QUẢ.xlsx\n"
    );
  });
});
