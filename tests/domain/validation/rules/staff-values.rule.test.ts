import { staffValuesRule } from "../../../../src/domain/validation/rules/staff-values.rule";
import type { CellValue } from "../../../../src/domain/grid";
import { changed, codesAt, runRule, setCell } from "../../helpers/register-grids";

describe("staff-values", () => {
  it.each<[string, string, CellValue, string[]]>([
    ["months 0", "G3", 0, []],
    ["months 12", "G3", 12, []],
    ["months 10,5", "G3", "10,5", []],
    ["months 13", "G3", 13, ["months-out-of-range@G3"]],
    ["months -1", "G3", -1, ["months-out-of-range@G3"]],
    ["discipline Khiển trách", "J3", "Khiển trách", []],
    ["discipline Buộc thôi việc", "J3", "buộc thôi việc", []],
    ["discipline outside the list", "J3", "Phê bình", ["unknown-discipline@J3"]],
    ["born 1960", "E3", "01/01/1960", []],
    ["born 2015", "E3", "01/01/2015", ["birth-date-out-of-range@E3"]],
    ["born 1900", "E3", "01/01/1900", ["birth-date-out-of-range@E3"]],
  ])("%s", (_name, cell, value, expected) => {
    expect(
      codesAt(
        runRule(
          staffValuesRule,
          changed((s) => {
            setCell(s, "Cán bộ", cell, value);
          })
        )
      )
    ).toEqual(expected);
  });
});
