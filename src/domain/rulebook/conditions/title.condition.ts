/** Conditions on titles and awards held: this year (this run) and earlier years (`Lịch sử`). */
import { z } from "zod";
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

const awardKey = z.enum(AWARD_KEYS);

function short(key: AwardKey): string {
  return awardByKey(key).shortName;
}

function shortList(keys: readonly AwardKey[]): string {
  return keys.map(short).join(" hoặc ");
}

/** " (QĐ số 12/QĐ-SKHCN)" when the `Lịch sử` row has a decision number. */
function decisionOf(
  ctx: EvaluationContext,
  subject: Subject,
  award: AwardKey,
  year: number
): string {
  if (year === ctx.facts.year) return "";
  const no = historyRecord(ctx.facts, subject.code, award, year)?.decisionNo.trim() ?? "";
  return no === "" ? "" : ` (QĐ số ${no})`;
}

function thisYearStatusText(ctx: EvaluationContext, subject: Subject, award: AwardKey): string {
  const y = ctx.facts.year;
  switch (ctx.statusOf(award, subject.kind, subject.code)) {
    case undefined:
      return `chưa đăng ký/xét ${short(award)} năm ${y}`;
    case "not_eligible":
      return `không đủ điều kiện ${short(award)} năm ${y}`;
    case "awaiting_vote":
      return `${short(award)} năm ${y} còn chờ kết quả bỏ phiếu`;
    case "over_quota":
      return `${short(award)} năm ${y} vượt chỉ tiêu`;
    case "proposed":
      return `đủ điều kiện ${short(award)} năm ${y}`;
  }
}

/** had(x, T, y): the title is proposed for the subject in this run. */
export const titleThisYear = defineCondition({
  name: "title-this-year",
  description: CONDITION_DESCRIPTIONS["title-this-year"],
  subjects: ["individual", "collective"],
  args: z.object({ award: awardKey }),
  requires: ({ award }) => [award],
  evaluate({ award }, subject, ctx) {
    if (had(ctx, subject, award, ctx.facts.year))
      return pass([`Đủ điều kiện ${short(award)} năm ${ctx.facts.year}`]);
    const text = thisYearStatusText(ctx, subject, award);
    const reason = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    return ctx.statusOf(award, subject.kind, subject.code) === "awaiting_vote"
      ? pendingVote(reason)
      : fail(reason);
  },
});

/** had(x, T, k) for each k of the `years` years ending at y. */
export const titleStreak = defineCondition({
  name: "title-streak",
  description: CONDITION_DESCRIPTIONS["title-streak"],
  subjects: ["individual", "collective"],
  args: z.object({ award: awardKey, years: z.number().int().min(1) }),
  requires: ({ award }) => [award],
  evaluate({ award, years }, subject, ctx) {
    const y = ctx.facts.year;
    const from = y - years + 1;
    const missing: string[] = [];
    const held: string[] = [];
    for (let k = from; k <= y; k++) {
      if (had(ctx, subject, award, k))
        held.push(
          k === y ? `năm ${k} (đề nghị lần này)` : `năm ${k}${decisionOf(ctx, subject, award, k)}`
        );
      else
        missing.push(
          k === y ? `năm ${k} (${thisYearStatusText(ctx, subject, award)})` : `năm ${k}`
        );
    }
    const span = yearSpan(from, y);
    if (missing.length > 0) {
      const reason = `Cần ${short(award)} ${years} năm liên tục ${span}; thiếu ${missing.join(", ")}`;
      // Only this year's title is missing, and it only waits for its vote.
      const waiting =
        missing.length === 1 && ctx.statusOf(award, subject.kind, subject.code) === "awaiting_vote";
      return waiting ? pendingVote(reason) : fail(reason);
    }
    return pass(
      [`${short(award)} ${years} năm liên tục ${span}: ${held.join(", ")}`],
      Array.from({ length: years }, (_, i) => from + i)
    );
  },
});

/** At least `min` of the given titles/awards in the `years` years ending at y. */
export const titleCountInWindow = defineCondition({
  name: "title-count-in-window",
  description: CONDITION_DESCRIPTIONS["title-count-in-window"],
  subjects: ["individual", "collective"],
  args: z.object({
    awards: z.array(awardKey).min(1),
    years: z.number().int().min(1),
    min: z.number().int().min(1),
  }),
  requires: ({ awards }) => awards,
  evaluate({ awards, years, min }, subject, ctx) {
    const y = ctx.facts.year;
    const from = y - years + 1;
    const hits: string[] = [];
    const hitYears: number[] = [];
    for (let k = from; k <= y; k++) {
      for (const award of awards) {
        if (had(ctx, subject, award, k)) {
          hitYears.push(k);
          hits.push(
            `${awards.length > 1 ? `${short(award)} ` : ""}năm ${k}${decisionOf(ctx, subject, award, k)}`
          );
        }
      }
    }
    const span = yearSpan(from, y);
    if (hits.length < min) {
      return fail(
        `Trong ${span} có ${hits.length} lần ${shortList(awards)}${hits.length > 0 ? ` (${hits.join(", ")})` : ""}, cần ít nhất ${min}`
      );
    }
    return pass(
      [`${hits.length} lần ${shortList(awards)} trong ${span}: ${hits.join(", ")}`],
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
  args: z.object({
    award: awardKey,
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
    const rule = `${short(award)} ${count} lần liên tục (hai lần liền kề cách nhau không quá ${maxGapYears} năm)`;
    if (best.length < count) {
      const have =
        years.length === 0
          ? "không có lần nào trong Lịch sử"
          : `có: ${years.map((k) => `năm ${k}`).join(", ")}`;
      return fail(`Cần ${rule}; ${have}`);
    }
    return pass([
      `${short(award)} ${count} lần liên tục: ${best.map((k) => `năm ${k}${decisionOf(ctx, subject, award, k)}`).join(", ")}`,
    ]);
  },
});

/** Had one of `awards` in some year ≤ y − latestYearOffset (from `Lịch sử`). */
export const awardBefore = defineCondition({
  name: "award-before",
  description: CONDITION_DESCRIPTIONS["award-before"],
  subjects: ["individual", "collective"],
  args: z.object({ awards: z.array(awardKey).min(1), latestYearOffset: z.number().int().min(1) }),
  evaluate({ awards, latestYearOffset }, subject, ctx) {
    const latest = ctx.facts.year - latestYearOffset;
    const found: { award: AwardKey; year: number }[] = [];
    const byAward = ctx.facts.awardsBySubject.get(subject.code);
    for (const award of awards) {
      // The award's achievement period must end by then: what comes after it is new achievement.
      for (const [year, record] of byAward?.get(award) ?? [])
        if ((periodOf(record)?.to ?? year) <= latest) found.push({ award, year });
    }
    if (found.length === 0)
      return fail(
        `Chưa được tặng ${shortList(awards)} từ năm ${latest} trở về trước (theo Lịch sử)`
      );
    found.sort((a, b) => b.year - a.year);
    const first = found[0];
    if (!first) return fail(`Chưa được tặng ${shortList(awards)}`);
    return pass([
      `Đã được tặng ${short(first.award)} năm ${first.year}${decisionOf(ctx, subject, first.award, first.year)}`,
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
  args: z.object({ award: awardKey, count: z.number().int().min(1) }),
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
    const rule = `${short(award)} ${count} lần liên tục (thời kỳ thành tích nối tiếp nhau)`;
    const describe = (r: (typeof records)[number]): string => {
      const no = r.record.decisionNo.trim();
      return `năm ${r.record.year ?? ""}${no === "" ? "" : ` (QĐ số ${no})`}, thành tích ${periodText(r.period)}`;
    };
    if (best.length < count) {
      const have =
        records.length === 0
          ? "không có lần nào trong Lịch sử"
          : `có: ${records.map(describe).join("; ")}`;
      return fail(`Cần ${rule}; ${have}`);
    }
    const years = best.flatMap((r) =>
      Array.from({ length: r.period.to - r.period.from + 1 }, (_, i) => r.period.from + i)
    );
    return pass([`${short(award)} ${count} lần liên tục: ${best.map(describe).join("; ")}`], years);
  },
});
