import { scoresRule } from "../../../../src/domain/validation/rules/scores.rule";
import type { CellValue } from "../../../../src/domain/grid";
import { addRow, changed, codesAt, runRule, setCell } from "../../helpers/register-grids";

type Sheets = Record<string, CellValue[][]>;

describe("scores", () => {
  it.each<[string, (s: Sheets) => void, string[]]>([
    ["scores within range", () => undefined, []],
    [
      "a score at the maximum",
      (s) => {
        setCell(s, "CĐ-VP", "D3", 30);
      },
      [],
    ],
    [
      "a score above the maximum",
      (s) => {
        setCell(s, "CĐ-VP", "D3", 31);
      },
      ["score-out-of-range@D3"],
    ],
    [
      "a negative council score",
      (s) => {
        setCell(s, "CĐ-VP", "E4", -1);
      },
      ["score-out-of-range@E4"],
    ],
    [
      "a deduction above its maximum",
      (s) => {
        setCell(s, "CĐ-VP", "E7", 6);
      },
      ["score-out-of-range@E7"],
    ],
    [
      "a score on a parent that is not the sum of its children",
      (s) => {
        setCell(s, "CĐ-VP", "D2", 57);
      },
      ["score-on-parent@D2"],
    ],
    [
      "a parent holding the sums of its children",
      (s) => {
        setCell(s, "CĐ-VP", "D2", 57.5);
        setCell(s, "CĐ-VP", "E2", "55");
      },
      [],
    ],
    [
      "an unknown criterion",
      (s) => {
        addRow(s, "CĐ-VP", ["9", "Thêm", 5, 5]);
      },
      ["unknown-criterion@A8"],
    ],
    [
      "a criterion listed twice",
      (s) => {
        addRow(s, "CĐ-VP", ["2", "Xây dựng tổ chức", 40, 1]);
      },
      ["duplicate-score-row@A8"],
    ],
    ["a leaf missing", (s) => s["CĐ-KHTC"]?.splice(2, 1), ["score-criteria-missing@-"]],
    ["a parent missing is fine", (s) => s["CĐ-VP"]?.splice(1, 1), []],
  ])("%s", (_name, change, expected) => {
    expect(codesAt(runRule(scoresRule, changed(change)))).toEqual(expected);
  });

  it("lists the missing codes", () => {
    const [issue] = runRule(
      scoresRule,
      changed((s) => s["CĐ-KHTC"]?.splice(1, 2))
    );
    expect(issue?.message).toContain("1.1, 1.2");
    expect(issue?.sheet).toBe("CĐ-KHTC");
  });
});
