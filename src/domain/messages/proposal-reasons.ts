/**
 * Why a proposal is or is not made, and on what grounds: typed messages (a code with its params),
 * worded only in the reason catalogues (`proposal-reasons.vi.ts`, `…en.ts`) and only at the edge
 * (the pane, the sheets, the JSON report, the documents), in the reader's language. A reason may
 * carry other reasons as params ("Trường hợp 1 (…): <its reasons>"), and shares and decimal
 * numbers as typed values, so each catalogue words the whole sentence in one language.
 *
 * Adding a code: add it here, then word it in both catalogues (the compiler lists what is
 * missing), and give an example in tests/domain/messages/proposal-reasons.test.ts.
 */
import type { Message } from "./message";
import type { AwardParams, Decimal, DecisionRefParams, Percent, YearParams } from "./param-types";

/** A reason of a proposal, one variant per code. */
export type ProposalReason = Message<ProposalReasonParamsByCode>;

/** Where a title of this year stands for the subject (`unpledged`: not pledged nor evaluated). */
export type TitleStatus =
  "unpledged" | "not_eligible" | "awaiting_vote" | "over_quota" | "proposed";

/** Code → params. */
export interface ProposalReasonParamsByCode {
  /** "Kết quả bỏ phiếu: 8/9 phiếu = 88,9% (từ 80% trở lên)": a vote that passes. */
  readonly "vote-passes": { readonly summary: ProposalReason; readonly threshold: Percent };
  /** A vote below the threshold: `need` yes votes were needed ("?" when unknown). */
  readonly "vote-fails": {
    readonly summary: ProposalReason;
    readonly threshold: Percent;
    readonly need: string;
  };
  /** Where the grounds carrying the vote start, so a list can show them in their own column. */
  readonly "vote-ground-prefix": Record<string, never>;
  /** A vote row whose yes votes exceed the members, or are not a whole number. */
  readonly "vote-invalid": { readonly yes: number; readonly members: number };
  /** No members in `Bình xét` nor `Cấu hình`: the share cannot be computed. */
  readonly "vote-members-unknown": Record<string, never>;
  /** No vote recorded; the council's size unknown. */
  readonly "vote-none": { readonly threshold: Percent };
  /** No vote recorded; how many yes votes are needed of the council's members. */
  readonly "vote-none-need": {
    readonly threshold: Percent;
    readonly members: number;
    readonly need: number;
  };
  /** "8/9 phiếu = 88,9%". */
  readonly "vote-summary": {
    readonly yes: number;
    readonly members: number;
    readonly share: Percent;
  };
  /** A quota's cut: the limit and the person's place in the priority order. */
  readonly "quota-cut": AwardParams & {
    readonly share: Percent;
    readonly base: number;
    readonly of: string;
    readonly limit: number;
    readonly candidates: number;
    readonly position: number;
    /** The priority order: `tie-break` reasons. */
    readonly priority: readonly ProposalReason[];
    /** The person's vote share, "" when no vote applies. */
    readonly voteShare: Percent | "";
  };
  /** One criterion of a quota's priority order. */
  readonly "tie-break": { readonly key: "voteShare" | "rating" | "women" | "code" };
  /** The other award of an exclusive pair was pledged first (`where`: " (ĐK-VP!E8)" or ""). */
  readonly "same-achievement": AwardParams & { readonly where: string; readonly law: string };
  /** Ground years inside an earlier award's achievement period (`award`: a `period-award`). */
  readonly "achievement-rewarded": {
    readonly years: string;
    readonly award: ProposalReason;
    readonly to: number;
    readonly law: string;
    readonly citation: string;
  };
  /** "Bằng khen tỉnh năm 2023 (QĐ số 12/QĐ-UBND ngày 20/12/2023), thành tích 2022–2023". */
  readonly "period-award": AwardParams & {
    readonly year: string;
    /** A `decision-ref`. */
    readonly decision: ProposalReason;
    readonly span: string;
  };
  /** " (QĐ số 12/QĐ-UBND ngày 20/12/2023)", or "" when neither is known. */
  readonly "decision-ref": DecisionRefParams;
  /** "Không đạt điều kiện “…”. Trường hợp 1 (…): …. Trường hợp 2 (…): …." */
  readonly "alternatives-failed": {
    readonly label: string;
    /** Each alternative with why it fails: `alternative-failed` reasons. */
    readonly alternatives: readonly ProposalReason[];
  };
  /** One alternative of the above with why it fails. */
  readonly "alternative-failed": {
    readonly index: number;
    readonly label: string;
    readonly reasons: readonly ProposalReason[];
  };
  /** "A (CB1), B (CB2) và 3 người khác": `person` reasons, and how many more. */
  readonly "people-and-others": {
    readonly shown: readonly ProposalReason[];
    readonly rest: number;
  };
  /** "Nguyễn Văn An (CB012, chưa xếp loại)": `detail` "" for none. */
  readonly person: {
    readonly name: string;
    readonly code: string;
    readonly detail: string | ProposalReason;
  };
  /** "Hoàn thành tốt nhiệm vụ trở lên". */
  readonly "rating-or-better": { readonly rating: string };
  /** Alternatives: "A hoặc B". */
  readonly either: { readonly items: readonly (string | ProposalReason)[] };

  // Ranking and blocs (rank.condition.ts)
  /** The unit has no council total yet, so no rank. */
  readonly "unit-unranked": Record<string, never>;
  readonly "unit-rank-not-first": { readonly rank: number; readonly points: Decimal };
  readonly "unit-rank-first": { readonly points: Decimal };
  /** How a bloc is named in a reason: its name, or "" for none. */
  readonly bloc: { readonly name: string };
  readonly "bloc-rank-missing": Record<string, never>;
  readonly "bloc-rank-not-first": { readonly rank: number; readonly bloc: ProposalReason };
  readonly "bloc-leader": { readonly bloc: ProposalReason };

  // Service (service.condition.ts)
  readonly "maternity-leave": YearParams;
  readonly "months-short": YearParams & { readonly worked: Decimal; readonly min: Decimal };
  /** A `Kỷ luật` text that names no known level: taken as reaching `level`. */
  readonly "discipline-unknown": YearParams & { readonly text: string; readonly level: string };
  readonly "discipline-blocks": YearParams & { readonly found: string; readonly level: string };

  // Ratings (rating.condition.ts); `wanted`: `rating-or-better` or `either`
  readonly "unit-unrated": YearParams & { readonly wanted: ProposalReason };
  readonly "person-unrated": YearParams & { readonly wanted: ProposalReason };
  readonly "rating-not-accepted": YearParams & {
    readonly rating: string;
    readonly wanted: ProposalReason;
  };
  readonly "rating-of-year": YearParams & { readonly rating: string };
  /** "đạt TTLĐXS": a title accepted instead of a rating. */
  readonly "title-reached": AwardParams;
  /** One year of a streak that fails: its rating, or why it has none. */
  readonly "year-rating": YearParams & { readonly rating: string };
  readonly "year-unrated": YearParams;
  readonly "year-no-history-rating": YearParams;
  readonly "rating-streak-broken": {
    readonly wanted: ProposalReason;
    readonly years: number;
    readonly span: string;
    readonly gaps: readonly ProposalReason[];
  };
  /** The streak's ground (`wanted` is worded with its first letter capitalised). */
  readonly "rating-streak": {
    readonly wanted: ProposalReason;
    readonly years: number;
    readonly span: string;
    /** "2023: Hoàn thành tốt nhiệm vụ" or "2023: LĐTT": the register's own words. */
    readonly basis: readonly string[];
  };

  // Members of a collective (members.condition.ts); `notes` are appended to the sentence
  /** Who is left out of a collective's counts: " (không tính …)" appended to its reason. */
  readonly "members-left-out": {
    readonly count: number;
    readonly minMonths: number;
    readonly people: ProposalReason;
  };
  readonly "no-members": Record<string, never>;
  /** "5/8 cá nhân đạt LĐTT = 62,5%". */
  readonly "members-ratio": AwardParams & {
    readonly count: number;
    readonly total: number;
    readonly percent: Percent;
  };
  readonly "members-not-pledged": AwardParams & { readonly count: number };
  readonly "members-share-short": {
    readonly ratio: ProposalReason;
    readonly share: Percent;
    readonly notes: readonly ProposalReason[];
  };
  readonly "members-share-met": {
    readonly ratio: ProposalReason;
    readonly share: Percent;
    readonly notes: readonly ProposalReason[];
  };
  readonly "member-unrated": Record<string, never>;
  readonly "members-below-rating": YearParams & {
    readonly count: number;
    readonly total: number;
    readonly wanted: ProposalReason;
    readonly people: ProposalReason;
    readonly notes: readonly ProposalReason[];
  };
  readonly "members-all-rated": {
    readonly total: number;
    readonly wanted: ProposalReason;
    readonly notes: readonly ProposalReason[];
  };
  readonly "members-none-hold": AwardParams & YearParams;
  readonly "members-too-few-hold": AwardParams &
    YearParams & { readonly count: number; readonly min: number };
  readonly "members-awaiting-vote": AwardParams & {
    readonly reason: ProposalReason;
    readonly people: ProposalReason;
  };
  readonly "members-hold": AwardParams &
    YearParams & { readonly count: number; readonly people: ProposalReason };
  readonly "members-disciplined": YearParams & {
    readonly count: number;
    readonly level: string;
    readonly people: ProposalReason;
  };

  // Initiatives (initiative.condition.ts)
  /** "Sáng kiến “Số hóa hồ sơ” (phạm vi Tỉnh; QĐ công nhận số 12/QĐ-UBND ngày 01/10/2024)". */
  readonly initiative: {
    readonly kind: string;
    readonly title: string;
    readonly details: readonly ProposalReason[];
  };
  readonly "initiative-scope": { readonly scope: string };
  /** Its recognition: number and date each may be "". */
  readonly "initiative-decision": DecisionRefParams;
  /** What was looked for: any initiative, or of these scopes. */
  readonly "initiatives-what": { readonly scopes: readonly string[] };
  /** When: in one year, or within a span. */
  readonly "initiatives-when": { readonly span: string; readonly oneYear: boolean };
  readonly "initiatives-unrecognised": { readonly count: number };
  readonly "initiatives-same-kind": Record<string, never>;
  readonly "initiatives-none": {
    readonly what: ProposalReason;
    /** An `initiatives-when`, or "" for any year. */
    readonly when: ProposalReason | "";
    readonly min: number;
    readonly notes: readonly ProposalReason[];
  };
  readonly "initiatives-too-few": {
    readonly count: number;
    readonly what: ProposalReason;
    readonly when: ProposalReason | "";
    readonly min: number;
    readonly notes: readonly ProposalReason[];
  };

  // Titles and awards held (title.condition.ts)
  /** Where a title of this year stands; `sentence`: it starts a sentence (capital letter). */
  readonly "title-status": AwardParams &
    YearParams & { readonly status: TitleStatus; readonly sentence: boolean };
  /** A year a title was held, with its decision (a `decision-ref`). */
  readonly "year-held": YearParams & { readonly decision: ProposalReason };
  /** This year, the title proposed in this run. */
  readonly "year-proposed-now": YearParams;
  /** This year, with where its title stands (a `title-status`). */
  readonly "year-with-status": YearParams & { readonly status: ProposalReason };
  readonly "title-streak-broken": AwardParams & {
    readonly years: number;
    readonly span: string;
    readonly missing: readonly ProposalReason[];
  };
  readonly "title-streak": AwardParams & {
    readonly years: number;
    readonly span: string;
    readonly held: readonly ProposalReason[];
  };
  /** One title held in a window: `award` "" when the window asks for one title only. */
  readonly "title-hit": AwardParams & YearParams & { readonly decision: ProposalReason };
  readonly "title-count-short": {
    readonly span: string;
    readonly count: number;
    readonly awards: readonly string[];
    readonly hits: readonly ProposalReason[];
    readonly min: number;
  };
  readonly "title-count-met": {
    readonly span: string;
    readonly count: number;
    readonly awards: readonly string[];
    readonly hits: readonly ProposalReason[];
  };
  /** Too few consecutive awards (at most `maxGapYears` apart); `years`: those in `Lịch sử`. */
  readonly "consecutive-awards-short": AwardParams & {
    readonly count: number;
    readonly maxGapYears: number;
    readonly years: readonly number[];
  };
  readonly "consecutive-awards-met": AwardParams & {
    readonly count: number;
    readonly held: readonly ProposalReason[];
  };
  /** An award held, with its decision and achievement period. */
  readonly "period-held": {
    readonly year: number | "";
    readonly decision: ProposalReason;
    readonly span: string;
  };
  /** Too few awards with consecutive achievement periods; `held`: `period-held` of `Lịch sử`. */
  readonly "consecutive-periods-short": AwardParams & {
    readonly count: number;
    readonly held: readonly ProposalReason[];
  };
  readonly "consecutive-periods-met": AwardParams & {
    readonly count: number;
    readonly held: readonly ProposalReason[];
  };
  /** None of `awards` by `latest` in `Lịch sử`. */
  readonly "award-before-none": { readonly awards: readonly string[]; readonly latest: number };
  readonly "award-before-met": AwardParams & YearParams & { readonly decision: ProposalReason };
}

export type ProposalReasonCode = keyof ProposalReasonParamsByCode;

/** A param as a catalogue receives it: reasons worded, shares and numbers formatted. */
export type Rendered<T> = T extends { readonly code: string; readonly params: unknown }
  ? string
  : T extends Percent | Decimal
    ? string
    : T extends readonly (infer E)[]
      ? readonly Rendered<E>[]
      : T;

/** A code's params as its wording function receives them. */
export type RenderedParams<P> = { readonly [K in keyof P]: Rendered<P[K]> };

/** One wording function per code, for one language. */
export type ProposalReasonCatalogue = {
  readonly [C in ProposalReasonCode]: (
    params: RenderedParams<ProposalReasonParamsByCode[C]>
  ) => string;
};

/** A reason of `code` with its params (the variant the compiler picks). */
export function proposalReason<C extends ProposalReasonCode>(
  code: C,
  params: ProposalReasonParamsByCode[C]
): ProposalReason {
  return { code, params } as ProposalReason;
}

/** True for the ground or reason that carries the council's vote (its own list column). */
export function isVoteResult(reason: ProposalReason): boolean {
  return reason.code === "vote-passes" || reason.code === "vote-fails";
}
