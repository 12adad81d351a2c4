/** Output made from a register with errors says it is a draft, in its title area and its printed header. */
import { draftMark } from "../../../src/domain/output/draft-mark";
import { buildProposalSheet } from "../../../src/domain/output/proposal-sheet";
import { buildScoreSheet } from "../../../src/domain/output/score-sheet";
import { pageHeaderText } from "../../../src/domain/output/sheet-spec";
import { resolveParameters } from "../../../src/domain/rulebook/parameters";
import { scoreUnits } from "../../../src/domain/scoring/score-units";
import { criterion, register, scoreSheet, unit } from "../fixtures-rules/register-builder";
import { rowWith, values } from "./sheet-helpers";

const reg = register({
  units: [unit("A", { name: "Văn phòng" })],
  criteria: [criterion("1", 60)],
  scoreSheets: [scoreSheet("A", { "1": [60, 50] })],
});
const scoring = scoreUnits(reg, resolveParameters(reg.settings).values);

describe("draft mark", () => {
  it("is worded with the number of errors, and absent without errors", () => {
    expect(draftMark(3)).toBe("BẢN NHÁP — sổ còn 3 lỗi");
    expect(draftMark(0)).toBeNull();
  });

  it.each([
    ["Kết quả chấm điểm", (errors: number) => buildScoreSheet(reg, scoring, errors), "Hạng"],
    [
      "Đề nghị khen thưởng",
      (errors: number) => buildProposalSheet(reg, [], undefined, errors),
      "STT",
    ],
  ] as const)(
    "%s: under the title, above the table, and in the printed header",
    (_name, build, header) => {
      const draft = build(2);
      const clean = build(0);
      const row = rowWith(draft, "BẢN NHÁP — sổ còn 2 lỗi");
      expect(row).toBeGreaterThan(0);
      // In the title area: after the title, before the table's header row (within the first 15).
      const title = rowWith(draft, "NĂM 2024");
      expect(row).toBeGreaterThan(title);
      expect(row).toBeLessThan(rowWith(draft, header));
      expect(rowWith(draft, header)).toBeLessThan(15);
      expect(draft.print?.headerText).toBe("BẢN NHÁP — sổ còn 2 lỗi");
      expect(pageHeaderText(draft.print!)).toBe("&BBẢN NHÁP — sổ còn 2 lỗi");
      // Without errors: no mark anywhere, the same rows otherwise.
      expect(rowWith(clean, "BẢN NHÁP")).toBe(-1);
      expect(clean.print?.headerText).toBeUndefined();
      expect(values(draft).filter((_, i) => i !== row)).toEqual(values(clean));
    }
  );

  it("doubles an ampersand in the header so Excel prints it", () => {
    expect(pageHeaderText({ orientation: "portrait", paper: "A4", headerText: "A & B" })).toBe(
      "&BA && B"
    );
    expect(pageHeaderText({ orientation: "portrait", paper: "A4" })).toBeNull();
  });
});
