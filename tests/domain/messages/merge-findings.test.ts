/**
 * Merge findings (issue 10 item 1): every code is worded in both languages, a finding keeps its
 * code, params and place and carries its Vietnamese message, and the English speaks English (the
 * place's values — file, unit, sheet — aside).
 */
import { LANGUAGES } from "../../../src/domain/messages/language";
import { VIETNAMESE_LETTERS, catalogueOwnWords } from "../../support/catalogue-wording";
import {
  MERGE_FINDING_CATALOGUES,
  mergeFinding,
  mergeFindingText,
} from "../../../src/domain/messages/merge-finding-text";
import type {
  MergeFindingCode,
  MergeFindingParamsByCode,
  MergeFindingPlace,
} from "../../../src/domain/messages/merge-findings";

/** One example per code; the compiler demands every code. */
const EXAMPLES: { readonly [C in MergeFindingCode]: MergeFindingParamsByCode[C] } = {
  "changed-meanwhile": {},
  "changed-outside-input": { before: "Đạt", theirs: "" },
  conflict: { base: "19.5", ours: "19", theirs: "18" },
  "conflict-forced": { base: "19.5", ours: "19", theirs: "18" },
  "legacy-text": { encoding: "TCVN3", text: "Báo cáo tổng kết" },
  "missing-sheet-in-file": {},
  "not-a-unit-file": {},
  "register-sheet-changed": {},
  "register-sheet-missing": {},
  "same-unit-twice": { others: "vp (2).xlsx, vp (3).xlsx" },
  "wrong-register": { register: "Sở Tài chính", ours: "Sở Khoa học và Công nghệ" },
  "wrong-unit": { sheets: "ĐK-KT, CĐ-KT" },
  "wrong-year": { year: "2023", ours: "2024" },
};

const PLACE: MergeFindingPlace = { file: "phiếu-vp.xlsx", unit: "VP", sheet: "CĐ-VP", cell: "D7" };
const CODES = Object.keys(EXAMPLES) as MergeFindingCode[];

/** The text without the example's values, its place and the register's words it quotes. */
function ownWords(text: string, params: object): string {
  return catalogueOwnWords(text, [params, PLACE]);
}

describe("merge finding catalogues", () => {
  it("have the same codes in every language", () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(MERGE_FINDING_CATALOGUES[language]).sort()).toEqual([...CODES].sort());
    }
  });

  it.each(CODES)("%s is worded in Vietnamese and in English", (code) => {
    const params = EXAMPLES[code];
    const finding = mergeFinding("warning", code, params as never, PLACE);
    expect(finding).toMatchObject({ code, params, ...PLACE, severity: "warning" });
    const vi = mergeFindingText(finding, "vi");
    const en = mergeFindingText(finding, "en");
    expect(finding.message).toBe(vi);
    expect(en).not.toBe(vi);
    expect(ownWords(vi, params)).toMatch(VIETNAMESE_LETTERS);
    expect(ownWords(en, params)).not.toMatch(VIETNAMESE_LETTERS);
    expect(`${vi} ${en}`).not.toMatch(/undefined|NaN|\[object|null/);
  });

  it("words an empty value as empty, and a whole reference sheet without a cell", () => {
    const cell = mergeFinding(
      "warning",
      "changed-outside-input",
      { before: "", theirs: "x" },
      PLACE
    );
    expect(mergeFindingText(cell, "vi")).toContain('((trống) → "x")');
    expect(mergeFindingText(cell, "en")).toContain('((empty) → "x")');
    const sheet = mergeFinding(
      "warning",
      "changed-outside-input",
      { before: "", theirs: "" },
      {
        ...PLACE,
        sheet: "Cán bộ",
        cell: null,
      }
    );
    expect(mergeFindingText(sheet, "en")).toContain('The "Cán bộ" sheet in the file');
  });
});
