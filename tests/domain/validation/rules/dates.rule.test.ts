import { datesRule } from "../../../../src/domain/validation/rules/dates.rule";
import type { CellValue } from "../../../../src/domain/grid";
import { changed, codesAt, runRule, setCell } from "../../helpers/register-grids";

describe("dates", () => {
  it.each<[string, string, CellValue, string[]]>([
    ["Lịch sử", "B2", 2021, []],
    ["Lịch sử", "B2", 2024, []],
    ["Lịch sử", "B2", 2025, ["history-year-out-of-range@B2"]],
    ["Lịch sử", "E2", "05/11/2024", []],
    ["Lịch sử", "E2", "06/11/2024", ["date-out-of-range@E2"]],
    ["Sáng kiến", "F2", "01/12/2024", ["date-out-of-range@F2"]],
    ["Sáng kiến", "F2", "01/01/2020", []],
  ])("%s!%s = %p", (sheet, cell, value, expected) => {
    expect(
      codesAt(
        runRule(
          datesRule,
          changed((s) => {
            setCell(s, sheet, cell, value);
          })
        )
      )
    ).toEqual(expected);
  });

  it("uses the end of the year when Ngày xét is not set", () => {
    const grids = changed((s) => {
      setCell(s, "Cấu hình", "B7", null);
      setCell(s, "Sáng kiến", "F2", "31/12/2024");
    });
    expect(runRule(datesRule, grids)).toEqual([]);
  });
});

describe("dates of Cấu hình", () => {
  it.each<[string, CellValue, string[]]>([
    ["B6", "31/01/2024", []],
    ["B6", "15/12/2023", []],
    ["B6", "31/01/2025", ["setting-date-out-of-year@B6"]],
    ["B7", "15/01/2025", []],
    ["B7", "05/11/2027", ["setting-date-out-of-year@B7"]],
  ])("%s = %p", (cell, value, expected) => {
    const issues = runRule(
      datesRule,
      changed((s) => {
        setCell(s, "Cấu hình", cell, value);
      })
    );
    expect(codesAt(issues)).toEqual(expected);
    for (const i of issues) expect(i).toMatchObject({ severity: "warning", sheet: "Cấu hình" });
  });
});
