/** Conditions of a collective on its members (the unit's staff in `Cán bộ`). */
import { z } from "zod";
import type { AwardKey, Staff } from "../../model";
import { AWARD_KEYS, awardByKey } from "../award-catalogue";
import { DISCIPLINE_LEVELS, disciplineReaches } from "../discipline";
import { formatPercentVi, formatShareAgainst, meetsShare } from "../format-vi";
import { RATINGS, describeAccepted, ratingAtLeast, ratingRank, ratingText } from "../rating";
import { had, type EvaluationContext, type Subject } from "../facts";
import { defineCondition, fail, listPeople, pass, pendingVote } from "./condition";
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

/** Arguments every member count takes: whether unrateable members count, and the months. */
const countingArgs = {
  countUnrateable: z
    .union([z.boolean(), z.number()])
    .default(false)
    .transform((v) => v === true || v === 1),
  minMonths: z.number().min(0).max(12).default(6),
};

/**
 * The members counted in a collective's shares: unrateable members left out unless the
 * parameter counts them; `note` says who was left out, for the reason.
 */
function countedMembers(
  subject: Subject,
  ctx: EvaluationContext,
  args: { readonly countUnrateable: boolean; readonly minMonths: number }
): { readonly members: readonly Staff[]; readonly note: string } {
  const all = membersOf(subject, ctx);
  if (args.countUnrateable) return { members: all, note: "" };
  const left = all.filter((m) => isUnrateable(m, args.minMonths));
  if (left.length === 0) return { members: all, note: "" };
  return {
    members: all.filter((m) => !isUnrateable(m, args.minMonths)),
    note: ` (không tính ${left.length} người công tác dưới ${args.minMonths} tháng, chưa được xếp loại: ${listPeople(left.map((m) => ({ name: m.name, code: m.code })))})`,
  };
}

const NO_MEMBERS = "Đơn vị không có cá nhân nào trong trang Cán bộ";

/** Members holding the title in y ≥ share of members. */
export const membersTitleShare = defineCondition({
  name: "members-title-share",
  description: CONDITION_DESCRIPTIONS["members-title-share"],
  subjects: ["collective"],
  args: z.object({
    award: z.enum(AWARD_KEYS),
    share: z.number().min(0).max(1),
    ...countingArgs,
  }),
  requires: ({ award }) => [award],
  evaluate(args, subject, ctx) {
    const { award, share } = args;
    const { members, note: left } = countedMembers(subject, ctx, args);
    if (members.length === 0) return fail(NO_MEMBERS);
    const y = ctx.facts.year;
    const short = awardByKey(award).shortName;
    let count = 0;
    let notEvaluated = 0;
    for (const m of members) {
      if (hadMember(ctx, m, award, y)) count++;
      else if (ctx.statusOf(award, "individual", m.code) === undefined) notEvaluated++;
    }
    const percent = formatShareAgainst(count / members.length, share);
    const ratio = `${count}/${members.length} cá nhân đạt ${short} = ${percent}`;
    if (!meetsShare(count, members.length, share)) {
      const note = notEvaluated > 0 ? ` (${notEvaluated} cá nhân không đăng ký ${short})` : "";
      return fail(`${ratio} < ${formatPercentVi(share)}${note}${left}`);
    }
    return pass([`${ratio} (từ ${formatPercentVi(share)} trở lên)${left}`]);
  },
});

/** Every member rated `floor` or better in y; an unrated member fails it. */
export const membersMinRating = defineCondition({
  name: "members-min-rating",
  description: CONDITION_DESCRIPTIONS["members-min-rating"],
  subjects: ["collective"],
  args: z.object({ rating: z.enum(["HTXSNV", "HTTNV", "HTNV", "KHTNV"]), ...countingArgs }),
  evaluate(args, subject, ctx) {
    const { rating } = args;
    const { members, note: left } = countedMembers(subject, ctx, args);
    if (members.length === 0) return fail(NO_MEMBERS);
    const wanted = describeAccepted(RATINGS.slice(0, ratingRank(rating) + 1));
    const below = members
      .filter((m) => m.rating === null || !ratingAtLeast(m.rating, rating))
      .map((m) => ({
        name: m.name,
        code: m.code,
        detail: m.rating === null ? "chưa xếp loại" : ratingText(m.rating),
      }));
    if (below.length > 0) {
      return fail(
        `${below.length}/${members.length} cá nhân chưa đạt ${wanted} năm ${ctx.facts.year}: ${listPeople(below)}${left}`
      );
    }
    return pass([`100% cá nhân (${members.length}/${members.length}) đạt ${wanted}${left}`]);
  },
});

/** At least `min` members holding the title in y. */
export const membersTitleCount = defineCondition({
  name: "members-title-count",
  description: CONDITION_DESCRIPTIONS["members-title-count"],
  subjects: ["collective"],
  args: z.object({ award: z.enum(AWARD_KEYS), min: z.number().int().min(1) }),
  requires: ({ award }) => [award],
  evaluate({ award, min }, subject, ctx) {
    const y = ctx.facts.year;
    const short = awardByKey(award).shortName;
    const members = membersOf(subject, ctx);
    const holders = members.filter((m) => hadMember(ctx, m, award, y));
    if (holders.length < min) {
      const reason =
        holders.length === 0
          ? `Không có cá nhân nào đạt ${short} năm ${y}`
          : `Có ${holders.length} cá nhân đạt ${short} năm ${y}, cần ít nhất ${min}`;
      const waiting = members.filter(
        (m) => ctx.statusOf(award, "individual", m.code) === "awaiting_vote"
      );
      if (holders.length + waiting.length >= min) {
        return pendingVote(
          `${reason} (${short} của ${listPeople(waiting)} còn chờ kết quả bỏ phiếu)`
        );
      }
      return fail(reason);
    }
    return pass([`${holders.length} cá nhân đạt ${short} năm ${y}: ${listPeople(holders)}`]);
  },
});

/** No member disciplined in y at `level` or heavier. */
export const noMemberDisciplineFrom = defineCondition({
  name: "no-member-discipline-from",
  description: CONDITION_DESCRIPTIONS["no-member-discipline-from"],
  subjects: ["collective"],
  args: z.object({ level: z.enum(DISCIPLINE_LEVELS).nullable() }),
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
        `Có ${hits.length} cá nhân bị kỷ luật từ ${level} trở lên năm ${ctx.facts.year}: ${listPeople(hits)}`
      );
    }
    return pass();
  },
});
