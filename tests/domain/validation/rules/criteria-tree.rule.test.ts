import { criteriaTreeRule } from "../../../../src/domain/validation/rules/criteria-tree.rule";
import type { CellValue } from "../../../../src/domain/grid";
import { addRow, changed, codesAt, runRule, setCell } from "../../helpers/register-grids";

type Sheets = Record<string, CellValue[][]>;

describe("criteria-tree", () => {
  it.each<[string, (s: Sheets) => void, string[]]>([
    ["a consistent tree of 100 points", () => undefined, []],
    [
      "a parent larger than its children",
      (s) => {
        setCell(s, "Tiêu chí", "C2", 65);
      },
      ["criterion-sum-mismatch@C2", "criteria-total-not-100@-"],
    ],
    [
      "a child changed",
      (s) => {
        setCell(s, "Tiêu chí", "C3", 25);
      },
      ["criterion-sum-mismatch@C2"],
    ],
    [
      "decimal maxima that add up",
      (s) => {
        setCell(s, "Tiêu chí", "C3", "29,9");
        setCell(s, "Tiêu chí", "C4", 30.1);
      },
      [],
    ],
    [
      "a child without parent",
      (s) => {
        addRow(s, "Tiêu chí", ["5.1", "Mồ côi", 1]);
      },
      ["criterion-parent-missing@A8"],
    ],
    [
      "a negative maximum",
      (s) => {
        setCell(s, "Tiêu chí", "C7", -5);
      },
      ["criterion-max-negative@C7"],
    ],
    [
      "a base total of 90",
      (s) => {
        setCell(s, "Tiêu chí", "C5", 30);
      },
      ["criteria-total-not-100@-"],
    ],
    [
      "bonus and deduction do not count in the total",
      (s) => {
        setCell(s, "Tiêu chí", "C6", 20);
      },
      [],
    ],
    [
      "a deeper level",
      (s) => {
        addRow(s, "Tiêu chí", ["1.1.1", "a", 10]);
        addRow(s, "Tiêu chí", ["1.1.2", "b", 20]);
      },
      [],
    ],
    [
      "children of a bonus heading are bonus",
      (s) => {
        setCell(s, "Tiêu chí", "C6", 5);
        addRow(s, "Tiêu chí", ["3.1", "Sáng kiến", 3]);
        addRow(s, "Tiêu chí", ["3.2", "Khen thưởng đột xuất", 2]);
      },
      [],
    ],
    [
      "a child of another kind than its parent",
      (s) => {
        addRow(s, "Tiêu chí", ["3.1", "Sáng kiến", 3]);
        addRow(s, "Tiêu chí", ["3.2", "Vi phạm", 2, "Trừ"]);
      },
      ["criterion-kind-mismatch@D9"],
    ],
  ])("%s", (_name, change, expected) => {
    expect(codesAt(runRule(criteriaTreeRule, changed(change)))).toEqual(expected);
  });
});
