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
        setCell(s, "Bình xét", "B2", "Tập thể lao động tiên tiến");
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

describe("votes: title fits the subject", () => {
  it.each([
    ["CB001", "Chiến sĩ thi đua cơ sở", []],
    ["VP", "Chiến sĩ thi đua cơ sở", ["vote-wrong-subject@B2"]],
    ["CB001", "Cờ thi đua của UBND tỉnh", ["vote-wrong-subject@B2"]],
    ["VP", "Cờ thi đua tỉnh", []],
    ["CB001", "Bằng khen tỉnh", []],
  ])("%s voted for %s", (subject, award, expected) => {
    const grids = changed((s) => {
      setCell(s, "Bình xét", "A2", subject);
      setCell(s, "Bình xét", "B2", award);
    });
    expect(codesAt(runRule(votesRule, grids))).toEqual(expected);
  });
});
