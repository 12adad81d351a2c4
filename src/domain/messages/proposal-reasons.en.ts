/**
 * English wording of proposals' reasons and grounds. The register's own words (sheet names,
 * titles, ratings, which arrive as params) stay as the register writes them.
 */
import type { ProposalReasonCatalogue } from "./proposal-reasons";

const VOTE_GROUND_PREFIX_EN = "Council vote: ";

export const PROPOSAL_REASONS_EN: ProposalReasonCatalogue = {
  "achievement-rewarded": (p) =>
    `The achievement of ${p.years} was already rewarded: ${p.award}; grounds must come after ${p.to} (one achievement is rewarded once: ${p.law}; ${p.citation})`,
  "alternative-failed": (p) => `Case ${p.index} (${p.label}): ${p.reasons.join("; ")}.`,
  "alternatives-failed": (p) => `The condition “${p.label}” is not met. ${p.detail}`,
  "decision-ref": (p) =>
    p.number === "" && p.date === ""
      ? ""
      : ` (decision${p.number === "" ? "" : ` no. ${p.number}`}${p.date === "" ? "" : ` of ${p.date}`})`,
  either: (p) => p.items.join(" or "),
  "people-and-others": (p) => `${p.shown} and ${p.rest} other${p.rest === 1 ? "" : "s"}`,
  "period-award": (p) => `${p.award} of ${p.year}${p.decision}, achievement ${p.span}`,
  "quota-cut": (p) =>
    `Over the ${p.award} quota: at most ${p.share} of the ${p.base} people proposed for ${p.of} = ${p.limit}; ` +
    `${p.candidates} are eligible and this person ranks ${p.position} in the priority order (${p.priority})` +
    (p.voteShare === "" ? "" : `, vote share ${p.voteShare}`),
  "rating-or-better": (p) => `${p.rating} or better`,
  "same-achievement": (p) =>
    `The same achievement is already proposed for ${p.award}${p.where}: one achievement gets one award (${p.law})`,
  "tie-break": (p) =>
    ({ voteShare: "vote share", rating: "rating", women: "women first", code: "Mã CB" })[p.key],
  "vote-fails": (p) =>
    `${VOTE_GROUND_PREFIX_EN}${p.summary} < ${p.threshold} of the council's members (at least ${p.need} needed)`,
  "vote-ground-prefix": () => VOTE_GROUND_PREFIX_EN,
  "vote-invalid": (p) => `Invalid vote: ${p.yes} votes in favour of ${p.members} council members`,
  "vote-members-unknown": () =>
    "The vote share cannot be computed: no Số thành viên in the Bình xét sheet and no Số thành viên Hội đồng in the Cấu hình sheet",
  "vote-none": (p) =>
    `No council vote in the Bình xét sheet yet (${p.threshold} of the council's members or more needed)`,
  "vote-none-need": (p) =>
    `No council vote in the Bình xét sheet yet (${p.threshold} of ${p.members} members or more needed, that is at least ${p.need} votes in favour)`,
  "vote-passes": (p) => `${VOTE_GROUND_PREFIX_EN}${p.summary} (${p.threshold} or more)`,
  "vote-summary": (p) => `${p.yes}/${p.members} votes = ${p.share}`,
};
