/** PLACEHOLDER (owned by the rulebook helper): totals, ranks, classification, gaps. */
import type { Issue } from "../issue";
import type { Register } from "../model";
import type { UnitScore } from "../report";
import type { ParameterValues } from "../rulebook/parameters";

/** Self vs council score of one criterion of one unit. */
export interface CriterionGap {
  readonly unit: string;
  readonly criterionCode: string;
  readonly selfScore: number | null;
  readonly councilScore: number | null;
  /** self − council. */
  readonly gap: number;
}

export interface ScoringResult {
  readonly scores: readonly UnitScore[];
  readonly gaps: readonly CriterionGap[];
  readonly issues: readonly Issue[];
}

export function scoreUnits(_register: Register, _params: ParameterValues): ScoringResult {
  return { scores: [], gaps: [], issues: [] };
}
