import { shortServiceRatingRule } from "../../../../src/domain/validation/rules/short-service-rating.rule";
import type { CellValue } from "../../../../src/domain/grid";
import { changed, codesAt, runRule, setCell } from "../../helpers/register-grids";

describe("short-service-rating", () => {
  it.each<[CellValue, CellValue, CellValue, string[]]>([
    [12, "HTTNV", "không", []],
    [6, "HTTNV", "không", []],
    [5, "HTTNV", "không", ["rating-short-service@I4"]],
    [0, "HTXSNV", null, ["rating-short-service@I4"]],
    [3, "HTTNV", "có", []], // maternity leave is rated
    [3, null, null, []],
    [null, "HTTNV", null, []],
  ])("months %p, rating %p, maternity %p", (months, rating, maternity, expected) => {
    const grids = changed((s) => {
      setCell(s, "Cán bộ", "G4", months);
      setCell(s, "Cán bộ", "I4", rating);
      setCell(s, "Cán bộ", "H4", maternity);
    });
    expect(codesAt(runRule(shortServiceRatingRule, grids))).toEqual(expected);
  });
});

it("reads the minimum from the parameter minMonthsForRating", () => {
  const grids = changed((s) => {
    setCell(s, "Cán bộ", "G4", 8);
  });
  expect(codesAt(runRule(shortServiceRatingRule, grids, { minMonthsForRating: 10 }))).toEqual([
    "rating-short-service@I4",
  ]);
  expect(runRule(shortServiceRatingRule, grids, {})).toEqual([]);
});
