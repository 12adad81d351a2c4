/** Why a register is unusable, in the reader's language (Vietnamese by default). */
import { DEFAULT_LANGUAGE, type Language } from "./language";
import type { UnusableReason, UnusableReasonCatalogue } from "./unusable-reasons";
import { UNUSABLE_REASONS_EN } from "./unusable-reasons.en";
import { UNUSABLE_REASONS_VI } from "./unusable-reasons.vi";

export const UNUSABLE_REASON_CATALOGUES: Readonly<Record<Language, UnusableReasonCatalogue>> = {
  vi: UNUSABLE_REASONS_VI,
  en: UNUSABLE_REASONS_EN,
};

/** The text of `reason` in `language`. */
export function unusableReasonText(
  reason: UnusableReason,
  language: Language = DEFAULT_LANGUAGE
): string {
  const word = UNUSABLE_REASON_CATALOGUES[language][reason.code] as (p: object) => string;
  return word(reason.params);
}
