import { pledgeAwardsRule } from "../../../../src/domain/validation/rules/pledge-awards.rule";
import type { CellValue } from "../../../../src/domain/grid";
import { changed, codesAt, runRule, setCell } from "../../helpers/register-grids";

describe("pledge-awards", () => {
  it.each<[string, CellValue, string[]]>([
    // individual rows: D = title column, E = award column
    ["D5", "Lao động tiên tiến", []],
    ["D5", "CSTĐ cấp tỉnh", []],
    ["D5", "Giấy khen", ["award-in-title-column@D5"]],
    ["E5", "Chiến sĩ thi đua cơ sở", ["title-in-award-column@E5"]],
    ["E5", "Bằng khen Bộ", []],
    ["D5", "Tập thể lao động tiên tiến", ["collective-title-for-person@D5"]],
    ["D5", "Cờ thi đua tỉnh", ["collective-title-for-person@D5"]],
    // collective cells: B1 = title, B2 = award
    ["B1", "Tập thể lao động tiên tiến", []],
    ["B1", "Lao động tiên tiến", ["individual-title-for-unit@B1"]],
    ["B1", "Giấy khen", ["award-in-title-column@B1"]],
    ["B2", "Giấy khen", []],
    ["B2", "Cờ thi đua của Chính phủ", ["title-in-award-column@B2"]],
  ])("ĐK-VP!%s = %p", (cell, value, expected) => {
    expect(
      codesAt(
        runRule(
          pledgeAwardsRule,
          changed((s) => {
            setCell(s, "ĐK-VP", cell, value);
          })
        )
      )
    ).toEqual(expected);
  });
});
