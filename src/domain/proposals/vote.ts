/** Council votes: the share of the council's total membership (rules.md, "Council votes"). */
import type { AwardKey, Vote } from "../model";
import { voteKey, type RegisterFacts } from "../rulebook/facts";
import { formatPercentVi, formatShareAgainst, meetsShare } from "../rulebook/format-vi";
import type { MissingData } from "../rulebook/conditions/condition";
import { reasonText } from "../messages/proposal-reason-text";

/** Grounds that carry the vote start with this, so a list can show them in their own column. */
export const VOTE_GROUND_PREFIX = reasonText("vote-ground-prefix", {});

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
  return reasonText("vote-summary", {
    yes,
    members,
    share: threshold === undefined ? formatPercentVi(share) : formatShareAgainst(share, threshold),
  });
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
    return {
      state: "none",
      reason:
        members === null || need === null
          ? reasonText("vote-none", { threshold: t })
          : reasonText("vote-none-need", { threshold: t, members, need }),
    };
  }
  if (members === null) {
    return {
      state: "unknown-members",
      reason: reasonText("vote-members-unknown", {}),
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
      reason: reasonText("vote-invalid", { yes: vote.yes, members }),
    };
  }
  const passes = meetsShare(vote.yes, members, threshold);
  const summary = voteSummary(vote.yes, members, threshold);
  const text = passes
    ? reasonText("vote-passes", { summary, threshold: t })
    : reasonText("vote-fails", { summary, threshold: t, need: need === null ? "?" : String(need) });
  return { state: "recorded", passes, share: vote.yes / members, summary, text };
}
