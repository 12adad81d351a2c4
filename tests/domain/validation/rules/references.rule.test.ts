import { referencesRule } from "../../../../src/domain/validation/rules/references.rule";
import type { CellValue } from "../../../../src/domain/grid";
import { changed, codesAt, runRule, setCell } from "../../helpers/register-grids";

describe("references", () => {
  it.each<[string, string, CellValue, string[]]>([
    ["Lịch sử", "A2", "CB002", []],
    ["Lịch sử", "A2", "KHTC", []],
    ["Lịch sử", "A2", "CB777", ["unknown-subject@A2"]],
    ["Sáng kiến", "A2", "CB006", []],
    ["Sáng kiến", "A2", "VP", ["unknown-staff@A2"]],
  ])("%s!%s = %p", (sheet, cell, value, expected) => {
    const issues = runRule(
      referencesRule,
      changed((s) => {
        setCell(s, sheet, cell, value);
      })
    );
    expect(codesAt(issues)).toEqual(expected);
    for (const i of issues) expect(i.severity).toBe("warning");
  });
});
