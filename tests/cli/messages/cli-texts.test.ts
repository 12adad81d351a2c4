/**
 * The console catalogue of `tdkt` (issue 10 item 1): English has every Vietnamese key with the
 * same kind, every wording function has an example here and words it in both languages, and the
 * English speaks English (the register's own words — sheet names, setting labels, the product's
 * name — and the example's values aside). The Vietnamese help is the one tdkt always printed.
 */
import { CLI_TEXTS_VI, loadCliTexts, type CliTexts } from "../../../src/cli/messages/cli-texts";
import {
  VIETNAMESE_LETTERS,
  catalogueEntries,
  catalogueOwnWords,
  wordingsOf,
} from "../../support/catalogue-wording";

const DAY = { year: 2024, month: 11, day: 5 };

/** Example params of each wording function, by its path in the catalogue. */
const EXAMPLES: Readonly<Record<string, object>> = {
  "usage.withOut": { command: "run" },
  "args.unknownCommand": { name: "chek" },
  "args.flagTakesNoValue": { option: "--force" },
  "args.unknownOption": { command: "check", option: "--out" },
  "args.missingValue": { option: "--json" },
  "args.repeatedOption": { option: "--out" },
  "args.extraArguments": { args: "b.xlsx" },
  "args.missingFile": { command: "check" },
  "args.missingUnitFiles": { usage: "tdkt merge A B --out C" },
  "args.missingOut": { usage: "tdkt run A --out B" },
  "args.jsonIsWorkbook": { file: "so.xlsx" },
  "args.badReportKind": { kind: "nam" },
  "sameFile.outNeverInput": { command: "run" },
  "sameFile.outNotInput": { command: "sheets" },
  "files.notFound": { file: "so.xlsx" },
  "files.noSuchFile": { file: "so.xlsx" },
  "files.folderNotXlsx": { file: "so.xlsx" },
  "files.noAccess": { file: null },
  "files.unexpected": { message: "boom" },
  "files.notReadable": { file: "so.xlsx", why: "ZIP64" },
  "files.readRefusal": {
    code: "part-too-large",
    params: { part: "xl/sharedStrings.xml", bytes: 3e8, maxBytes: 2e8 },
  },
  "files.outIsFolder": { file: "out" },
  "files.outNotPlainFile": { file: "out" },
  "files.notOurs": { file: "so.xlsx", kind: "json" },
  "files.noFolderFor": { folder: "/tmp/x", name: "so.xlsx" },
  "files.dossierOutIsFile": { out: "hs.xlsx" },
  "files.writeFailed": { file: "out.xlsx", why: "EIO" },
  "files.why.code": { code: "EIO" },
  "summary.register": { agency: "Sở Khoa học và Công nghệ", year: 2024 },
  "summary.issues": { errors: 2, warnings: 1 },
  "summary.moreIssues": { more: 3 },
  "summary.unit": {
    rank: 2,
    name: "Văn phòng",
    unit: "VP",
    score: 95.5,
    rating: "Hoàn thành xuất sắc nhiệm vụ",
  },
  "summary.moreUnits": { more: 4 },
  "summary.unranked": { count: 1 },
  "summary.status": { status: "awaiting_vote", count: 2 },
  "summary.award": {
    award: "Chiến sĩ thi đua cấp tỉnh",
    decidedBy: "Chủ tịch UBND tỉnh",
    counts: "2 x",
  },
  "summary.jsonReport": { file: "r.json" },
  "calendar.allPast": { year: 2024, today: DAY },
  "calendar.next": { year: 2024, label: "Hạn tổng kết", date: DAY, daysLeft: 3 },
  "calendar.units": { today: DAY, late: 2 },
  "calendar.unit": { code: "VP", pledge: "a", score: "b" },
  "calendar.status": { status: "in_progress" },
  "calendar.late": { label: "Hạn đăng ký", date: DAY },
  "init.exists": { file: "so.xlsx" },
  "init.created": { file: "so.xlsx", sheets: "Cấu hình, Đơn vị", next: 'npx tdkt check "so.xlsx"' },
  "run.written": { out: "out.xlsx", sheets: "Kiểm tra" },
  "dossier.documents": { count: 18, folder: "hs" },
  "dossier.blanks": { count: 2 },
  "sheets.nothingNew": { count: 20 },
  "sheets.created": { count: 1, sheets: "CĐ-DTN" },
  "sheets.kept": { sheets: "ĐK-VP" },
  "sheets.written": { out: "out.xlsx", file: "so.xlsx" },
  "sheets.next": { next: 'npx tdkt check "out.xlsx"' },
  "demo.read": { units: 10, staff: 64 },
  "demo.issues": { errors: 2, warnings: 14 },
  "demo.result": { out: "demo/out.xlsx", sheets: "Kiểm tra" },
  "demo.json": { file: "demo/r.json" },
  "demo.dossier": { folder: "demo/ho-so", documents: 18, next: 'npx tdkt dossier "so.xlsx"' },
  "demo.copy": { file: "demo/so.xlsx", next: 'npx tdkt check "so.xlsx"' },
  "decisions.sheet": { sheet: "Quyết định", rows: 84, gone: 2, kept: 75 },
  "decisions.budget": {
    award: "Giấy khen",
    kind: "individual",
    count: 2,
    multiple: 0.3,
    amount: 1_404_000,
  },
  "decisions.total": { amount: 131_976_000 },
  "decisions.written": { out: "out.xlsx", sheet: "Quyết định" },
  "report.written": { out: "out.xlsx", sheet: "Báo cáo tổng kết" },
  "nextYear.exists": { out: "2025.xlsx" },
  "nextYear.created": { year: 2025, out: "2025.xlsx", sheets: 27, file: "so.xlsx" },
  "lock.alreadyLocked": { file: "so.xlsx", lockedAt: "05/11/2024 16:00:00", fingerprint: "ab12" },
  "lock.locked": { values: 1310, fingerprint: "ab12", by: null, out: "out.xlsx" },
  "lock.notLocked": { file: "so.xlsx" },
  "lock.unlocked": { fingerprint: "ab12", out: "out.xlsx" },
  "split.noFolder": { folder: "units" },
  "split.notFolder": { folder: "units" },
  "split.exported": { count: 10 },
  "split.next": { file: "so.xlsx" },
  "merge.file": { file: "phieu-VP.xlsx", cells: 3, unit: "VP" },
  "merge.problems": { errors: 1, warnings: 2 },
  "merge.finding": { error: true, text: "x" },
  "merge.more": { more: 5 },
  "merge.createdSheets": { sheets: "CĐ-DTN" },
  "merge.written": { out: "out.xlsx" },
  "rollup.read": { count: 2 },
  "rollup.list": { authority: "Chủ tịch UBND tỉnh", count: 8, duplicates: 1 },
  "rollup.unusable": { file: "so.xlsx", reason: "x" },
  "rollup.repeats": { file: "so-2.xlsx", other: "so.xlsx" },
  "rollup.written": { out: "out.xlsx" },
};

/** Each entry's texts: a console line is a text, or a function wording one line or several. */
function wordings(path: string, value: unknown): string[] {
  return wordingsOf(path, value, { exampleFor: (p) => EXAMPLES[p], lists: false });
}

let english: CliTexts;
const vi = catalogueEntries(CLI_TEXTS_VI).filter(([p]) => p !== "language");
let en: Map<string, unknown>;

beforeAll(async () => {
  english = await loadCliTexts("en");
  en = new Map(catalogueEntries(english).filter(([p]) => p !== "language"));
});

describe("console catalogue", () => {
  it("loads the catalogue of the language asked for", async () => {
    expect(await loadCliTexts("vi")).toBe(CLI_TEXTS_VI);
    expect(english.language).toBe("en");
    expect(CLI_TEXTS_VI.language).toBe("vi");
  });

  it("has in English every key of the Vietnamese, of the same kind", () => {
    expect([...en.keys()].sort()).toEqual(vi.map(([p]) => p).sort());
    for (const [path, value] of vi)
      expect([path, typeof en.get(path)]).toEqual([path, typeof value]);
  });

  it("has an example for every wording function, and no example without one", () => {
    const functions = vi.filter(([, v]) => typeof v === "function").map(([p]) => p);
    expect(functions.sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it.each(vi.map(([p]) => p))("%s is worded in both languages, each in its own", (path) => {
    const viText = wordings(path, vi.find(([p]) => p === path)?.[1]);
    const enText = wordings(path, en.get(path));
    expect(enText.length).toBe(viText.length);
    viText.forEach((text, i) => {
      const inEnglish = enText[i] ?? "";
      for (const t of [text, inEnglish]) {
        expect(t).not.toMatch(/undefined|NaN|null|\[object/);
        expect(t.trim()).not.toBe("");
      }
      expect(catalogueOwnWords(inEnglish, EXAMPLES[path])).not.toMatch(VIETNAMESE_LETTERS);
      // The Vietnamese is Vietnamese: it differs from the English (a path or a code aside).
      expect(text === inEnglish).toBe(false);
    });
  });

  it("formats numbers and dates each language's way", () => {
    const unit = EXAMPLES["summary.unit"] as Parameters<CliTexts["summary"]["unit"]>[0];
    expect(CLI_TEXTS_VI.summary.unit(unit)).toContain("95,5 điểm");
    expect(english.summary.unit(unit)).toContain("95.5 points");
    const budget = EXAMPLES["decisions.budget"] as Parameters<CliTexts["decisions"]["budget"]>[0];
    expect(CLI_TEXTS_VI.decisions.budget(budget)).toContain("2 × 0,3 lương cơ sở = 1.404.000 đồng");
    expect(english.decisions.budget(budget)).toContain("2 × 0.3 × base salary = VND 1,404,000");
    const late = { label: "Hạn đăng ký", date: { year: 2024, month: 1, day: 31 } };
    expect(CLI_TEXTS_VI.calendar.late(late)).toBe(" — TRỄ HẠN (Hạn đăng ký 31/01/2024)");
    expect(english.calendar.late(late)).toBe(" — LATE (Hạn đăng ký 31 Jan 2024)");
  });

  it("words a count of one in the singular in English", () => {
    expect(english.summary.unranked({ count: 1 })).toBe(
      "  1 unit not ranked (council scores missing)."
    );
    expect(english.summary.unranked({ count: 2 })).toBe(
      "  2 units not ranked (council scores missing)."
    );
    expect(english.rollup.list({ authority: "Thủ tướng", count: 1, duplicates: null })).toBe(
      "  Thủ tướng: 1 proposal"
    );
  });
});
