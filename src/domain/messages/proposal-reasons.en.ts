/**
 * English wording of proposals' reasons and grounds. The register's own words (sheet names,
 * titles, ratings, which arrive as params) stay as the register writes them.
 */
import type { ProposalReasonCatalogue, TitleStatus } from "./proposal-reasons";

const VOTE_GROUND_PREFIX_EN = "Council vote: ";
const HISTORY_NONE_EN = "none in Lịch sử";

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function titleStatus(p: { award: string; year: number; status: TitleStatus }): string {
  switch (p.status) {
    case "unpledged":
      return `${p.award} ${p.year} not pledged or evaluated`;
    case "not_eligible":
      return `not eligible for ${p.award} ${p.year}`;
    case "awaiting_vote":
      return `${p.award} ${p.year} awaits the vote`;
    case "over_quota":
      return `${p.award} ${p.year} over the quota`;
    case "proposed":
      return `eligible for ${p.award} ${p.year}`;
  }
}

export const PROPOSAL_REASONS_EN: ProposalReasonCatalogue = {
  "achievement-rewarded": (p) =>
    `The achievement of ${p.years} was already rewarded: ${p.award}; grounds must come after ${p.to} (one achievement is rewarded once: ${p.law}; ${p.citation})`,
  "alternative-failed": (p) => `Case ${p.index} (${p.label}): ${p.reasons.join("; ")}.`,
  "alternatives-failed": (p) =>
    `The condition “${p.label}” is not met. ${p.alternatives.join(" ")}`,
  "decision-ref": (p) =>
    p.number === "" && p.date === ""
      ? ""
      : ` (decision${p.number === "" ? "" : ` no. ${p.number}`}${p.date === "" ? "" : ` of ${p.date}`})`,
  either: (p) => p.items.join(" or "),
  "people-and-others": (p) =>
    p.rest > 0
      ? `${p.shown.join(", ")} and ${p.rest} other${p.rest === 1 ? "" : "s"}`
      : p.shown.join(", "),
  person: (p) => `${p.name} (${p.code}${p.detail === "" ? "" : `, ${p.detail}`})`,
  "period-award": (p) => `${p.award} of ${p.year}${p.decision}, achievement ${p.span}`,
  "quota-cut": (p) =>
    `Over the ${p.award} quota: at most ${p.share} of the ${p.base} people proposed for ${p.of} = ${p.limit}; ` +
    `${p.candidates} are eligible and this person ranks ${p.position} in the priority order (${p.priority.join(", ")})` +
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

  "unit-unranked": () =>
    "The unit is not ranked yet (council scores incomplete); it must rank first",
  "unit-rank-not-first": (p) =>
    `Ranked ${p.rank} by council score (${p.points} points); it must rank first`,
  "unit-rank-first": (p) => `Ranked first by council score (${p.points} points)`,
  bloc: (p) => (p.name === "" ? "its emulation bloc" : `the bloc “${p.name}”`),
  "bloc-rank-missing": () =>
    `No bloc result yet (the "Xếp hạng trong khối" column of the Đơn vị sheet); a flag goes only to the leader of a provincial emulation bloc`,
  "bloc-rank-not-first": (p) => `Placed ${p.rank} in ${p.bloc}; it must lead the bloc (place 1)`,
  "bloc-leader": (p) => `Leads ${p.bloc} (place 1)`,

  "maternity-leave": (p) => `Maternity leave in ${p.year} (counted as time worked)`,
  "months-short": (p) => `Months worked in ${p.year}: ${p.worked} < the minimum of ${p.min}`,
  "discipline-unknown": (p) =>
    `Disciplined in ${p.year}: “${p.text}”, a level not recognised, so taken as ${p.level} or heavier`,
  "discipline-blocks": (p) =>
    `Disciplined in ${p.year}: ${p.found} (${p.level} or heavier excludes)`,

  "unit-unrated": (p) => `The unit has no rating for ${p.year} (needs ${p.wanted})`,
  "person-unrated": (p) => `The person has no rating for ${p.year} (needs ${p.wanted})`,
  "rating-not-accepted": (p) => `Rating for ${p.year}: ${p.rating}; needs ${p.wanted}`,
  "rating-of-year": (p) => `Rating for ${p.year}: ${p.rating}`,
  "title-reached": (p) => `holds ${p.award}`,
  "year-rating": (p) => `${p.year}: ${p.rating}`,
  "year-unrated": (p) => `${p.year}: not rated yet`,
  "year-no-history-rating": (p) => `${p.year}: no rating in Lịch sử`,
  "rating-streak-broken": (p) =>
    `Needs ${p.wanted} for ${p.years} consecutive years ${p.span}; missing ${p.gaps.join("; ")}`,
  "members-left-out": (p) =>
    ` (leaving out ${p.count} ${p.count === 1 ? "person" : "people"} with under ${p.minMonths} months worked, not rated: ${p.people})`,
  "no-members": () => "The unit has nobody in the Cán bộ sheet",
  "members-ratio": (p) => `${p.count}/${p.total} members hold ${p.award} = ${p.percent}`,
  "members-not-pledged": (p) => ` (${p.count} did not pledge ${p.award})`,
  "members-share-short": (p) => `${p.ratio} < ${p.share}${p.notes.join("")}`,
  "members-share-met": (p) => `${p.ratio} (${p.share} or more)${p.notes.join("")}`,
  "member-unrated": () => "not rated",
  "members-below-rating": (p) =>
    `${p.count}/${p.total} members below ${p.wanted} in ${p.year}: ${p.people}${p.notes.join("")}`,
  "members-all-rated": (p) =>
    `100% of members (${p.total}/${p.total}) at ${p.wanted}${p.notes.join("")}`,
  "members-none-hold": (p) => `No member holds ${p.award} in ${p.year}`,
  "members-too-few-hold": (p) =>
    `${p.count} member${p.count === 1 ? "" : "s"} hold ${p.award} in ${p.year}; at least ${p.min} needed`,
  "members-awaiting-vote": (p) => `${p.reason} (${p.award} of ${p.people} awaits the vote)`,
  "members-hold": (p) =>
    `${p.count} member${p.count === 1 ? "" : "s"} hold ${p.award} in ${p.year}: ${p.people}`,
  "members-disciplined": (p) =>
    `${p.count} member${p.count === 1 ? "" : "s"} disciplined at ${p.level} or heavier in ${p.year}: ${p.people}`,
  initiative: (p) =>
    `${p.kind} “${p.title}”${p.details.length > 0 ? ` (${p.details.join("; ")})` : ""}`,
  "initiative-scope": (p) => `scope ${p.scope}`,
  "initiative-decision": (p) =>
    `recognised${p.number === "" ? "" : ` by decision no. ${p.number}`}${p.date === "" ? "" : ` of ${p.date}`}`,
  "initiatives-what": (p) =>
    p.scopes.length === 0
      ? "initiative or research topic"
      : `initiative or research topic of scope ${p.scopes.join(" or ")}`,
  "initiatives-when": (p) => ` recognised ${p.oneYear ? "in" : "within"} ${p.span}`,
  "initiatives-unrecognised": (p) =>
    ` (${p.count} row${p.count === 1 ? "" : "s"} without both decision number and recognition date not counted)`,
  "initiatives-same-kind": () => " of one kind (Sáng kiến, Đề tài or Giải pháp)",
  "initiatives-none": (p) =>
    `No ${p.what}${p.when}${p.min > 1 ? ` (at least ${p.min} needed)` : ""}${p.notes.join("")}`,
  "initiatives-too-few": (p) =>
    `${p.count} ${p.what}${p.when}; at least ${p.min} needed${p.notes.join("")}`,
  "rating-streak": (p) =>
    `${capitalised(p.wanted)} for ${p.years} consecutive years ${p.span} (${p.basis.join("; ")})`,

  "title-status": (p) => (p.sentence ? capitalised(titleStatus(p)) : titleStatus(p)),
  "year-held": (p) => `${p.year}${p.decision}`,
  "year-proposed-now": (p) => `${p.year} (proposed in this run)`,
  "year-with-status": (p) => `${p.year} (${p.status})`,
  "title-streak-broken": (p) =>
    `Needs ${p.award} for ${p.years} consecutive years ${p.span}; missing ${p.missing.join(", ")}`,
  "title-streak": (p) =>
    `${p.award} for ${p.years} consecutive years ${p.span}: ${p.held.join(", ")}`,
  "title-hit": (p) => `${p.award === "" ? "" : `${p.award} `}${p.year}${p.decision}`,
  "title-count-short": (p) =>
    `${p.count} time${p.count === 1 ? "" : "s"} ${p.awards.join(" or ")} in ${p.span}${p.hits.length > 0 ? ` (${p.hits.join(", ")})` : ""}; at least ${p.min} needed`,
  "title-count-met": (p) =>
    `${p.count} time${p.count === 1 ? "" : "s"} ${p.awards.join(" or ")} in ${p.span}: ${p.hits.join(", ")}`,
  "consecutive-awards-short": (p) =>
    `Needs ${p.award} ${p.count} times in a row (at most ${p.maxGapYears} years apart); ` +
    (p.years.length === 0 ? HISTORY_NONE_EN : `held: ${p.years.join(", ")}`),
  "consecutive-awards-met": (p) => `${p.award} ${p.count} times in a row: ${p.held.join(", ")}`,
  "period-held": (p) => `${p.year}${p.decision}, achievement ${p.span}`,
  "consecutive-periods-short": (p) =>
    `Needs ${p.award} ${p.count} times in a row (achievement periods following one another); ` +
    (p.held.length === 0 ? HISTORY_NONE_EN : `held: ${p.held.join("; ")}`),
  "consecutive-periods-met": (p) => `${p.award} ${p.count} times in a row: ${p.held.join("; ")}`,
  "award-before-none": (p) =>
    `No ${p.awards.join(" or ")} awarded in ${p.latest} or before (in Lịch sử)`,
  "award-before-met": (p) => `Awarded ${p.award} in ${p.year}${p.decision}`,
};
