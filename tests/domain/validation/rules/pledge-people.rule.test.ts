import { pledgePeopleRule } from "../../../../src/domain/validation/rules/pledge-people.rule";
import type { CellValue } from "../../../../src/domain/grid";
import { addRow, changed, codesAt, runRule, setCell } from "../../helpers/register-grids";

type Sheets = Record<string, CellValue[][]>;

describe("pledge-people", () => {
  it.each<[string, (s: Sheets) => void, string[]]>([
    ["staff of the unit", () => undefined, []],
    [
      "a code of nobody",
      (s) => {
        setCell(s, "ĐK-VP", "B6", "CB999");
      },
      ["unknown-staff@B6"],
    ],
    [
      "someone of another unit",
      (s) => {
        addRow(s, "ĐK-VP", [4, "CB004", "Trần Thị Bình", "LĐTT"]);
      },
      ["pledge-wrong-unit@B8"],
    ],
    [
      "a name that differs from the roster",
      (s) => {
        setCell(s, "ĐK-VP", "C6", "Lê Thị Hoà");
      },
      ["name-mismatch@C6"],
    ],
    [
      "a name differing only in case and spaces",
      (s) => {
        setCell(s, "ĐK-VP", "C6", " lê  thị HOA ");
      },
      [],
    ],
    [
      "a name left empty",
      (s) => {
        setCell(s, "ĐK-VP", "C6", null);
      },
      [],
    ],
    [
      "the same person twice",
      (s) => {
        addRow(s, "ĐK-VP", [4, "cb002", "Lê Thị Hoa", "LĐTT"]);
      },
      ["duplicate-pledge@B8"],
    ],
  ])("%s", (_name, change, expected) => {
    expect(codesAt(runRule(pledgePeopleRule, changed(change)))).toEqual(expected);
  });

  it("tells where the person belongs", () => {
    const [issue] = runRule(
      pledgePeopleRule,
      changed((s) => {
        addRow(s, "ĐK-VP", [4, "CB004"]);
      })
    );
    expect(issue?.message).toContain("ĐK-KHTC");
    expect(issue?.sheet).toBe("ĐK-VP");
  });
});
