/** PLACEHOLDER (owned by the rulebook helper): evaluate pledged titles/awards against the rulebook. */
import type { Issue } from "../issue";
import type { Register } from "../model";
import type { Proposal, UnitScore } from "../report";
import type { ParameterValues } from "../rulebook/parameters";

export interface ProposalResult {
  readonly proposals: readonly Proposal[];
  /** Reconciliation warnings (eligible but not pledged, pledge not evaluable, …). */
  readonly issues: readonly Issue[];
}

export function evaluateProposals(
  _register: Register,
  _scores: readonly UnitScore[],
  _params: ParameterValues
): ProposalResult {
  return { proposals: [], issues: [] };
}
