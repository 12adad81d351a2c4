/**
 * `--lang en` (issue 10 item 1): the working sheets `tdkt run`, `report` and `rollup` write are in
 * English. Every text cell of `Kiểm tra`, `Kết quả chấm điểm`, the year report and the roll-up,
 * once the register's own words are taken out (what the register's cells hold — names, criteria,
 * typed values —, sheet names, headers and setting labels, ratings, the rulebook's title names,
 * and the example values a missing setting's message suggests typing), has no
 * Vietnamese letter left; the same run without `--lang` writes them in Vietnamese.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { OpcPackage } from "../../src/adapters/xlsx/opc-package";
import { XlsxReader } from "../../src/adapters/xlsx/xlsx-reader";
import * as layout from "../../src/domain/codec/register-layout";
import { RATING_TEXT } from "../../src/domain/codec/vocabulary";
import { DOCUMENT_TEXTS } from "../../src/domain/messages/document-texts";
import { AWARD_CATALOGUE, AUTHORITY_TEXT } from "../../src/domain/rulebook/award-catalogue";
import { HIGHER_AUTHORITIES_BY_RANK } from "../../src/domain/rulebook/award-catalogue";
import {
  DECISION_COLUMNS,
  DECISION_SHEET,
  NO_LONGER_PROPOSED,
  OUTCOME_TEXT,
} from "../../src/domain/year/decision-layout";
import { BIN, ROOT, ensureCliBuilt } from "../helpers/xlsx/build-cli";
import { registerBytes } from "../helpers/xlsx/register-builder";
import { BUILD_TIMEOUT, CHILD_PROCESS_TIMEOUT } from "../support/timeouts";

jest.setTimeout(CHILD_PROCESS_TIMEOUT);

const SAMPLE = path.join(ROOT, "assets", "sample-register.xlsx");
const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

let dir: string;

function tdkt(args: readonly string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: CHILD_PROCESS_TIMEOUT,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
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
  return cells.filter((cell) => {
    let rest = cell;
    for (const word of words) if (rest.includes(word)) rest = rest.split(word).join(" ");
    return VIETNAMESE_LETTERS.test(rest);
  });
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
