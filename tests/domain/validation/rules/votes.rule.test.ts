import { votesRule } from "../../../../src/domain/validation/rules/votes.rule";
import type { CellValue } from "../../../../src/domain/grid";
import { addRow, changed, codesAt, runRule, setCell } from "../../helpers/register-grids";

type Sheets = Record<string, CellValue[][]>;

describe("votes", () => {
  it.each<[string, (s: Sheets) => void, string[]]>([
    ["valid votes", () => undefined, []],
    [
      "yes equal to members",
      (s) => {
        setCell(s, "Bình xét", "D2", 9);
      },
      [],
    ],
    [
      "yes above members",
      (s) => {
        setCell(s, "Bình xét", "D2", 10);
      },
      ["votes-above-members@D2"],
    ],
    [
      "yes above the council of Cấu hình",
      (s) => {
        setCell(s, "Bình xét", "D3", 10);
      },
      ["votes-above-members@D3"],
    ],
    [
      "an unknown subject",
      (s) => {
        setCell(s, "Bình xét", "A2", "CB404");
      },
      ["unknown-subject@A2"],
    ],
    [
      "a unit as subject",
      (s) => {
        setCell(s, "Bình xét", "A2", "KHTC");
      },
      [],
    ],
    [
      "a fractional count",
      (s) => {
        setCell(s, "Bình xét", "D2", "7,5");
      },
      ["invalid-vote-count@D2"],
    ],
    [
      "zero members",
      (s) => {
        setCell(s, "Bình xét", "C2", 0);
      },
      ["invalid-vote-count@C2"],
    ],
    [
      "no member count anywhere",
      (s) => {
        setCell(s, "Cấu hình", "B8", null);
      },
      ["missing-council-members@C3"],
    ],
    [
      "the same vote twice",
      (s) => {
        addRow(s, "Bình xét", ["cb001", "CSTĐCS", 9, 7]);
      },
      ["duplicate-vote@A4"],
    ],
  ])("%s", (_name, change, expected) => {
    expect(codesAt(runRule(votesRule, changed(change)))).toEqual(expected);
  });
});
