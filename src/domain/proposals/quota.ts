/** Quota cuts (rules.md: CSTDCS share of those proposed for LĐTT, with its tie-break order). */
import { FEMALE, type Staff } from "../model";
import { awardByKey } from "../rulebook/award-catalogue";
import { compareCodes } from "../rulebook/compare-codes";
import { percent } from "../messages/param-types";
import { proposalReason, type ProposalReason } from "../messages/proposal-reasons";
import { ratingRank } from "../rulebook/rating";
import type { QuotaSpec, TieBreakKey } from "../rulebook/rule-definition";

export interface QuotaCandidate {
  readonly code: string;
  /** yes / members, 0 when no vote applies. */
  readonly voteShare: number;
  readonly staff: Staff | undefined;
}

function compareBy(key: TieBreakKey, a: QuotaCandidate, b: QuotaCandidate): number {
  switch (key) {
    case "voteShare":
      return Math.abs(b.voteShare - a.voteShare) < 1e-12 ? 0 : b.voteShare - a.voteShare;
    case "rating": {
      const ra = a.staff?.rating ? ratingRank(a.staff.rating) : 99;
      const rb = b.staff?.rating ? ratingRank(b.staff.rating) : 99;
      return ra - rb;
    }
    case "women":
      return (b.staff?.gender === FEMALE ? 1 : 0) - (a.staff?.gender === FEMALE ? 1 : 0);
    case "code":
      return compareCodes(a.code, b.code);
  }
}

/**
 * Which candidates the quota cuts, each with its reason. `base` is the number proposed for
 * `quota.of`; at most floor(share × base) candidates are kept, in the quota's priority order.
 */
export function applyQuota(
  quota: QuotaSpec,
  share: number,
  base: number,
  candidates: readonly QuotaCandidate[],
  keyName: string
): Map<string, ProposalReason> {
  const limit = Math.floor(share * base + 1e-9);
  const cut = new Map<string, ProposalReason>();
  if (candidates.length <= limit) return cut;
  const order = [...quota.order, "code" as const];
  const ranked = [...candidates].sort((a, b) => {
    for (const key of order) {
      const d = compareBy(key, a, b);
      if (d !== 0) return d;
    }
    return 0;
  });
  const priority = quota.order.map((key) => proposalReason("tie-break", { key }));
  const of = awardByKey(quota.of).shortName;
  ranked.slice(limit).forEach((c, i) => {
    cut.set(
      c.code,
      proposalReason("quota-cut", {
        award: keyName,
        share: percent(share),
        base,
        of,
        limit,
        candidates: candidates.length,
        position: limit + i + 1,
        priority,
        voteShare: c.voteShare > 0 ? percent(c.voteShare) : "",
      })
    );
  });
  return cut;
}
