import fc from "fast-check";
import type { Criterion, ScoreSheet } from "../../../src/domain/model";
import {
  DEFAULT_PARAMETER_VALUES,
  resolveParameters,
} from "../../../src/domain/rulebook/parameters";
import { rankByTotal } from "../../../src/domain/scoring/rank";
import { scoreUnits } from "../../../src/domain/scoring/score-units";
import {
  criterion,
  register,
  scoreSheet,
  settings,
  unit,
} from "../fixtures-rules/register-builder";

const CRITERIA: Criterion[] = [
  criterion("1", 60, "plus", false),
  criterion("1.1", 30),
  criterion("1.2", 30),
  criterion("2", 40),
  criterion("3", 10, "bonus"),
  criterion("4", 10, "minus"),
];

function score(
  sheets: ScoreSheet[],
  params: Record<string, string | number> = {},
  units = sheets.map((s) => unit(s.unitCode))
) {
  const reg = register({
    settings: settings({}, params),
    units,
    criteria: CRITERIA,
    scoreSheets: sheets,
  });
  return scoreUnits(reg, resolveParameters(reg.settings).values);
}

describe("scoreUnits", () => {
  it("adds leaf Cộng and Thưởng scores and subtracts Trừ, self and council apart", () => {
    const result = score([
      scoreSheet("A", {
        "1": [99, 99],
        "1.1": [28, 25],
        "1.2": [30, 29.5],
        "2": [40, 38],
        "3": [5, 2],
        "4": [1, 3],
      }),
    ]);
    expect(result.scores[0]).toEqual({
      unit: "A",
      selfScore: 102,
      councilScore: 91.5,
      rank: 1,
      classification: "Hoàn thành xuất sắc nhiệm vụ",
    });
  });

  it("ignores scores typed on parent criteria", () => {
    const result = score([
      scoreSheet("A", {
        "1": [1000, 1000],
        "1.1": [30, 30],
        "1.2": [30, 30],
        "2": [40, 40],
        "3": [0, 0],
        "4": [0, 0],
      }),
    ]);
    expect(result.scores[0]!.councilScore).toBe(100);
  });

  it("leaves a total null while a leaf of that kind is empty, and warns; the unit is unranked", () => {
    const result = score([
      scoreSheet("A", {
        "1.1": [30, null],
        "1.2": [30, 30],
        "2": [40, 40],
        "3": [0, 0],
        "4": [0, 0],
      }),
      scoreSheet("B", {
        "1.1": [20, 20],
        "1.2": [20, 20],
        "2": [20, 20],
        "3": [0, 0],
        "4": [0, 0],
      }),
    ]);
    const a = result.scores.find((s) => s.unit === "A")!;
    expect(a).toEqual({
      unit: "A",
      selfScore: 100,
      councilScore: null,
      rank: null,
      classification: null,
    });
    expect(result.scores.map((s) => s.unit)).toEqual(["B", "A"]);
    expect(result.scores[0]!.rank).toBe(1);
    const warning = result.issues.find((i) => i.code === "score-council-incomplete")!;
    expect(warning).toMatchObject({
      severity: "warning",
      sheet: "CĐ-A",
      cell: expect.stringMatching(/^E\d+$/),
    });
    expect(warning.message).toContain("1 tiêu chí chưa có điểm Hội đồng chấm (1.1)");
  });

  it("treats a leaf with no row as empty, leaving the message about the row to validation", () => {
    const result = score([
      scoreSheet("A", { "1.1": [30, 30], "1.2": [30, 30], "2": [40, 40], "3": [0, 0] }),
    ]);
    expect(result.scores[0]).toMatchObject({ selfScore: null, councilScore: null, rank: null });
    expect(result.issues.map((i) => i.code)).not.toContain("score-council-incomplete");
  });

  it("leaves a unit without a score sheet unranked (validation reports the missing sheet)", () => {
    const result = score([], {}, [unit("Z")]);
    expect(result.scores).toEqual([
      { unit: "Z", selfScore: null, councilScore: null, rank: null, classification: null },
    ]);
    expect(result.issues).toEqual([]); // unit() is rated, and there is no council score to compare with
  });

  it.each<[number, string]>([
    [90, "Hoàn thành xuất sắc nhiệm vụ"],
    [89.5, "Hoàn thành tốt nhiệm vụ"],
    [70, "Hoàn thành tốt nhiệm vụ"],
    [69.75, "Hoàn thành nhiệm vụ"],
    [50, "Hoàn thành nhiệm vụ"],
    [49.5, "Không hoàn thành nhiệm vụ"],
  ])("classifies a council total of %p as %s", (total, text) => {
    const result = score([
      scoreSheet("A", {
        // Within each maximum (1.1 and 1.2: 30 each): an invalid score would not be summed.
        "1.1": [0, Math.min(30, total - 40)],
        "1.2": [0, total - 40 - Math.min(30, total - 40)],
        "2": [0, 40],
        "3": [0, 0],
        "4": [0, 0],
      }),
    ]);
    expect(result.scores[0]!.classification).toBe(text);
  });

  it("takes the bands from Cấu hình", () => {
    const result = score(
      [scoreSheet("A", { "1.1": [0, 30], "1.2": [0, 15], "2": [0, 40], "3": [0, 0], "4": [0, 0] })],
      { "Điểm Hoàn thành xuất sắc nhiệm vụ": 85 }
    );
    expect(result.scores[0]!.classification).toBe("Hoàn thành xuất sắc nhiệm vụ");
  });

  it("ranks with shared ranks 1, 2, 2, 4", () => {
    const sheet = (code: string, total: number) =>
      scoreSheet(code, {
        // Within each maximum (1.1 and 1.2: 30 each): an invalid score would not be summed.
        "1.1": [0, Math.min(30, total - 40)],
        "1.2": [0, total - 40 - Math.min(30, total - 40)],
        "2": [0, 40],
        "3": [0, 0],
        "4": [0, 0],
      });
    const result = score([sheet("A", 80), sheet("B", 95), sheet("C", 80), sheet("D", 70)]);
    expect(result.scores.map((s) => [s.unit, s.rank])).toEqual([
      ["B", 1],
      ["A", 2],
      ["C", 2],
      ["D", 4],
    ]);
  });

  it("breaks ties with the criteria named in Tiêu chí phụ khi bằng điểm", () => {
    const a = scoreSheet("A", {
      "1.1": [0, 20],
      "1.2": [0, 20],
      "2": [0, 40],
      "3": [0, 0],
      "4": [0, 0],
    });
    const b = scoreSheet("B", {
      "1.1": [0, 30],
      "1.2": [0, 20],
      "2": [0, 30],
      "3": [0, 0],
      "4": [0, 0],
    });
    expect(score([a, b]).scores.map((s) => s.rank)).toEqual([1, 1]);
    expect(
      score([a, b], { "Tiêu chí phụ khi bằng điểm": "2" }).scores.map((s) => [s.unit, s.rank])
    ).toEqual([
      ["A", 1],
      ["B", 2],
    ]);
    expect(
      score([a, b], { "Tiêu chí phụ khi bằng điểm": "1" }).scores.map((s) => [s.unit, s.rank])
    ).toEqual([
      ["B", 1],
      ["A", 2],
    ]);
  });

  it("lists self-vs-council gaps, largest over-scoring first", () => {
    const result = score([
      scoreSheet("A", {
        "1.1": [30, 25],
        "1.2": [30, 30],
        "2": [35, 40],
        "3": [5, 0],
        "4": [0, 0],
      }),
      scoreSheet("B", {
        "1.1": [30, 22],
        "1.2": [30, 30],
        "2": [40, 40],
        "3": [0, 0],
        "4": [0, 0],
      }),
    ]);
    expect(result.gaps.map((g) => [g.unit, g.criterionCode, g.gap])).toEqual([
      ["B", "1.1", 8],
      ["A", "1.1", 5],
      ["A", "3", 5],
      ["A", "2", -5],
    ]);
    expect(result.gaps[0]).toMatchObject({
      selfScore: 30,
      councilScore: 22,
      sheet: "CĐ-B",
      cell: expect.stringMatching(/^E\d+$/),
      content: "Tiêu chí 1.1",
    });
  });

  it("warns when a unit's rating is empty, suggesting the council classification", () => {
    const result = score(
      [
        scoreSheet("A", {
          "1.1": [30, 30],
          "1.2": [30, 30],
          "2": [40, 35],
          "3": [0, 0],
          "4": [0, 0],
        }),
      ],
      {},
      [unit("A", { rating: null })]
    );
    const warning = result.issues.find((i) => i.code === "unit-rating-missing")!;
    expect(warning.cell).toMatch(/^F\d+$/);
    expect(warning.message).toContain(
      "Theo điểm Hội đồng chấm (95 điểm), mức gợi ý là “Hoàn thành xuất sắc nhiệm vụ”"
    );
  });

  it("warns when a unit's rating differs from its council classification", () => {
    const result = score(
      [
        scoreSheet("A", {
          "1.1": [30, 30],
          "1.2": [30, 30],
          "2": [40, 5],
          "3": [0, 0],
          "4": [0, 0],
        }),
      ],
      {},
      [unit("A", { rating: "HTXSNV" })]
    );
    expect(result.issues.find((i) => i.code === "unit-rating-differs")?.message).toContain(
      "theo điểm Hội đồng chấm (65 điểm) thì là “Hoàn thành nhiệm vụ”"
    );
  });

  it("warns once when there are no criteria", () => {
    const reg = register({ units: [unit("A")], scoreSheets: [scoreSheet("A", {})] });
    const result = scoreUnits(reg, DEFAULT_PARAMETER_VALUES);
    expect(result.issues.filter((i) => i.code === "scoring-no-criteria")).toHaveLength(1);
    expect(result.scores[0]!.rank).toBeNull();
  });
});

describe("scoring properties", () => {
  const leafScores = fc.array(
    fc.tuple(
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 0, max: 40 }) // deduction within its maximum of 10 (÷ 4)
    ),
    { minLength: 1, maxLength: 12 }
  );

  it("a total is the sum of its leaves (bonus added, deduction subtracted)", () => {
    fc.assert(
      fc.property(leafScores, (units) => {
        const sheets = units.map(([a, b, minus], i) =>
          scoreSheet(`U${i}`, {
            "1.1": [a / 10, a / 10],
            "1.2": [b / 10, b / 10],
            "2": [0, 0],
            "3": [1.5, 1.5],
            "4": [minus / 4, minus / 4],
          })
        );
        const result = score(sheets);
        for (const [i, [a, b, minus]] of units.entries()) {
          const s = result.scores.find((x) => x.unit === `U${i}`)!;
          expect(s.councilScore).toBeCloseTo(a / 10 + b / 10 + 1.5 - minus / 4, 6);
          expect(s.selfScore).toBe(s.councilScore);
        }
      })
    );
  });

  it("ranks are ordered by total, ties share a rank, and ranks skip after ties", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }),
        (totals) => {
          const ranked = rankByTotal(totals.map((t, i) => ({ id: String(i), total: t, keys: [] })));
          for (const { id, rank } of ranked) {
            const total = totals[Number(id)]!;
            // competition ranking: 1 + number of strictly higher totals
            expect(rank).toBe(1 + totals.filter((t) => t > total).length);
          }
          for (let i = 1; i < ranked.length; i++)
            expect(totals[Number(ranked[i]!.id)]!).toBeLessThanOrEqual(
              totals[Number(ranked[i - 1]!.id)]!
            );
        }
      )
    );
  });
});
