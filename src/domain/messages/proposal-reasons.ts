/**
 * Why a proposal is or is not made, and on what grounds: typed codes with params, worded only in
 * the reason catalogues (`proposal-reasons.vi.ts`, `…en.ts`). Rules and conditions build their
 * reasons and grounds with `reasonText`, which words them in Vietnamese (what the lists, the
 * `Kiểm tra` notes and the JSON report show); the params are plain values, so another catalogue
 * can word the same reason. Fragments (a vote's summary, a decision reference) are codes too, so
 * that a sentence built from them is worded in one language throughout.
 *
 * Adding a code: add it here (alphabetical order), then word it in both catalogues.
 */
import type { Language } from "./language";

/** Code → params. */
export interface ProposalReasonParamsByCode {
  /** "Kết quả bỏ phiếu: 8/9 phiếu = 88,9% (từ 80% trở lên)": a vote that passes. */
  readonly "vote-passes": { readonly summary: string; readonly threshold: string };
  /** A vote below the threshold: `need` yes votes were needed ("?" when unknown). */
  readonly "vote-fails": {
    readonly summary: string;
    readonly threshold: string;
    readonly need: string;
  };
  /** Where the grounds carrying the vote start, so a list can show them in their own column. */
  readonly "vote-ground-prefix": Record<string, never>;
  /** A vote row whose yes votes exceed the members, or are not a whole number. */
  readonly "vote-invalid": { readonly yes: number; readonly members: number };
  /** No members in `Bình xét` nor `Cấu hình`: the share cannot be computed. */
  readonly "vote-members-unknown": Record<string, never>;
  /** No vote recorded; the council's size unknown. */
  readonly "vote-none": { readonly threshold: string };
  /** No vote recorded; how many yes votes are needed of the council's members. */
  readonly "vote-none-need": {
    readonly threshold: string;
    readonly members: number;
    readonly need: number;
  };
  /** "8/9 phiếu = 88,9%". */
  readonly "vote-summary": {
    readonly yes: number;
    readonly members: number;
    readonly share: string;
  };
  /** A quota's cut: the limit and the person's place in the priority order. */
  readonly "quota-cut": {
    readonly award: string;
    readonly share: string;
    readonly base: number;
    readonly of: string;
    readonly limit: number;
    readonly candidates: number;
    readonly position: number;
    readonly priority: string;
    /** The person's vote share, "" when no vote applies. */
    readonly voteShare: string;
  };
  /** One criterion of a quota's priority order. */
  readonly "tie-break": { readonly key: "voteShare" | "rating" | "women" | "code" };
  /** The other award of an exclusive pair was pledged first (`where`: " (ĐK-VP!E8)" or ""). */
  readonly "same-achievement": {
    readonly award: string;
    readonly where: string;
    readonly law: string;
  };
  /** Ground years inside an earlier award's achievement period. */
  readonly "achievement-rewarded": {
    readonly years: string;
    readonly award: string;
    readonly to: number;
    readonly law: string;
    readonly citation: string;
  };
  /** "Bằng khen tỉnh năm 2023 (QĐ số 12/QĐ-UBND ngày 20/12/2023), thành tích 2022–2023". */
  readonly "period-award": {
    readonly award: string;
    readonly year: string;
    /** A `decision-ref`, or "". */
    readonly decision: string;
    readonly span: string;
  };
  /** " (QĐ số 12/QĐ-UBND ngày 20/12/2023)": number and date each may be "". */
  readonly "decision-ref": { readonly number: string; readonly date: string };
  /** "Không đạt điều kiện “…”. Trường hợp 1 (…): …. Trường hợp 2 (…): …." */
  readonly "alternatives-failed": { readonly label: string; readonly detail: string };
  /** One alternative of the above with why it fails. */
  readonly "alternative-failed": {
    readonly index: number;
    readonly label: string;
    readonly reasons: readonly string[];
  };
  /** "A (CB1), B (CB2) và 3 người khác". */
  readonly "people-and-others": { readonly shown: string; readonly rest: number };
  /** "Hoàn thành tốt nhiệm vụ trở lên". */
  readonly "rating-or-better": { readonly rating: string };
  /** Alternatives: "A hoặc B". */
  readonly either: { readonly items: readonly string[] };

  // Ranking and blocs (rank.condition.ts)
  /** The unit has no council total yet, so no rank. */
  readonly "unit-unranked": Record<string, never>;
  readonly "unit-rank-not-first": { readonly rank: number; readonly points: string };
  readonly "unit-rank-first": { readonly points: string };
  /** How a bloc is named in a reason: its name, or "" for none. */
  readonly bloc: { readonly name: string };
  readonly "bloc-rank-missing": Record<string, never>;
  readonly "bloc-rank-not-first": { readonly rank: number; readonly bloc: string };
  readonly "bloc-leader": { readonly bloc: string };

  // Service (service.condition.ts)
  readonly "maternity-leave": { readonly year: number };
  readonly "months-short": { readonly year: number; readonly worked: string; readonly min: string };
  /** A `Kỷ luật` text that names no known level: taken as reaching `level`. */
  readonly "discipline-unknown": {
    readonly year: number;
    readonly text: string;
    readonly level: string;
  };
  readonly "discipline-blocks": {
    readonly year: number;
    readonly found: string;
    readonly level: string;
  };

  // Ratings (rating.condition.ts)
  readonly "unit-unrated": { readonly year: number; readonly wanted: string };
  readonly "person-unrated": { readonly year: number; readonly wanted: string };
  readonly "rating-not-accepted": {
    readonly year: number;
    readonly rating: string;
    readonly wanted: string;
  };
  readonly "rating-of-year": { readonly year: number; readonly rating: string };
  /** "đạt TTLĐXS": a title accepted instead of a rating. */
  readonly "title-reached": { readonly award: string };
  /** One year of a streak that fails: its rating, or why it has none. */
  readonly "year-rating": { readonly year: number; readonly rating: string };
  readonly "year-unrated": { readonly year: number };
  readonly "year-no-history-rating": { readonly year: number };
  readonly "rating-streak-broken": {
    readonly wanted: string;
    readonly years: number;
    readonly span: string;
    readonly gaps: readonly string[];
  };
  /** The streak's ground; `wanted` arrives with its first letter capitalised. */
  readonly "rating-streak": {
    readonly wanted: string;
    readonly years: number;
    readonly span: string;
    readonly basis: readonly string[];
  };

  // Members of a collective (members.condition.ts)
  /** Who is left out of a collective's counts: " (không tính …)" appended to its reason. */
  readonly "members-left-out": {
    readonly count: number;
    readonly minMonths: number;
    readonly people: string;
  };
  readonly "no-members": Record<string, never>;
  /** "5/8 cá nhân đạt LĐTT = 62,5%". */
  readonly "members-ratio": {
    readonly count: number;
    readonly total: number;
    readonly award: string;
    readonly percent: string;
  };
  readonly "members-not-pledged": { readonly count: number; readonly award: string };
  readonly "members-share-short": {
    readonly ratio: string;
    readonly share: string;
    readonly note: string;
  };
  readonly "members-share-met": {
    readonly ratio: string;
    readonly share: string;
    readonly note: string;
  };
  readonly "member-unrated": Record<string, never>;
  readonly "members-below-rating": {
    readonly count: number;
    readonly total: number;
    readonly wanted: string;
    readonly year: number;
    readonly people: string;
    readonly note: string;
  };
  readonly "members-all-rated": {
    readonly total: number;
    readonly wanted: string;
    readonly note: string;
  };
  readonly "members-none-hold": { readonly award: string; readonly year: number };
  readonly "members-too-few-hold": {
    readonly count: number;
    readonly award: string;
    readonly year: number;
    readonly min: number;
  };
  readonly "members-awaiting-vote": {
    readonly reason: string;
    readonly award: string;
    readonly people: string;
  };
  readonly "members-hold": {
    readonly count: number;
    readonly award: string;
    readonly year: number;
    readonly people: string;
  };
  readonly "members-disciplined": {
    readonly count: number;
    readonly level: string;
    readonly year: number;
    readonly people: string;
  };

  // Initiatives (initiative.condition.ts)
  /** "Sáng kiến “Số hóa hồ sơ” (phạm vi Tỉnh; QĐ công nhận số 12/QĐ-UBND ngày 01/10/2024)". */
  readonly initiative: {
    readonly kind: string;
    readonly title: string;
    readonly details: readonly string[];
  };
  readonly "initiative-scope": { readonly scope: string };
  /** Its recognition: number and date each may be "". */
  readonly "initiative-decision": { readonly number: string; readonly date: string };
  /** What was looked for: any initiative, or of these scopes. */
  readonly "initiatives-what": { readonly scopes: readonly string[] };
  /** When: in one year, or within a span. */
  readonly "initiatives-when": { readonly span: string; readonly oneYear: boolean };
  readonly "initiatives-unrecognised": { readonly count: number };
  readonly "initiatives-same-kind": Record<string, never>;
  readonly "initiatives-none": {
    readonly what: string;
    readonly when: string;
    readonly min: number;
    readonly note: string;
  };
  readonly "initiatives-too-few": {
    readonly count: number;
    readonly what: string;
    readonly when: string;
    readonly min: number;
    readonly note: string;
  };
}

export type ProposalReasonCode = keyof ProposalReasonParamsByCode;

/** One wording function per code, for one language. */
export type ProposalReasonCatalogue = {
  readonly [C in ProposalReasonCode]: (params: ProposalReasonParamsByCode[C]) => string;
};

export type ProposalReasonCatalogues = Readonly<Record<Language, ProposalReasonCatalogue>>;
