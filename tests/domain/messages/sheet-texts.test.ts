/**
 * The working sheets' catalogue (issue 10 item 1): English has every Vietnamese key with the same
 * kind (text, list of headers of the same length, wording function), every wording function has
 * an example here and words it in both languages, and the English speaks English (the register's
 * own words — sheet names, values typed in cells — aside).
 */
import * as layout from "../../../src/domain/codec/register-layout";
import {
  DECISION_COLUMNS,
  DECISION_SHEET,
  OUTCOME_TEXT,
} from "../../../src/domain/year/decision-layout";
import { SHEET_TEXT_CATALOGUES } from "../../../src/domain/messages/sheet-texts";

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/**
 * The register's own words an English sheet quotes as the user sees them in Excel, and the
 * decrees' numbers ("152/2025/NĐ-CP") it cites.
 */
const REGISTER_WORDS: readonly string[] = [
  ...Object.values(layout.SHEET),
  layout.SCORE_PREFIX,
  DECISION_SHEET,
  ...layout.STAFF_COLUMNS.map((c) => c.header),
  ...layout.SCORE_COLUMNS.map((c) => c.header),
  // The decisions sheet's note names the columns to type and their values.
  ...DECISION_COLUMNS.map((c) => c.header),
  ...Object.values(OUTCOME_TEXT),
  "NĐ-CP",
]
  .filter((w): w is string => typeof w === "string")
  .sort((a, b) => b.length - a.length);

/** Example params of each wording function, by its path in the catalogue. */
const EXAMPLES: Readonly<Record<string, object>> = {
  draftMark: { errors: 3 },
  "check.summary": { errors: 2, warnings: 5 },
  "score.title": { year: 2024 },
  "score.notRankedSheet": { sheet: "CĐ-VP" },
  "merge.time": { time: "05/11/2024 16:00:00" },
  "nextYear.summary": { ratings: 40, awards: 12, undecided: 2, left: 1 },
  "unitFile.title": { unit: "VP", unitName: "Văn phòng", year: 2024 },
  "unitFile.steps": { pledgeSheet: "ĐK-VP", scoreSheet: "CĐ-VP" },
  "rollup.title": { registers: 3, date: "05/11/2024" },
  "rollup.summary": { files: 3, lists: "Chủ tịch UBND tỉnh: 4" },
  "rollup.unusable": { reason: "thiếu trang Đơn vị" },
  "rollup.repeats": { file: "so-khcn.xlsx" },
  "rollup.listTitle": { authority: "Chủ tịch UBND tỉnh" },
  "rollup.duplicateOf": { line: 2, file: "so-khcn.xlsx" },
  "rollup.votesFor": { yes: 7 },
  "rollup.voteShare": { yes: 7, members: 9, percent: 77.8 },
  "yearReport.title": { midYear: true, year: 2024 },
  "yearReport.pledged": { units: 3, allUnits: 5, staff: 20, allStaff: 40 },
  "yearReport.rewards": { baseSalary: 2_340_000 },
  "yearReport.awardOfKind": { award: "Giấy khen", individual: true },
  "decisionSheet.title": { year: 2024 },
  "decisionSheet.budgetTitle": { baseSalary: 2_340_000 },
};

type Entry = readonly [path: string, value: unknown];

function entries(node: unknown, prefix = ""): Entry[] {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return [[prefix, node]];
  return Object.entries(node).flatMap(([k, v]) => entries(v, prefix === "" ? k : `${prefix}.${k}`));
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return `list of ${value.length}`;
  return typeof value;
}

function wordings(path: string, value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "function") {
    const example = EXAMPLES[path];
    if (example === undefined) throw new Error(`no example for ${path}`);
    // A function words a text, or a list of lines (the unit file's steps).
    const worded = (value as (p: object) => string | string[])(example);
    return Array.isArray(worded) ? worded : [worded];
  }
  throw new Error(`${path}: ${typeof value}`);
}

/** The text without the register's words and the example's own values. */
function withoutRegisterWords(text: string, path: string): string {
  let rest = text;
  const values = Object.values(EXAMPLES[path] ?? {}).filter(
    (v): v is string => typeof v === "string"
  );
  for (const word of [...values, ...REGISTER_WORDS]) rest = rest.split(word).join(" ");
  return rest;
}

const vi = entries(SHEET_TEXT_CATALOGUES.vi);
const en = new Map(entries(SHEET_TEXT_CATALOGUES.en));

describe("working-sheet catalogue", () => {
  it("has in English every key of the Vietnamese, of the same kind", () => {
    expect([...en.keys()].sort()).toEqual(vi.map(([p]) => p).sort());
    for (const [path, value] of vi)
      expect([path, kindOf(en.get(path))]).toEqual([path, kindOf(value)]);
  });

  it("has an example for every wording function, and no example without one", () => {
    const functions = vi.filter(([, v]) => typeof v === "function").map(([p]) => p);
    expect(functions.sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it.each(vi.map(([p]) => p))("%s is worded in both languages, each in its own", (path) => {
    const viText = wordings(path, vi.find(([p]) => p === path)?.[1]);
    const enText = wordings(path, en.get(path));
    viText.forEach((text, i) => {
      const english = enText[i] ?? "";
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      expect(english).not.toMatch(/undefined|NaN|\[object/);
      expect(withoutRegisterWords(english, path)).not.toMatch(VIETNAMESE_LETTERS);
      // An empty header cell stays empty in both; any other text is worded.
      expect(english === "").toBe(text === "");
    });
    // Every entry says something (a header list may hold one empty cell).
    expect(viText.join(" ").trim()).not.toBe("");
  });
});
