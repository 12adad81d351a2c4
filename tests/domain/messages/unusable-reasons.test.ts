/**
 * Why a register cannot be used (issue 10 item 1): every code is worded in both languages, the
 * English speaks English (the register's own sheet and setting names aside), and the use cases
 * return the typed reason, worded only at the edge.
 */
import * as layout from "../../../src/domain/codec/register-layout";
import { VIETNAMESE_LETTERS, catalogueOwnWords } from "../../support/catalogue-wording";
import { analyseRegister } from "../../../src/domain/analyse-register";
import { REQUIRED_SHEETS } from "../../../src/domain/codec/register-layout";
import { LANGUAGES } from "../../../src/domain/messages/language";
import {
  UNUSABLE_REASON_CATALOGUES,
  unusableReasonText,
} from "../../../src/domain/messages/unusable-reason-text";
import {
  unusableReason,
  type UnusableReasonCode,
  type UnusableReasonParamsByCode,
} from "../../../src/domain/messages/unusable-reasons";
import { splitRegister } from "../../../src/domain/unit-files/split-register";

/** One example per code; the compiler demands every code. */
const EXAMPLES: { readonly [C in UnusableReasonCode]: UnusableReasonParamsByCode[C] } = {
  "missing-sheets": { sheets: [layout.SHEET.units, layout.SHEET.staff] },
  "no-year": {},
};
const CODES = Object.keys(EXAMPLES) as UnusableReasonCode[];

describe("unusable register reasons", () => {
  it("have the same codes in every language, each with an example", () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(UNUSABLE_REASON_CATALOGUES[language]).sort()).toEqual([...CODES].sort());
    }
  });

  it.each(CODES)("%s is worded in Vietnamese and in English", (code) => {
    const reason = unusableReason(code, EXAMPLES[code] as never);
    const vi = unusableReasonText(reason, "vi");
    const en = unusableReasonText(reason, "en");
    expect(vi.trim().length).toBeGreaterThan(10);
    expect(en.trim().length).toBeGreaterThan(10);
    expect(en).not.toBe(vi);
    expect(vi).toMatch(VIETNAMESE_LETTERS);
    expect(catalogueOwnWords(en, reason.params)).not.toMatch(VIETNAMESE_LETTERS);
    for (const text of [vi, en]) expect(text).not.toMatch(/undefined|NaN|\[object/);
    // Vietnamese unless asked.
    expect(unusableReasonText(reason)).toBe(vi);
  });

  it("names each missing sheet, in either language", () => {
    const reason = unusableReason("missing-sheets", EXAMPLES["missing-sheets"]);
    expect(unusableReasonText(reason, "vi")).toBe("Thiếu trang bắt buộc: Đơn vị, Cán bộ.");
    expect(unusableReasonText(reason, "en")).toBe("Required sheets are missing: Đơn vị, Cán bộ.");
  });

  it("is what the analysis and the unit-file split return for a workbook with no register", () => {
    const expected = {
      kind: "unusable",
      reason: unusableReason("missing-sheets", { sheets: [...REQUIRED_SHEETS] }),
    };
    expect(analyseRegister(new Map())).toEqual(expected);
    // The split's language words its instruction sheet, not the typed reason.
    expect(splitRegister(new Map(), "en")).toEqual(expected);
  });
});
