/**
 * Totals, ranks, classification and self-vs-council gaps of every unit (rules.md, "Scoring"),
 * with the checks on unit ratings that compare them with the council score.
 */
import type { Issue } from "../issue";
import { SHEET } from "../codec/register-layout";
import { createIssue } from "../messages/create-issue";
import type { Criterion, Register, ScoreRow, Unit } from "../model";
import type { UnitScore } from "../report";
import { compareCodes } from "../rulebook/compare-codes";
import type { ParameterValues } from "../rulebook/parameters";
import { ratingText } from "../rulebook/rating";
import { classifyScore } from "./classify";
import { rankByTotal } from "./rank";

/** Self vs council score of one criterion of one unit. */
export interface CriterionGap {
  readonly unit: string;
  readonly criterionCode: string;
  readonly selfScore: number | null;
  readonly councilScore: number | null;
  /** self − council. */
  readonly gap: number;
  /** `Nội dung` of the criterion. */
  readonly content?: string;
  /** Where the council score is, for a link. */
  readonly sheet?: string;
  readonly cell?: string | null;
}

export interface ScoringResult {
  /** Ranked units first (by rank), then unranked units in `Đơn vị` order. */
  readonly scores: readonly UnitScore[];
  /** Non-zero gaps, largest over-scoring first. */
  readonly gaps: readonly CriterionGap[];
  readonly issues: readonly Issue[];
}

type ScoreKind = "self" | "council";

/** Totals to 4 decimals: sums of decimals must compare equal when people see them equal. */
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function sign(criterion: Criterion): number {
  return criterion.kind === "minus" ? -1 : 1;
}

interface UnitTotals {
  readonly unit: Unit;
  readonly self: number | null;
  readonly council: number | null;
  /** Council score per criterion code (leaves and parents), for tie-breaks. */
  readonly councilByCode: ReadonlyMap<string, number>;
}

/** Scores every unit of the register. */
export function scoreUnits(register: Register, params: ParameterValues): ScoringResult {
  const issues: Issue[] = [];
  const leaves = register.criteria.filter((c) => c.isLeaf);
  const sheets = new Map<string, (typeof register.scoreSheets)[number]>();
  for (const sheet of register.scoreSheets)
    if (!sheets.has(sheet.unitCode)) sheets.set(sheet.unitCode, sheet);
  if (leaves.length === 0 && register.units.length > 0) {
    issues.push(
      createIssue(
        "warning",
        "scoring-no-criteria",
        { sheet: SHEET.criteria },
        { sheet: SHEET.criteria, cell: null }
      )
    );
  }

  const totals: UnitTotals[] = [];
  const gaps: CriterionGap[] = [];
  for (const unit of register.units) {
    const sheet = sheets.get(unit.code);
    if (leaves.length === 0) {
      totals.push({ unit, self: null, council: null, councilByCode: new Map() });
      continue;
    }
    if (!sheet) {
      // Validation reports the missing CĐ sheet (missing-score-sheet); the unit stays unranked.
      totals.push({ unit, self: null, council: null, councilByCode: new Map() });
      continue;
    }
    const rows = new Map<string, ScoreRow>();
    for (const row of sheet.rows)
      if (!rows.has(row.criterionCode)) rows.set(row.criterionCode, row);
    const sums: Record<ScoreKind, number> = { self: 0, council: 0 };
    const empty: Record<ScoreKind, { code: string; cell: string | null }[]> = {
      self: [],
      council: [],
    };
    const incomplete: Record<ScoreKind, boolean> = { self: false, council: false };
    // Scores outside 0…max (or not finite) are errors at their cell (validation) and are never
    // summed: the total of that kind is null and says which cell blocks it (rules.md v2).
    const invalid: Record<
      ScoreKind,
      { code: string; cell: string | null; score: number; max: number }[]
    > = { self: [], council: [] };
    const councilByCode = new Map<string, number>();
    for (const leaf of leaves) {
      const row = rows.get(leaf.code);
      const usable = (score: number | null, kind: ScoreKind): number | null => {
        if (score === null) return null;
        if (Number.isFinite(score) && score >= 0 && score <= leaf.max + 1e-9) return score;
        incomplete[kind] = true;
        invalid[kind].push({
          code: leaf.code,
          cell: row?.src.cells[kind === "self" ? "selfScore" : "councilScore"] ?? null,
          score,
          max: leaf.max,
        });
        return NaN; // marks "present but unusable": neither empty nor summed
      };
      const selfRead = usable(row?.selfScore ?? null, "self");
      const councilRead = usable(row?.councilScore ?? null, "council");
      if (Number.isNaN(selfRead) || Number.isNaN(councilRead)) {
        // Sum nothing of an unusable cell; an empty cell of the other kind is still reported.
        if (selfRead === null) {
          incomplete.self = true;
          if (row) empty.self.push({ code: leaf.code, cell: row.src.cells.selfScore ?? null });
        } else if (!Number.isNaN(selfRead)) sums.self += sign(leaf) * selfRead;
        if (councilRead === null) {
          incomplete.council = true;
          if (row)
            empty.council.push({ code: leaf.code, cell: row.src.cells.councilScore ?? null });
        } else if (!Number.isNaN(councilRead)) {
          sums.council += sign(leaf) * councilRead;
          addToAncestors(councilByCode, leaf.code, sign(leaf) * councilRead);
        }
        continue;
      }
      const self = selfRead;
      const council = councilRead;
      // A leaf without a row is reported by validation (score-criteria-missing); only empty
      // cells of rows that exist are listed here. Either way the total stays null.
      if (self === null) {
        incomplete.self = true;
        if (row) empty.self.push({ code: leaf.code, cell: row.src.cells.selfScore ?? null });
      } else sums.self += sign(leaf) * self;
      if (council === null) {
        incomplete.council = true;
        if (row) empty.council.push({ code: leaf.code, cell: row.src.cells.councilScore ?? null });
      } else {
        sums.council += sign(leaf) * council;
        addToAncestors(councilByCode, leaf.code, sign(leaf) * council);
      }
      if (self !== null && council !== null && round(self - council) !== 0) {
        gaps.push({
          unit: unit.code,
          criterionCode: leaf.code,
          selfScore: self,
          councilScore: council,
          gap: round(self - council),
          content: leaf.content,
          sheet: sheet.sheet,
          cell: row?.src.cells.councilScore ?? null,
        });
      }
    }
    for (const kind of ["self", "council"] as const) {
      const blocked = invalid[kind];
      if (blocked.length > 0) {
        const first = blocked[0];
        const cells = blocked
          .slice(0, 10)
          .map((b) => `${b.cell ?? "?"} (${b.code})`)
          .join(", ");
        issues.push(
          createIssue(
            "warning",
            kind === "self" ? "score-self-blocked" : "score-council-blocked",
            {
              sheet: sheet.sheet,
              unit: unit.code,
              count: blocked.length,
              shown: cells,
              cells: blocked.map((b) => b.cell ?? "").join(", "),
            },
            { sheet: sheet.sheet, cell: first?.cell ?? null }
          )
        );
      }
      const missing = empty[kind];
      if (missing.length === 0) continue;
      const codes =
        missing
          .slice(0, 10)
          .map((m) => m.code)
          .join(", ") + (missing.length > 10 ? ", …" : "");
      issues.push(
        createIssue(
          "warning",
          kind === "self" ? "score-self-incomplete" : "score-council-incomplete",
          { sheet: sheet.sheet, unit: unit.code, count: missing.length, shown: codes },
          { sheet: sheet.sheet, cell: missing[0]?.cell ?? null }
        )
      );
    }
    totals.push({
      unit,
      self: incomplete.self ? null : round(sums.self),
      council: incomplete.council ? null : round(sums.council),
      councilByCode,
    });
  }

  const tieBreak =
    typeof params.rankTieBreak === "string"
      ? params.rankTieBreak.split(";").filter((c) => c !== "")
      : [];
  const ranks = new Map(
    rankByTotal(
      totals.flatMap((t) =>
        t.council === null
          ? []
          : [
              {
                id: t.unit.code,
                total: t.council,
                keys: tieBreak.map((code) => round(t.councilByCode.get(code) ?? 0)),
              },
            ]
      )
    ).map((r) => [r.id, r.rank])
  );

  const scores: UnitScore[] = totals.map((t) => ({
    unit: t.unit.code,
    selfScore: t.self,
    councilScore: t.council,
    rank: ranks.get(t.unit.code) ?? null,
    classification: t.council === null ? null : ratingText(classifyScore(t.council, params)),
  }));
  const position = new Map(register.units.map((u, i) => [u.code, i]));
  scores.sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      (position.get(a.unit) ?? 0) - (position.get(b.unit) ?? 0)
  );
  gaps.sort(
    (a, b) =>
      b.gap - a.gap ||
      (position.get(a.unit) ?? 0) - (position.get(b.unit) ?? 0) ||
      compareCodes(a.criterionCode, b.criterionCode)
  );

  issues.push(...checkUnitRatings(register, totals, params));
  return { scores, gaps, issues };
}

/** Adds a leaf's score to its own code and every ancestor code ("2.1.3" → "2.1.3", "2.1", "2"). */
function addToAncestors(byCode: Map<string, number>, code: string, value: number): void {
  const parts = code.split(".");
  for (let i = parts.length; i > 0; i--) {
    const key = parts.slice(0, i).join(".");
    byCode.set(key, (byCode.get(key) ?? 0) + value);
  }
}

/** rules.md: a unit's rating is never derived from scores, but an empty or differing one is flagged. */
function checkUnitRatings(
  register: Register,
  totals: readonly UnitTotals[],
  params: ParameterValues
): Issue[] {
  const issues: Issue[] = [];
  const year = register.settings.year;
  for (const { unit, council } of totals) {
    const suggested = council === null ? null : classifyScore(council, params);
    const points = council === null ? "" : Math.round(council * 100) / 100;
    const at = { sheet: unit.src.sheet, cell: unit.src.cells.rating ?? null };
    if (unit.rating === null) {
      issues.push(
        createIssue(
          "warning",
          "unit-rating-missing",
          {
            unit: unit.code,
            unitName: unit.name,
            year: year ?? "",
            points,
            suggested: suggested ?? "",
            suggestedName: suggested === null ? "" : ratingText(suggested),
          },
          at
        )
      );
    } else if (suggested !== null && suggested !== unit.rating && council !== null) {
      issues.push(
        createIssue(
          "warning",
          "unit-rating-differs",
          {
            unit: unit.code,
            unitName: unit.name,
            rating: unit.rating,
            ratingName: ratingText(unit.rating),
            points: Math.round(council * 100) / 100,
            suggested,
            suggestedName: ratingText(suggested),
          },
          at
        )
      );
    }
  }
  return issues;
}
