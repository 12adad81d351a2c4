/** A proposal reason's text in the reader's language (Vietnamese by default). */
import { formatDecimalParam, formatPercent } from "./format-number";
import { DEFAULT_LANGUAGE, type Language } from "./language";
import type { Decimal, Percent } from "./param-types";
import {
  isVoteResult,
  proposalReason,
  type ProposalReason,
  type ProposalReasonCatalogue,
} from "./proposal-reasons";
import { PROPOSAL_REASONS_EN } from "./proposal-reasons.en";
import { PROPOSAL_REASONS_VI } from "./proposal-reasons.vi";

export const PROPOSAL_REASON_CATALOGUES: Readonly<Record<Language, ProposalReasonCatalogue>> = {
  vi: PROPOSAL_REASONS_VI,
  en: PROPOSAL_REASONS_EN,
};

/** A param as its catalogue receives it: nested reasons worded, shares and numbers formatted. */
function rendered(value: unknown, language: Language): unknown {
  if (Array.isArray(value)) return value.map((v) => rendered(v, language));
  if (typeof value === "object" && value !== null) {
    if ("code" in value) return reasonText(value as ProposalReason, language);
    if ("percent" in value) return formatPercent(value as Percent, language);
    if ("decimal" in value) return formatDecimalParam(value as Decimal, language);
  }
  return value;
}

/** The text of `reason` in `language`. */
export function reasonText(reason: ProposalReason, language: Language = DEFAULT_LANGUAGE): string {
  const word = PROPOSAL_REASON_CATALOGUES[language][reason.code] as (p: object) => string;
  const given = reason.params as Record<string, unknown>;
  // Most reasons carry only strings and numbers, which the catalogue takes as they are.
  if (!hasNested(given)) return word(given);
  const params: Record<string, unknown> = {};
  for (const key of Object.keys(given)) params[key] = rendered(given[key], language);
  return word(params);
}

/** True when a param is an object or array ({@link rendered} words or formats it). */
function hasNested(params: Record<string, unknown>): boolean {
  for (const key in params) {
    const value = params[key];
    if (typeof value === "object" && value !== null) return true;
  }
  return false;
}

/** Each reason's text in `language`. */
export function reasonTexts(
  reasons: readonly ProposalReason[],
  language: Language = DEFAULT_LANGUAGE
): string[] {
  return reasons.map((r) => reasonText(r, language));
}

/**
 * The council vote's result as a list's own column shows it ("8/9 phiếu = 88,9% (từ 80% trở
 * lên)"): the vote reason among `reasons` without its lead-in, or null when none carries a vote.
 */
export function voteResultText(
  reasons: readonly ProposalReason[],
  language: Language = DEFAULT_LANGUAGE
): string | null {
  const vote = reasons.find(isVoteResult);
  if (vote === undefined) return null;
  const text = reasonText(vote, language);
  const lead = reasonText(proposalReason("vote-ground-prefix", {}), language);
  return text.startsWith(lead) ? text.slice(lead.length) : text;
}

/** The grounds a list prints in its `Căn cứ` column: all but the vote, which has its own. */
export function groundTexts(
  grounds: readonly ProposalReason[],
  language: Language = DEFAULT_LANGUAGE
): string[] {
  return reasonTexts(
    grounds.filter((g) => !isVoteResult(g)),
    language
  );
}
