/** The four quality ratings: order, full text and short forms used in reasons. */
import type { Rating } from "../model";
import { RATING_TEXT } from "../codec/vocabulary";
import { proposalReason, type ProposalReason } from "../messages/proposal-reasons";

/** Best first. */
export const RATINGS: readonly Rating[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];

/** The rating as written in cells and lists: "Hoàn thành xuất sắc nhiệm vụ". */
export function ratingText(rating: Rating): string {
  return RATING_TEXT[rating];
}

/** 0 for the best rating; a lower number is better. */
export function ratingRank(rating: Rating): number {
  return RATINGS.indexOf(rating);
}

/** True when `rating` is `floor` or better. */
export function ratingAtLeast(rating: Rating, floor: Rating): boolean {
  return ratingRank(rating) <= ratingRank(floor);
}

const described = new Map<string, ProposalReason>();

/** "Hoàn thành tốt nhiệm vụ trở lên" or "Hoàn thành xuất sắc nhiệm vụ" for a set of accepted ratings. */
export function describeAccepted(accepted: readonly Rating[]): ProposalReason {
  const cacheKey = accepted.join(",");
  const cached = described.get(cacheKey);
  if (cached !== undefined) return cached;
  const sorted = [...accepted].sort((a, b) => ratingRank(a) - ratingRank(b));
  const worst = sorted[sorted.length - 1];
  let text = proposalReason("either", { items: ["—"] });
  if (worst !== undefined) {
    const isUpward = sorted.every((r, i) => ratingRank(r) === i);
    text =
      isUpward && sorted.length > 1
        ? proposalReason("rating-or-better", { rating: ratingText(worst) })
        : proposalReason("either", { items: sorted.map(ratingText) });
  }
  described.set(cacheKey, text);
  return text;
}
