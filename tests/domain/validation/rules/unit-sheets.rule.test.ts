import { unitSheetsRule } from "../../../../src/domain/validation/rules/unit-sheets.rule";
import type { CellValue } from "../../../../src/domain/grid";
import { addRow, changed, codesAt, runRule, sampleSheets } from "../../helpers/register-grids";

type Sheets = Record<string, CellValue[][]>;

describe("unit-sheets", () => {
  it.each<[string, (s: Sheets) => void, string[]]>([
    ["every unit has both sheets", () => undefined, []],
    ["a unit without pledge sheet", (s) => delete s["ĐK-KHTC"], ["missing-pledge-sheet@A6"]],
    ["a unit without score sheet", (s) => delete s["CĐ-VP"], ["missing-score-sheet@A5"]],
    [
      "no score sheets needed without criteria",
      (s) => {
        delete s["CĐ-VP"];
        s["Tiêu chí"] = [["Mã tiêu chí", "Nội dung", "Điểm tối đa"]];
      },
      [],
    ],
    [
      "a new unit with neither",
      (s) => {
        addRow(s, "Đơn vị", ["TTra", "Thanh tra"]);
      },
      ["missing-pledge-sheet@A7", "missing-score-sheet@A7"],
    ],
    [
      "a pledge sheet of an unknown unit",
      (s) => (s["ĐK-XYZ"] = sampleSheets()["ĐK-KHTC"] ?? []),
      ["unknown-unit@-"],
    ],
    [
      "two pledge sheets of one unit",
      (s) => (s["dk-vp"] = sampleSheets()["ĐK-VP"] ?? []),
      ["duplicate-unit-sheet@-"],
    ],
  ])("%s", (_name, change, expected) => {
    expect(codesAt(runRule(unitSheetsRule, changed(change)))).toEqual(expected);
  });
});
