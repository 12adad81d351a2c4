/**
 * The working sheets' catalogue (issue 10 item 1): English has every Vietnamese key with the same
 * kind (text, list of headers of the same length, wording function), every wording function has
 * an example here and words it in both languages, and the English speaks English (the register's
 * own words — sheet names, values typed in cells — aside).
 */
import { SHEET_TEXT_CATALOGUES } from "../../../src/domain/messages/sheet-texts";
import {
  VIETNAMESE_LETTERS,
  catalogueEntries,
  catalogueOwnWords,
  wordingsOf,
} from "../../support/catalogue-wording";

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

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return `list of ${value.length}`;
  return typeof value;
}

/** Each entry's texts: a text, a list of headers, or a function wording a text or lines. */
function wordings(path: string, value: unknown): string[] {
  return wordingsOf(path, value, { exampleFor: (p) => EXAMPLES[p], lists: true });
}

const vi = catalogueEntries(SHEET_TEXT_CATALOGUES.vi);
const en = new Map(catalogueEntries(SHEET_TEXT_CATALOGUES.en));

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
      expect(catalogueOwnWords(english, EXAMPLES[path])).not.toMatch(VIETNAMESE_LETTERS);
      // An empty header cell stays empty in both; any other text is worded.
      expect(english === "").toBe(text === "");
    });
    // Every entry says something (a header list may hold one empty cell).
    expect(viText.join(" ").trim()).not.toBe("");
  });
});
