/** A workflow step's reason in a chosen language. */
import type { Language } from "./language";
import type { StepReason, StepReasonCatalogues } from "./step-reasons";
import { STEP_REASONS_EN } from "./step-reasons.en";
import { STEP_REASONS_VI } from "./step-reasons.vi";

export const STEP_REASON_CATALOGUES: StepReasonCatalogues = {
  vi: STEP_REASONS_VI,
  en: STEP_REASONS_EN,
};

/** The reason's text in `language`. */
export function stepReasonText(reason: StepReason, language: Language): string {
  const word = STEP_REASON_CATALOGUES[language][reason.code] as (p: object) => string;
  return word(reason.params);
}
