/** Runs a rule's bound conditions for one subject and gathers reasons, grounds and missing data. */
import { proposalReason, type ProposalReason } from "../messages/proposal-reasons";
import type { Initiative } from "../model";
import type { ConditionOutcome, MissingData } from "../rulebook/conditions/condition";
import type { EvaluationContext, Subject } from "../rulebook/facts";
import type { BoundStep } from "../rulebook/rule-definition";

/** Fresh arrays, owned by the caller. */
export interface StepsOutcome {
  readonly ok: boolean;
  readonly reasons: ProposalReason[];
  readonly grounds: ProposalReason[];
  readonly missing: MissingData[];
  /** Not ok only because council votes on lower titles of this year are not recorded yet. */
  readonly pendingVote: boolean;
  /** Years the holding conditions used as grounds. */
  readonly years: number[];
  /** Initiatives the holding conditions rest on. */
  readonly initiatives: Initiative[];
}

function runStep(
  step: BoundStep,
  subject: Subject,
  ctx: EvaluationContext,
  quick: boolean
): ConditionOutcome {
  if (step.kind === "condition") return step.condition.evaluate(subject, ctx);
  if (quick) {
    // Only whether it holds is wanted: alternatives are tried in order up to the first that holds
    // (the same one the full run prints), and a failure is not spelt out.
    for (const alt of step.alternatives) {
      const outcome = runSteps(alt.all, subject, ctx, true);
      if (outcome.ok) {
        return {
          ok: true,
          reasons: [],
          grounds: outcome.grounds,
          missing: [],
          years: outcome.years,
          initiatives: outcome.initiatives,
        };
      }
    }
    return {
      ok: false,
      reasons: [proposalReason("alternatives-failed", { label: step.label, alternatives: [] })],
      grounds: [],
      missing: [],
    };
  }
  const results = step.alternatives.map((alt) => ({
    label: alt.label,
    outcome: runSteps(alt.all, subject, ctx),
  }));
  // The first alternative that holds is the printed ground (rules.md: where the rating alone
  // suffices, the rating is the ground, not the initiative, which stays free for another award).
  const passing = results.find((r) => r.outcome.ok);
  if (passing !== undefined)
    return {
      ok: true,
      reasons: [],
      grounds: passing.outcome.grounds,
      missing: [],
      years: passing.outcome.years,
      initiatives: passing.outcome.initiatives,
    };
  // "Trường hợp 1 (…): …. Trường hợp 2 (…): …." — each alternative with why it fails.
  const alternatives = results.map((r, i) =>
    proposalReason("alternative-failed", {
      index: i + 1,
      label: r.label,
      reasons: r.outcome.reasons,
    })
  );
  return {
    ok: false,
    reasons: [proposalReason("alternatives-failed", { label: step.label, alternatives })],
    grounds: [],
    missing: results.flatMap((r) => r.outcome.missing),
    pendingVote: results.some((r) => r.outcome.pendingVote),
  };
}

/** Every step is evaluated (not only up to the first failure) so that reasons name each failing condition. */
export function runSteps(
  steps: readonly BoundStep[],
  subject: Subject,
  ctx: EvaluationContext,
  /**
   * Stop at the first failing step: for callers that only need to know whether all hold (then
   * `ok`, and the grounds, years and initiatives of an outcome that holds, are all it tells).
   */
  firstFailureOnly = false
): StepsOutcome {
  const reasons: ProposalReason[] = [];
  const grounds: ProposalReason[] = [];
  const missing: MissingData[] = [];
  const years: number[] = [];
  const initiatives: Initiative[] = [];
  let pending = true;
  for (const step of steps) {
    const outcome = runStep(step, subject, ctx, firstFailureOnly);
    if (outcome.ok) {
      grounds.push(...outcome.grounds);
      if (outcome.years) years.push(...outcome.years);
      if (outcome.initiatives) initiatives.push(...outcome.initiatives);
    } else {
      reasons.push(...outcome.reasons);
      missing.push(...outcome.missing);
      if (outcome.pendingVote !== true) pending = false;
      if (firstFailureOnly) break;
    }
  }
  const ok = reasons.length === 0;
  return { ok, reasons, grounds, missing, pendingVote: !ok && pending, years, initiatives };
}
