import { staffUnitRule } from "../../../../src/domain/validation/rules/staff-unit.rule";
import { changed, codesAt, runRule, setCell } from "../../helpers/register-grids";

describe("staff-unit", () => {
  it.each([
    ["VP", []],
    ["khtc", []],
    ["TTra", ["unknown-unit@C3"]],
    [123, ["unknown-unit@C3"]],
  ])("a person of unit %p", (unit, expected) => {
    expect(
      codesAt(
        runRule(
          staffUnitRule,
          changed((s) => {
            setCell(s, "Cán bộ", "C3", unit);
          })
        )
      )
    ).toEqual(expected);
  });
});
