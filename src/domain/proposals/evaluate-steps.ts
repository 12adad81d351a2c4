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

function runStep(step: BoundStep, subject: Subject, ctx: EvaluationContext): ConditionOutcome {
  if (step.kind === "condition") return step.condition.evaluate(subject, ctx);
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
  ctx: EvaluationContext
): StepsOutcome {
  const reasons: ProposalReason[] = [];
  const grounds: ProposalReason[] = [];
  const missing: MissingData[] = [];
  const years: number[] = [];
  const initiatives: Initiative[] = [];
  let pending = true;
  for (const step of steps) {
    const outcome = runStep(step, subject, ctx);
    if (outcome.ok) {
      grounds.push(...outcome.grounds);
      if (outcome.years) years.push(...outcome.years);
      if (outcome.initiatives) initiatives.push(...outcome.initiatives);
    } else {
      reasons.push(...outcome.reasons);
      missing.push(...outcome.missing);
      if (outcome.pendingVote !== true) pending = false;
    }
  }
  const ok = reasons.length === 0;
  return { ok, reasons, grounds, missing, pendingVote: !ok && pending, years, initiatives };
}

/**
 * `runSteps(steps, subject, ctx).ok`, asking each condition only whether it holds and stopping
 * at the first that does not: for reconciliation, which wants nothing else.
 */
export function stepsHold(
  steps: readonly BoundStep[],
  subject: Subject,
  ctx: EvaluationContext
): boolean {
  for (const step of steps) {
    const holds =
      step.kind === "condition"
        ? step.condition.holds(subject, ctx)
        : step.alternatives.some((alt) => stepsHold(alt.all, subject, ctx));
    if (!holds) return false;
  }
  return true;
}
