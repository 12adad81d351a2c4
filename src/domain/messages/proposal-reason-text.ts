/** A proposal reason's text in a chosen language (Vietnamese by default). */
import { DEFAULT_LANGUAGE, type Language } from "./language";
import type {
  ProposalReasonCatalogues,
  ProposalReasonCode,
  ProposalReasonParamsByCode,
} from "./proposal-reasons";
import { PROPOSAL_REASONS_EN } from "./proposal-reasons.en";
import { PROPOSAL_REASONS_VI } from "./proposal-reasons.vi";

export const PROPOSAL_REASON_CATALOGUES: ProposalReasonCatalogues = {
  vi: PROPOSAL_REASONS_VI,
  en: PROPOSAL_REASONS_EN,
};

/** The text of reason `code` with `params` in `language`. */
export function reasonText<C extends ProposalReasonCode>(
  code: C,
  params: ProposalReasonParamsByCode[C],
  language: Language = DEFAULT_LANGUAGE
): string {
  const word = PROPOSAL_REASON_CATALOGUES[language][code] as (
    p: ProposalReasonParamsByCode[C]
  ) => string;
  return word(params);
}
