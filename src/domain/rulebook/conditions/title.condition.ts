/** Conditions on titles and awards held: this year (this run) and earlier years (`Lịch sử`). */
import {
  proposalReason,
  type ProposalReason,
  type TitleStatus,
} from "../../messages/proposal-reasons";
import type { AwardKey } from "../../model";
import { AWARD_KEYS, awardByKey } from "../award-catalogue";
import {
  had,
  historyRecord,
  periodOf,
  type EvaluationContext,
  type Period,
  type Subject,
} from "../facts";
import { defineCondition, fail, pass, pendingVote, yearSpan } from "./condition";
import { CONDITION_DESCRIPTIONS } from "./descriptions";

function short(key: AwardKey): string {
  return awardByKey(key).shortName;
}

function shortList(keys: readonly AwardKey[]): string[] {
  return keys.map(short);
}

/** A decision reference: " (QĐ số 12/QĐ-SKHCN)" when the `Lịch sử` row has a number. */
function decisionRef(number: string): ProposalReason {
  return proposalReason("decision-ref", { number, date: "" });
}

/** The decision of a `Lịch sử` row (none for this year's title, proposed in this run). */
function decisionOf(
  ctx: EvaluationContext,
  subject: Subject,
  award: AwardKey,
  year: number
): ProposalReason {
  if (year === ctx.facts.year) return decisionRef("");
  return decisionRef(historyRecord(ctx.facts, subject.code, award, year)?.decisionNo.trim() ?? "");
}

/** Where this year's `award` stands for the subject; `sentence`: it starts a sentence. */
function thisYearStatus(
  ctx: EvaluationContext,
  subject: Subject,
  award: AwardKey,
  sentence: boolean
): ProposalReason {
  const status: TitleStatus = ctx.statusOf(award, subject.kind, subject.code) ?? "unpledged";
  return proposalReason("title-status", {
    award: short(award),
    year: ctx.facts.year,
    status,
    sentence,
  });
}

/** had(x, T, y): the title is proposed for the subject in this run. */
export const titleThisYear = defineCondition({
  name: "title-this-year",
  description: CONDITION_DESCRIPTIONS["title-this-year"],
  subjects: ["individual", "collective"],
  args: (z) => z.object({ award: z.enum(AWARD_KEYS) }),
  requires: ({ award }) => [award],
  evaluate({ award }, subject, ctx) {
    if (had(ctx, subject, award, ctx.facts.year))
      return pass([
        proposalReason("title-status", {
          award: short(award),
          year: ctx.facts.year,
          status: "proposed",
          sentence: true,
        }),
      ]);
    const reason = thisYearStatus(ctx, subject, award, true);
    return ctx.statusOf(award, subject.kind, subject.code) === "awaiting_vote"
      ? pendingVote(reason)
      : fail(reason);
  },
  holds: ({ award }, subject, ctx) => had(ctx, subject, award, ctx.facts.year),
});

/** had(x, T, k) for each k of the `years` years ending at y. */
export const titleStreak = defineCondition({
  name: "title-streak",
  description: CONDITION_DESCRIPTIONS["title-streak"],
  subjects: ["individual", "collective"],
  args: (z) => z.object({ award: z.enum(AWARD_KEYS), years: z.number().int().min(1) }),
  requires: ({ award }) => [award],
  evaluate({ award, years }, subject, ctx) {
    const y = ctx.facts.year;
    const from = y - years + 1;
    const missing: ProposalReason[] = [];
    const held: ProposalReason[] = [];
    for (let k = from; k <= y; k++) {
      if (had(ctx, subject, award, k))
        held.push(
          k === y
            ? proposalReason("year-proposed-now", { year: k })
            : proposalReason("year-held", { year: k, decision: decisionOf(ctx, subject, award, k) })
        );
      else
        missing.push(
          k === y
            ? proposalReason("year-with-status", {
                year: k,
                status: thisYearStatus(ctx, subject, award, false),
              })
            : proposalReason("year-held", { year: k, decision: decisionRef("") })
        );
    }
    const span = yearSpan(from, y);
    if (missing.length > 0) {
      const reason = proposalReason("title-streak-broken", {
        award: short(award),
        years,
        span,
        missing,
      });
      // Only this year's title is missing, and it only waits for its vote.
      const waiting =
        missing.length === 1 && ctx.statusOf(award, subject.kind, subject.code) === "awaiting_vote";
      return waiting ? pendingVote(reason) : fail(reason);
    }
    return pass(
      [proposalReason("title-streak", { award: short(award), years, span, held })],
      Array.from({ length: years }, (_, i) => from + i)
    );
  },
});

/** At least `min` of the given titles/awards in the `years` years ending at y. */
export const titleCountInWindow = defineCondition({
  name: "title-count-in-window",
  description: CONDITION_DESCRIPTIONS["title-count-in-window"],
  subjects: ["individual", "collective"],
  args: (z) =>
    z.object({
      awards: z.array(z.enum(AWARD_KEYS)).min(1),
      years: z.number().int().min(1),
      min: z.number().int().min(1),
    }),
  requires: ({ awards }) => awards,
  evaluate({ awards, years, min }, subject, ctx) {
    const y = ctx.facts.year;
    const from = y - years + 1;
    const hits: ProposalReason[] = [];
    const hitYears: number[] = [];
    for (let k = from; k <= y; k++) {
      for (const award of awards) {
        if (had(ctx, subject, award, k)) {
          hitYears.push(k);
          hits.push(
            proposalReason("title-hit", {
              award: awards.length > 1 ? short(award) : "",
              year: k,
              decision: decisionOf(ctx, subject, award, k),
            })
          );
        }
      }
    }
    const span = yearSpan(from, y);
    const names = shortList(awards);
    if (hits.length < min) {
      return fail(
        proposalReason("title-count-short", {
          span,
          count: hits.length,
          awards: names,
          hits,
          min,
        })
      );
    }
    return pass(
      [proposalReason("title-count-met", { span, count: hits.length, awards: names, hits })],
      hitYears
    );
  },
});

/**
 * `count` awards "liên tục": consecutive times, two awards being consecutive when at most
 * `maxGapYears` years apart (a title given on a cycle, e.g. CSTĐ cấp tỉnh after three CSTĐCS years).
 */
export const consecutiveAwards = defineCondition({
  name: "consecutive-awards",
  description: CONDITION_DESCRIPTIONS["consecutive-awards"],
  subjects: ["individual", "collective"],
  args: (z) =>
    z.object({
      award: z.enum(AWARD_KEYS),
      count: z.number().int().min(1),
      maxGapYears: z.number().int().min(1),
    }),
  requires: ({ award }) => [award],
  evaluate({ award, count, maxGapYears }, subject, ctx) {
    const y = ctx.facts.year;
    const years = [...(ctx.facts.awardsBySubject.get(subject.code)?.get(award)?.keys() ?? [])]
      .filter((k) => k < y)
      .sort((a, b) => a - b);
    if (had(ctx, subject, award, y)) years.push(y);
    let best: number[] = [];
    let run: number[] = [];
    for (const k of years) {
      const last = run[run.length - 1];
      run = last !== undefined && k - last <= maxGapYears ? [...run, k] : [k];
      if (run.length >= count) best = run.slice(-count);
    }
    if (best.length < count) {
      return fail(
        proposalReason("consecutive-awards-short", {
          award: short(award),
          count,
          maxGapYears,
          years,
        })
      );
    }
    return pass([
      proposalReason("consecutive-awards-met", {
        award: short(award),
        count,
        held: best.map((k) =>
          proposalReason("year-held", { year: k, decision: decisionOf(ctx, subject, award, k) })
        ),
      }),
    ]);
  },
});

/** Had one of `awards` in some year ≤ y − latestYearOffset (from `Lịch sử`). */
export const awardBefore = defineCondition({
  name: "award-before",
  description: CONDITION_DESCRIPTIONS["award-before"],
  subjects: ["individual", "collective"],
  args: (z) =>
    z.object({
      awards: z.array(z.enum(AWARD_KEYS)).min(1),
      latestYearOffset: z.number().int().min(1),
    }),
  evaluate({ awards, latestYearOffset }, subject, ctx) {
    const latest = ctx.facts.year - latestYearOffset;
    const found: { award: AwardKey; year: number }[] = [];
    const byAward = ctx.facts.awardsBySubject.get(subject.code);
    for (const award of awards) {
      // The award's achievement period must end by then: what comes after it is new achievement.
      for (const [year, record] of byAward?.get(award) ?? [])
        if ((periodOf(record)?.to ?? year) <= latest) found.push({ award, year });
    }
    found.sort((a, b) => b.year - a.year);
    const first = found[0];
    if (first === undefined)
      return fail(proposalReason("award-before-none", { awards: shortList(awards), latest }));
    return pass([
      proposalReason("award-before-met", {
        award: short(first.award),
        year: first.year,
        decision: decisionOf(ctx, subject, first.award, first.year),
      }),
    ]);
  },
});

function periodText(period: Period): string {
  return yearSpan(period.from, period.to);
}

/**
 * `count` awards "liên tục" counted by achievement periods (Law Art. 21(1)(a)): each award's
 * period starts the year after the previous one's ends (with CSTĐ cấp tỉnh's default window of
 * 3 years, award years three apart, e.g. 2019 and 2022). Only `Lịch sử` counts: the same title
 * proposed in this run is no ground.
 */
export const consecutivePeriods = defineCondition({
  name: "consecutive-periods",
  description: CONDITION_DESCRIPTIONS["consecutive-periods"],
  subjects: ["individual", "collective"],
  args: (z) => z.object({ award: z.enum(AWARD_KEYS), count: z.number().int().min(1) }),
  evaluate({ award, count }, subject, ctx) {
    const records = [...(ctx.facts.awardsBySubject.get(subject.code)?.get(award)?.values() ?? [])]
      .map((record) => ({ record, period: periodOf(record) }))
      .filter((x): x is { record: typeof x.record; period: Period } => x.period !== null)
      .sort((a, b) => a.period.to - b.period.to);
    let best: typeof records = [];
    let run: typeof records = [];
    for (const r of records) {
      const last = run[run.length - 1];
      run = last !== undefined && r.period.from === last.period.to + 1 ? [...run, r] : [r];
      if (run.length >= count) best = run.slice(-count);
    }
    const describe = (r: (typeof records)[number]): ProposalReason =>
      proposalReason("period-held", {
        year: r.record.year ?? "",
        decision: decisionRef(r.record.decisionNo.trim()),
        span: periodText(r.period),
      });
    if (best.length < count) {
      return fail(
        proposalReason("consecutive-periods-short", {
          award: short(award),
          count,
          held: records.map(describe),
        })
      );
    }
    const years = best.flatMap((r) =>
      Array.from({ length: r.period.to - r.period.from + 1 }, (_, i) => r.period.from + i)
    );
    return pass(
      [
        proposalReason("consecutive-periods-met", {
          award: short(award),
          count,
          held: best.map(describe),
        }),
      ],
      years
    );
  },
});
