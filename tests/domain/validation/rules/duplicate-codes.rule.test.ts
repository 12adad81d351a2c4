import { duplicateCodesRule } from "../../../../src/domain/validation/rules/duplicate-codes.rule";
import { addRow, changed, codesAt, runRule, setCell } from "../../helpers/register-grids";
import type { CellValue } from "../../../../src/domain/grid";

type Sheets = Record<string, CellValue[][]>;

describe("duplicate-codes", () => {
  it.each<[string, (s: Sheets) => void, string[]]>([
    ["unique codes", () => undefined, []],
    [
      "a unit code repeated: the later row is flagged",
      (s) => {
        addRow(s, "Đơn vị", ["VP", "Văn phòng 2"]);
      },
      ["duplicate-code@A7"],
    ],
    [
      "a unit code differing only in case",
      (s) => {
        addRow(s, "Đơn vị", ["vp ", "Văn phòng 2"]);
      },
      ["duplicate-code@A7"],
    ],
    [
      "a staff code repeated twice",
      (s) => {
        addRow(s, "Cán bộ", ["CB002", "Lê Thị Hoa", "VP"]);
        addRow(s, "Cán bộ", ["CB002", "Lê Hoa", "VP"]);
      },
      ["duplicate-code@A8", "duplicate-code@A9"],
    ],
    [
      "a criterion code typed as number and text",
      (s) => {
        addRow(s, "Tiêu chí", [1.1, "Trùng", 0]);
      },
      ["duplicate-code@A8"],
    ],
    [
      "a staff code that is also a unit code",
      (s) => {
        setCell(s, "Cán bộ", "A3", "khtc");
      },
      ["ambiguous-code@A3"],
    ],
  ])("%s", (_name, change, expected) => {
    expect(codesAt(runRule(duplicateCodesRule, changed(change)))).toEqual(expected);
  });

  it("names the first row in the message", () => {
    const [issue] = runRule(
      duplicateCodesRule,
      changed((s) => {
        setCell(s, "Cán bộ", "A4", "CB001");
      })
    );
    expect(issue?.message).toContain("dòng 2");
    expect(issue).toMatchObject({ severity: "error", sheet: "Cán bộ", cell: "A4" });
  });
});
