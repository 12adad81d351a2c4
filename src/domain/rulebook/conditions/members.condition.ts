/** Conditions of a collective on its members (the unit's staff in `Cán bộ`). */
import { proposalReason, type ProposalReason } from "../../messages/proposal-reasons";
import type { AwardKey, Staff } from "../../model";
import { AWARD_KEYS, awardByKey } from "../award-catalogue";
import { DISCIPLINE_LEVELS, disciplineReaches } from "../discipline";
import { percent } from "../../messages/param-types";
import { meetsShare } from "../format-vi";
import { RATINGS, describeAccepted, ratingAtLeast, ratingRank, ratingText } from "../rating";
import { had, type EvaluationContext, type Subject } from "../facts";
import { defineCondition, fail, listPeople, pass, pendingVote, type Zod } from "./condition";
import { CONDITION_DESCRIPTIONS } from "./descriptions";

/** had(member, T, y) without allocating a subject per member. */
function hadMember(ctx: EvaluationContext, member: Staff, award: AwardKey, year: number): boolean {
  const subject = ctx.facts.staffSubjects.get(member.code);
  return subject !== undefined && had(ctx, subject, award, year);
}

function membersOf(subject: Subject, ctx: EvaluationContext): readonly Staff[] {
  return subject.kind === "collective" ? (ctx.facts.membersByUnit.get(subject.code) ?? []) : [];
}

/**
 * Whether a member can be rated in y: fewer than `minMonths` months worked and no `Xếp loại`
 * means not (Decree 233/2026 Art. 14(1); maternity leave counts as worked).
 */
function isUnrateable(member: Staff, minMonths: number): boolean {
  return (
    member.rating === null &&
    !member.maternityLeave &&
    member.monthsWorked !== null &&
    member.monthsWorked < minMonths
  );
}

/**
 * Arguments every member count takes: whether unrateable members count (true or 1, as the yes/no
 * parameter gives it; no by default), and the months (6 by default).
 */
function countingArgs(z: Zod) {
  return {
    countUnrateable: z.union([z.boolean(), z.number()]).optional(),
    minMonths: z.number().min(0).max(12).optional(),
  };
}

interface CountingArgs {
  readonly countUnrateable?: boolean | number;
  readonly minMonths?: number;
}

/** Whether a member counts in the collective's shares (as {@link countedMembers} decides). */
function isCounted(member: Staff, args: CountingArgs): boolean {
  return (
    args.countUnrateable === true ||
    args.countUnrateable === 1 ||
    !isUnrateable(member, args.minMonths ?? 6)
  );
}

/**
 * The members counted in a collective's shares: unrateable members left out unless the
 * parameter counts them; `note` says who was left out, for the reason.
 */
function countedMembers(
  subject: Subject,
  ctx: EvaluationContext,
  args: CountingArgs
): { readonly members: readonly Staff[]; readonly notes: readonly ProposalReason[] } {
  const all = membersOf(subject, ctx);
  if (args.countUnrateable === true || args.countUnrateable === 1)
    return { members: all, notes: [] };
  const minMonths = args.minMonths ?? 6;
  const left = all.filter((m) => isUnrateable(m, minMonths));
  if (left.length === 0) return { members: all, notes: [] };
  return {
    members: all.filter((m) => !isUnrateable(m, minMonths)),
    notes: [
      proposalReason("members-left-out", {
        count: left.length,
        minMonths,
        people: listPeople(left.map((m) => ({ name: m.name, code: m.code }))),
      }),
    ],
  };
}

const NO_MEMBERS = proposalReason("no-members", {});

/** Members holding the title in y ≥ share of members. */
export const membersTitleShare = defineCondition({
  name: "members-title-share",
  description: CONDITION_DESCRIPTIONS["members-title-share"],
  subjects: ["collective"],
  args: (z) =>
    z.object({
      award: z.enum(AWARD_KEYS),
      share: z.number().min(0).max(1),
      ...countingArgs(z),
    }),
  requires: ({ award }) => [award],
  evaluate(args, subject, ctx) {
    const { award, share } = args;
    const { members, notes: left } = countedMembers(subject, ctx, args);
    if (members.length === 0) return fail(NO_MEMBERS);
    const y = ctx.facts.year;
    const short = awardByKey(award).shortName;
    let count = 0;
    let notEvaluated = 0;
    for (const m of members) {
      if (hadMember(ctx, m, award, y)) count++;
      else if (ctx.statusOf(award, "individual", m.code) === undefined) notEvaluated++;
    }
    const ratio = proposalReason("members-ratio", {
      count,
      total: members.length,
      award: short,
      percent: percent(count / members.length, share),
    });
    if (!meetsShare(count, members.length, share)) {
      const notes =
        notEvaluated > 0
          ? [proposalReason("members-not-pledged", { count: notEvaluated, award: short })]
          : [];
      return fail(
        proposalReason("members-share-short", {
          ratio,
          share: percent(share),
          notes: [...notes, ...left],
        })
      );
    }
    return pass([
      proposalReason("members-share-met", { ratio, share: percent(share), notes: left }),
    ]);
  },
  holds(args, subject, ctx) {
    const y = ctx.facts.year;
    let total = 0;
    let count = 0;
    for (const m of membersOf(subject, ctx)) {
      if (!isCounted(m, args)) continue;
      total++;
      if (hadMember(ctx, m, args.award, y)) count++;
    }
    return total > 0 && meetsShare(count, total, args.share);
  },
});

/** Every member rated `floor` or better in y; an unrated member fails it. */
export const membersMinRating = defineCondition({
  name: "members-min-rating",
  description: CONDITION_DESCRIPTIONS["members-min-rating"],
  subjects: ["collective"],
  args: (z) =>
    z.object({ rating: z.enum(["HTXSNV", "HTTNV", "HTNV", "KHTNV"]), ...countingArgs(z) }),
  evaluate(args, subject, ctx) {
    const { rating } = args;
    const { members, notes: left } = countedMembers(subject, ctx, args);
    if (members.length === 0) return fail(NO_MEMBERS);
    const wanted = describeAccepted(RATINGS.slice(0, ratingRank(rating) + 1));
    const below = members
      .filter((m) => m.rating === null || !ratingAtLeast(m.rating, rating))
      .map((m) => ({
        name: m.name,
        code: m.code,
        detail: m.rating === null ? proposalReason("member-unrated", {}) : ratingText(m.rating),
      }));
    if (below.length > 0) {
      return fail(
        proposalReason("members-below-rating", {
          count: below.length,
          total: members.length,
          wanted,
          year: ctx.facts.year,
          people: listPeople(below),
          notes: left,
        })
      );
    }
    return pass([
      proposalReason("members-all-rated", { total: members.length, wanted, notes: left }),
    ]);
  },
  holds(args, subject, ctx) {
    let total = 0;
    for (const m of membersOf(subject, ctx)) {
      if (!isCounted(m, args)) continue;
      total++;
      if (m.rating === null || !ratingAtLeast(m.rating, args.rating)) return false;
    }
    return total > 0;
  },
});

/** At least `min` members holding the title in y. */
export const membersTitleCount = defineCondition({
  name: "members-title-count",
  description: CONDITION_DESCRIPTIONS["members-title-count"],
  subjects: ["collective"],
  args: (z) => z.object({ award: z.enum(AWARD_KEYS), min: z.number().int().min(1) }),
  requires: ({ award }) => [award],
  evaluate({ award, min }, subject, ctx) {
    const y = ctx.facts.year;
    const short = awardByKey(award).shortName;
    const members = membersOf(subject, ctx);
    const holders = members.filter((m) => hadMember(ctx, m, award, y));
    if (holders.length < min) {
      const reason =
        holders.length === 0
          ? proposalReason("members-none-hold", { award: short, year: y })
          : proposalReason("members-too-few-hold", {
              count: holders.length,
              award: short,
              year: y,
              min,
            });
      const waiting = members.filter(
        (m) => ctx.statusOf(award, "individual", m.code) === "awaiting_vote"
      );
      if (holders.length + waiting.length >= min) {
        return pendingVote(
          proposalReason("members-awaiting-vote", {
            reason,
            award: short,
            people: listPeople(waiting),
          })
        );
      }
      return fail(reason);
    }
    return pass([
      proposalReason("members-hold", {
        count: holders.length,
        award: short,
        year: y,
        people: listPeople(holders),
      }),
    ]);
  },
  holds({ award, min }, subject, ctx) {
    const y = ctx.facts.year;
    let holders = 0;
    for (const m of membersOf(subject, ctx)) {
      if (holders >= min) return true;
      if (hadMember(ctx, m, award, y)) holders++;
    }
    return holders >= min;
  },
});

/** No member disciplined in y at `level` or heavier. */
export const noMemberDisciplineFrom = defineCondition({
  name: "no-member-discipline-from",
  description: CONDITION_DESCRIPTIONS["no-member-discipline-from"],
  subjects: ["collective"],
  args: (z) => z.object({ level: z.enum(DISCIPLINE_LEVELS).nullable() }),
  evaluate({ level }, subject, ctx) {
    if (level === null) return pass();
    const hits = membersOf(subject, ctx)
      .filter(
        (m) =>
          m.discipline !== null &&
          m.discipline.trim() !== "" &&
          disciplineReaches(m.discipline, level).reaches
      )
      .map((m) => ({ name: m.name, code: m.code, detail: m.discipline ?? "" }));
    if (hits.length > 0) {
      return fail(
        proposalReason("members-disciplined", {
          count: hits.length,
          level,
          year: ctx.facts.year,
          people: listPeople(hits),
        })
      );
    }
    return pass();
  },
});
