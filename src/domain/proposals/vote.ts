/** Council votes: the share of the council's total membership (rules.md, "Council votes"). */
import type { AwardKey, Vote } from "../model";
import { voteKey, type RegisterFacts } from "../rulebook/facts";
import { meetsShare } from "../rulebook/format-vi";
import { percent } from "../messages/param-types";
import type { MissingData } from "../rulebook/conditions/condition";
import { proposalReason, type ProposalReason } from "../messages/proposal-reasons";

export type VoteCheck =
  | { readonly state: "none"; readonly reason: ProposalReason }
  | {
      readonly state: "unknown-members";
      readonly reason: ProposalReason;
      readonly missing: MissingData;
    }
  | { readonly state: "invalid"; readonly reason: ProposalReason }
  | {
      readonly state: "recorded";
      readonly passes: boolean;
      readonly share: number;
      readonly summary: ProposalReason;
      readonly text: ProposalReason;
    };

/** "8/9 phiếu = 88,9%". */
export function voteSummary(yes: number, members: number, threshold?: number): ProposalReason {
  const share = members > 0 ? yes / members : 0;
  return proposalReason("vote-summary", { yes, members, share: percent(share, threshold) });
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
  const t = percent(threshold);
  if (!vote || vote.yes === null) {
    return {
      state: "none",
      reason:
        members === null || need === null
          ? proposalReason("vote-none", { threshold: t })
          : proposalReason("vote-none-need", { threshold: t, members, need }),
    };
  }
  if (members === null) {
    return {
      state: "unknown-members",
      reason: proposalReason("vote-members-unknown", {}),
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
      reason: proposalReason("vote-invalid", { yes: vote.yes, members }),
    };
  }
  const passes = meetsShare(vote.yes, members, threshold);
  const summary = voteSummary(vote.yes, members, threshold);
  const text = passes
    ? proposalReason("vote-passes", { summary, threshold: t })
    : proposalReason("vote-fails", {
        summary,
        threshold: t,
        need: need === null ? "?" : String(need),
      });
  return { state: "recorded", passes, share: vote.yes / members, summary, text };
}
