/** Council votes: the share of the council's total membership (rules.md, "Council votes"). */
import type { AwardKey, Vote } from "../model";
import { voteKey, type RegisterFacts } from "../rulebook/facts";
import { formatPercentVi, formatShareAgainst, meetsShare } from "../rulebook/format-vi";
import type { MissingData } from "../rulebook/conditions/condition";

/** Grounds that carry the vote start with this, so a list can show them in their own column. */
export const VOTE_GROUND_PREFIX = "Kết quả bỏ phiếu: ";

export type VoteCheck =
  | { readonly state: "none"; readonly reason: string }
  | { readonly state: "unknown-members"; readonly reason: string; readonly missing: MissingData }
  | { readonly state: "invalid"; readonly reason: string }
  | {
      readonly state: "recorded";
      readonly passes: boolean;
      readonly share: number;
      readonly summary: string;
      readonly text: string;
    };

/** "8/9 phiếu = 88,9%". */
export function voteSummary(yes: number, members: number, threshold?: number): string {
  const share = members > 0 ? yes / members : 0;
  return `${yes}/${members} phiếu = ${threshold === undefined ? formatPercentVi(share) : formatShareAgainst(share, threshold)}`;
}

function totalMembers(vote: Vote | undefined, facts: RegisterFacts): number | null {
  return vote?.members ?? facts.councilMembers;
}

/** Checks the recorded vote of (subject, award) against `threshold`. */
export function checkVote(
  facts: RegisterFacts,
  subject: string,
  award: AwardKey,
  threshold: number
): VoteCheck {
  const vote = facts.votes.get(voteKey(subject, award));
  const members = totalMembers(vote, facts);
  const need = members === null ? null : Math.ceil(threshold * members - 1e-9);
  const t = formatPercentVi(threshold);
  if (!vote || vote.yes === null) {
    const detail =
      members === null || need === null
        ? `từ ${t} tổng số thành viên Hội đồng trở lên`
        : `từ ${t} của ${members} thành viên trở lên, tức ít nhất ${need} phiếu đồng ý`;
    return {
      state: "none",
      reason: `Chưa có kết quả bỏ phiếu của Hội đồng trong trang Bình xét (cần ${detail})`,
    };
  }
  if (members === null) {
    return {
      state: "unknown-members",
      reason:
        "Chưa tính được tỷ lệ phiếu: thiếu Số thành viên ở trang Bình xét và Số thành viên Hội đồng ở trang Cấu hình",
      missing: {
        sheet: vote.src.sheet,
        cell: vote.src.cells.members ?? null,
        what: { kind: "council-members", year: "", name: "" },
      },
    };
  }
  if (members <= 0 || vote.yes < 0 || vote.yes > members || !Number.isInteger(vote.yes)) {
    return {
      state: "invalid",
      reason: `Kết quả bỏ phiếu không hợp lệ: ${vote.yes} phiếu đồng ý trên ${members} thành viên Hội đồng`,
    };
  }
  const passes = meetsShare(vote.yes, members, threshold);
  const summary = voteSummary(vote.yes, members, threshold);
  const text = passes
    ? `${VOTE_GROUND_PREFIX}${summary} (từ ${t} trở lên)`
    : `${VOTE_GROUND_PREFIX}${summary} < ${t} tổng số thành viên Hội đồng (cần ít nhất ${need ?? "?"} phiếu)`;
  return { state: "recorded", passes, share: vote.yes / members, summary, text };
}
