/**
 * Invalid scores are not summed (rules.md v2, "Scoring: invalid scores"; issue 13 item 4): a
 * council score of 1e6, 1e308, NaN or Infinity is an error at its cell, the total of that kind is
 * null and a warning names the cell that blocks it; NaN and Infinity never reach a sheet.
 */
import { buildScoreSheet } from "../../../src/domain/output/score-sheet";
import { DEFAULT_PARAMETER_VALUES } from "../../../src/domain/rulebook/parameters";
import { scoreUnits } from "../../../src/domain/scoring/score-units";
import { validateRegister } from "../../../src/domain/validation/validate-register";
import { criterion, register, scoreSheet, unit } from "../fixtures-rules/register-builder";

function withCouncilScore(score: number) {
  return register({
    units: [unit("A"), unit("B")],
    criteria: [criterion("1", 60), criterion("2", 40)],
    scoreSheets: [
      scoreSheet("A", { "1": [50, score], "2": [30, 30] }),
      scoreSheet("B", { "1": [40, 40], "2": [30, 30] }),
    ],
  });
}

describe("invalid council scores", () => {
  it.each<[string, number]>([
    ["1e6", 1e6],
    ["1e308", 1e308],
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["-Infinity", -Infinity],
    ["just above the maximum (60.01)", 60.01],
    ["just below zero (-0.01)", -0.01],
  ])("%s blocks the council total and names its cell", (_name, score) => {
    const reg = withCouncilScore(score);
    const result = scoreUnits(reg, DEFAULT_PARAMETER_VALUES);
    const a = result.scores.find((s) => s.unit === "A")!;
    expect(a).toMatchObject({ selfScore: 80, councilScore: null, rank: null });
    expect(result.scores.find((s) => s.unit === "B")).toMatchObject({ councilScore: 70, rank: 1 });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "score-council-blocked", sheet: "CĐ-A", cell: "E5" })
    );
    expect(validateRegister(reg, DEFAULT_PARAMETER_VALUES)).toContainEqual(
      expect.objectContaining({ severity: "error", code: "score-out-of-range", cell: "E5" })
    );
    const sheet = buildScoreSheet(reg, result);
    for (const row of sheet.rows)
      for (const c of row)
        if (typeof c?.value === "number") expect(Number.isFinite(c.value)).toBe(true);
  });

  it.each<[number]>([[0], [60]])("a score at the edge (%p) is summed", (score) => {
    const result = scoreUnits(withCouncilScore(score), DEFAULT_PARAMETER_VALUES);
    expect(result.scores.find((s) => s.unit === "A")?.councilScore).toBe(score + 30);
    expect(result.issues.filter((i) => i.code === "score-council-blocked")).toEqual([]);
  });
});
