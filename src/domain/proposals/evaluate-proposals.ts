/**
 * Evaluates every pledged (subject, title/award) pair and the lower titles it implies against the
 * rulebook, in dependency order (rules.md, "What gets evaluated"), then reconciles: people and
 * units that meet a title without pledging it, and pledges the register cannot support.
 */
import type { Issue } from "../issue";
import { SETTING_LABELS, SHEET } from "../codec/register-layout";
import { createIssue } from "../messages/create-issue";
import { proposalReason, type ProposalReason } from "../messages/proposal-reasons";
import { foldKey } from "../text/normalize";
import type { AwardKey, Initiative, Register } from "../model";
import type { Proposal, ProposalStatus, SubjectKind, UnitScore } from "../report";
import { AWARD_CATALOGUE, awardByKey } from "../rulebook/award-catalogue";
import type { MissingData } from "../rulebook/conditions/condition";
import { DEFAULT_RULEBOOK } from "../rulebook/default-rulebook";
import {
  buildFacts,
  type EvaluationContext,
  type RegisterFacts,
  type Subject,
} from "../rulebook/facts";
import type { ParameterValues } from "../rulebook/parameters";
import {
  bindSteps,
  resolveShare,
  variantOf,
  type BoundStep,
  type Rulebook,
  type RuleDefinition,
  type RuleVariant,
} from "../rulebook/rule-definition";
import { latestAward, type PeriodAward } from "../rulebook/facts";
import { formatDateVi } from "../rulebook/format-vi";
import { ONE_ACHIEVEMENT_ONCE } from "../rulebook/legal-basis";
import { runSteps } from "./evaluate-steps";
import { initiativeReuseIssues } from "./initiative-reuse";
import { provincialOverlapIssues } from "./provincial-overlap";
import { collectPairs, type PairToEvaluate } from "./pledges";
import { applyQuota, type QuotaCandidate } from "./quota";
import { reconcile } from "./reconcile";
import { StatusBook } from "./status-book";
import { checkVote } from "./vote";

export interface ProposalResult {
  readonly proposals: readonly Proposal[];
  /** Reconciliation warnings (eligible but not pledged, pledge not evaluable, …). */
  readonly issues: readonly Issue[];
}

/** A rule variant bound to this run's parameters. */
export interface BoundVariant {
  readonly rule: RuleDefinition;
  readonly steps: readonly BoundStep[];
  readonly voteThreshold: number | null;
  readonly variant: RuleVariant;
}

/** Binds every rule of the rulebook; a failure is a bug in a shipped rulebook. */
export function bindRulebook(
  rulebook: Rulebook,
  params: ParameterValues
): Map<string, BoundVariant> {
  const bound = new Map<string, BoundVariant>();
  for (const rule of rulebook.rules) {
    for (const kind of ["individual", "collective"] as const) {
      const variant = variantOf(rule, kind);
      if (!variant) continue;
      const steps = bindSteps(variant.conditions, params, kind);
      if (!steps.ok) throw new Error(`rule ${rule.key} (${kind}) does not bind: ${steps.error}`);
      const voteThreshold = variant.vote ? resolveShare(variant.vote.threshold, params) : null;
      bound.set(`${rule.key}|${kind}`, { rule, steps: steps.steps, voteThreshold, variant });
    }
  }
  return bound;
}

export function subjectOf(facts: RegisterFacts, kind: SubjectKind, code: string): Subject | null {
  return (
    (kind === "individual" ? facts.staffSubjects.get(code) : facts.unitSubjects.get(code)) ?? null
  );
}

interface Evaluated {
  readonly pair: PairToEvaluate;
  status: ProposalStatus;
  reasons: ProposalReason[];
  grounds: ProposalReason[];
  readonly missing: readonly MissingData[];
  readonly voteShare: number;
  /** Initiatives it rests on (when it goes forward). */
  readonly initiatives: readonly Initiative[];
}

/** Evaluates the register's pledges. */
export function evaluateProposals(
  register: Register,
  scores: readonly UnitScore[],
  params: ParameterValues,
  rulebook: Rulebook = DEFAULT_RULEBOOK
): ProposalResult {
  const year = register.settings.year;
  const pledgeCount = register.pledges.reduce(
    (n, s) => n + s.rows.length + (s.collectiveTitle ? 1 : 0) + (s.collectiveAward ? 1 : 0),
    0
  );
  if (year === null) {
    if (pledgeCount === 0) return { proposals: [], issues: [] };
    const yearCell = register.settings.values.get(foldKey(SETTING_LABELS.year))?.cell ?? null;
    return {
      proposals: [],
      issues: [
        createIssue(
          "warning",
          "pledges-not-evaluable",
          { sheet: SHEET.settings, cell: yearCell ?? "" },
          { sheet: SHEET.settings, cell: yearCell }
        ),
      ],
    };
  }
  const facts = buildFacts(register, year, scores);
  const bound = bindRulebook(rulebook, params);
  const { pairs, issues } = collectPairs(register, facts, rulebook);
  const statuses = new StatusBook();
  const ctx: EvaluationContext = {
    facts,
    statusOf: (award, kind, code) => statuses.get(award, kind, code),
  };
  const byKey = new Map<AwardKey, PairToEvaluate[]>();
  for (const pair of pairs.values()) {
    const list = byKey.get(pair.award);
    if (list) list.push(pair);
    else byKey.set(pair.award, [pair]);
  }

  const excluded = exclusiveLosers(pairs.values(), rulebook);
  const citation = periodCitation(rulebook);
  const results = new Map<string, Evaluated>();
  for (const key of rulebook.order) {
    const evaluated: Evaluated[] = [];
    // The rule's two variants looked up once, not by a key string made for every pair.
    const individual = bound.get(`${key}|individual`);
    const collective = bound.get(`${key}|collective`);
    for (const pair of byKey.get(key) ?? []) {
      const subject = subjectOf(facts, pair.kind, pair.code);
      const variant = pair.kind === "individual" ? individual : collective;
      if (!subject || !variant) continue; // collectPairs only keeps pairs with both
      const winner = excluded.get(pair.id);
      const result =
        winner === undefined
          ? evaluatePair(pair, subject, variant, ctx, citation)
          : sameAchievement(pair, winner);
      evaluated.push(result);
      results.set(pair.id, result);
      statuses.set(key, pair.kind, pair.code, result.status);
    }
    for (const kind of ["individual", "collective"] as const) {
      const variant = bound.get(`${key}|${kind}`);
      if (variant?.variant.quota) cutQuota(key, kind, variant, evaluated, statuses, facts, params);
    }
  }

  issues.push(...missingDataIssues(results.values()));
  issues.push(...reconcile(register, facts, rulebook, bound, statuses));
  const proposals = orderProposals(results, register, rulebook);
  issues.push(...provincialOverlapIssues(proposals, register));
  issues.push(...initiativeReuseIssues(results.values(), facts));
  return { proposals, issues };
}

/**
 * Pairs left out because another rule of their exclusive group was pledged first for the same
 * subject (pair id → the pair that is evaluated instead).
 */
function exclusiveLosers(
  pairs: Iterable<PairToEvaluate>,
  rulebook: Rulebook
): Map<string, PairToEvaluate> {
  const first = new Map<string, PairToEvaluate>();
  const losers = new Map<string, PairToEvaluate>();
  for (const pair of pairs) {
    const group = rulebook.byKey.get(pair.award)?.exclusiveGroup;
    if (group === undefined) continue;
    const id = `${group}|${pair.kind}|${pair.code}`;
    const winner = first.get(id);
    if (winner === undefined) first.set(id, pair);
    else losers.set(pair.id, winner);
  }
  return losers;
}

function sameAchievement(pair: PairToEvaluate, winner: PairToEvaluate): Evaluated {
  const where =
    winner.cell === null
      ? ""
      : ` (${winner.cell.sheet}${winner.cell.cell === null ? "" : `!${winner.cell.cell}`})`;
  return {
    pair,
    status: "not_eligible",
    reasons: [
      proposalReason("same-achievement", {
        award: awardByKey(winner.award).shortName,
        where,
        law: ONE_ACHIEVEMENT_ONCE,
      }),
    ],
    grounds: [],
    missing: [],
    voteShare: 0,
    initiatives: [],
  };
}

/** The article behind "one achievement is rewarded once" in the rulebook's version. */
function periodCitation(rulebook: Rulebook): string {
  return rulebook.legalBasis?.citations.achievementPeriod ?? ONE_ACHIEVEMENT_ONCE;
}

/** "Bằng khen tỉnh năm 2023 (QĐ số 12/QĐ-UBND ngày 20/12/2023), thành tích 2022–2023". */
export function describePeriodAward(a: PeriodAward): ProposalReason {
  const decision = proposalReason("decision-ref", {
    number: a.record.decisionNo.trim(),
    date: a.record.decisionDate === null ? "" : formatDateVi(a.record.decisionDate),
  });
  const span =
    a.period.from === a.period.to ? `${a.period.from}` : `${a.period.from}–${a.period.to}`;
  return proposalReason("period-award", {
    award: awardByKey(a.award).shortName,
    year: a.record.year === null ? "" : String(a.record.year),
    decision,
    span,
  });
}

/**
 * The ground years of a pair that an earlier award of its guard keys already rewarded (rules.md,
 * "Achievement periods"): the reason naming that award, or null when every year is after it.
 */
function periodConflict(
  rule: RuleDefinition,
  subject: Subject,
  years: readonly number[],
  ctx: EvaluationContext,
  citation: string
): ProposalReason | null {
  if (rule.periodGuard === undefined || years.length === 0) return null;
  const latest = latestAward(ctx.facts, subject.code, rule.periodGuard);
  if (latest === null) return null;
  const inside = [...new Set(years.filter((k) => k <= latest.period.to))].sort((a, b) => a - b);
  if (inside.length === 0) return null;
  return proposalReason("achievement-rewarded", {
    years: inside.join(", "),
    award: describePeriodAward(latest),
    to: latest.period.to,
    law: ONE_ACHIEVEMENT_ONCE,
    citation,
  });
}

function evaluatePair(
  pair: PairToEvaluate,
  subject: Subject,
  variant: BoundVariant,
  ctx: EvaluationContext,
  citation: string
): Evaluated {
  const outcome = runSteps(variant.steps, subject, ctx);
  // runSteps returns fresh arrays: this evaluation owns them.
  const { reasons, grounds, missing } = outcome;
  const conflict = periodConflict(variant.rule, subject, outcome.years, ctx, citation);
  if (conflict !== null) reasons.push(conflict);
  // A lower title of this year that only waits for its vote makes this one wait too.
  let status: ProposalStatus =
    conflict !== null
      ? "not_eligible"
      : outcome.ok
        ? "proposed"
        : outcome.pendingVote
          ? "awaiting_vote"
          : "not_eligible";
  let voteShare = 0;
  if (variant.voteThreshold !== null) {
    const vote = checkVote(ctx.facts, pair.code, pair.award, variant.voteThreshold);
    if (vote.state === "recorded") {
      voteShare = vote.share;
      if (vote.passes) grounds.push(vote.text);
      else {
        reasons.push(vote.text);
        status = "not_eligible";
      }
    } else if (vote.state === "invalid") {
      reasons.push(vote.reason);
      status = "not_eligible";
    } else if (conflict === null && (outcome.ok || outcome.pendingVote)) {
      // Everything else holds: only council votes are outstanding.
      reasons.push(vote.reason);
      status = "awaiting_vote";
      if (vote.state === "unknown-members") missing.push(vote.missing);
    }
  }
  return {
    pair,
    status,
    reasons,
    grounds: status === "not_eligible" ? [] : grounds,
    missing,
    voteShare,
    initiatives: outcome.initiatives,
  };
}

function cutQuota(
  key: AwardKey,
  kind: SubjectKind,
  variant: BoundVariant,
  evaluated: readonly Evaluated[],
  statuses: StatusBook,
  facts: RegisterFacts,
  params: ParameterValues
): void {
  const quota = variant.variant.quota;
  if (!quota) return;
  const share = resolveShare(quota.share, params);
  if (share === null) return;
  const base = statuses.count(quota.of, kind, "proposed");
  const candidates: QuotaCandidate[] = evaluated
    .filter((e) => e.pair.kind === kind && e.status === "proposed")
    .map((e) => ({
      code: e.pair.code,
      voteShare: e.voteShare,
      staff: facts.staffByCode.get(e.pair.code),
    }));
  const cut = applyQuota(quota, share, base, candidates, awardByKey(key).shortName);
  for (const e of evaluated) {
    const reason = e.pair.kind === kind ? cut.get(e.pair.code) : undefined;
    if (reason === undefined) continue;
    e.status = "over_quota";
    e.reasons = [reason];
    statuses.set(key, kind, e.pair.code, "over_quota");
  }
}

/**
 * One warning per missing cell, naming the titles it blocks: those whose conditions read it, and
 * every other pledge of the same subject that is not proposed (they rest on the former).
 */
function missingDataIssues(results: Iterable<Evaluated>): Issue[] {
  const list = [...results];
  const blockedPledges = new Map<string, AwardKey[]>();
  for (const r of list) {
    if (r.status === "proposed" || !r.pair.pledged) continue;
    const id = `${r.pair.kind}|${r.pair.code}`;
    const blocked = blockedPledges.get(id);
    if (blocked === undefined) blockedPledges.set(id, [r.pair.award]);
    else blocked.push(r.pair.award);
  }
  const byCell = new Map<string, { missing: MissingData; awards: Set<AwardKey> }>();
  for (const r of list) {
    if (r.status === "proposed") continue;
    for (const m of r.missing) {
      const id = `${m.sheet}|${m.cell ?? ""}|${m.what.kind}|${m.what.year}|${m.what.name}`;
      const entry = byCell.get(id) ?? { missing: m, awards: new Set<AwardKey>() };
      entry.awards.add(r.pair.award);
      for (const k of blockedPledges.get(`${r.pair.kind}|${r.pair.code}`) ?? [])
        entry.awards.add(k);
      byCell.set(id, entry);
    }
  }
  const order = new Map(AWARD_CATALOGUE.map((a, i) => [a.key, i]));
  return [...byCell.values()].map(({ missing, awards }) =>
    createIssue(
      "warning",
      "pledge-not-evaluable",
      {
        missing: missing.what.kind,
        year: missing.what.year,
        name: missing.what.name,
        awards: [...awards]
          .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
          .map((k) => awardByKey(k).shortName)
          .join(", "),
      },
      { sheet: missing.sheet, cell: missing.cell }
    )
  );
}

/** Rulebook order, individuals before collectives, then `Cán bộ` / `Đơn vị` order. */
function orderProposals(
  results: ReadonlyMap<string, Evaluated>,
  register: Register,
  rulebook: Rulebook
): Proposal[] {
  const keyPos = new Map(rulebook.rules.map((r, i) => [r.key, i]));
  const staffPos = new Map(register.staff.map((s, i) => [s.code, i]));
  const unitPos = new Map(register.units.map((u, i) => [u.code, i]));
  // Each result's place, looked up once rather than at every comparison of the sort.
  const placed = [...results.values()].map((e) => ({
    e,
    key: keyPos.get(e.pair.award) ?? 0,
    kind: e.pair.kind === "individual" ? 0 : 1,
    pos: (e.pair.kind === "individual" ? staffPos.get(e.pair.code) : unitPos.get(e.pair.code)) ?? 0,
  }));
  return placed
    .sort((a, b) => a.key - b.key || a.kind - b.kind || a.pos - b.pos)
    .map(({ e }) => ({
      award: e.pair.award,
      subjectKind: e.pair.kind,
      subject: e.pair.code,
      status: e.status,
      reasons: e.reasons,
      grounds: e.grounds,
      pledged: e.pair.pledged,
      decidedBy: awardByKey(e.pair.award).decidedBy,
      nextStep: nextStepOf(rulebook, e.pair.award),
    }));
}

/** The rule's next step when someone above the Sở decides; null for the Giám đốc Sở's own. */
function nextStepOf(rulebook: Rulebook, award: AwardKey): string | null {
  if (awardByKey(award).authority === "GIAM_DOC_SO") return null;
  return rulebook.byKey.get(award)?.nextStep ?? null;
}
