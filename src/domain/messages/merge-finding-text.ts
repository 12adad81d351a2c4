/** Making merge findings and wording them in a chosen language. */
import type { Language } from "./language";
import {
  type MergeFinding,
  type MergeFindingCatalogues,
  type MergeFindingCode,
  type MergeFindingParamsByCode,
  type MergeFindingPlace,
  type MergeSeverity,
} from "./merge-findings";
import { MERGE_FINDINGS_EN } from "./merge-findings.en";
import { MERGE_FINDINGS_VI } from "./merge-findings.vi";

export const MERGE_FINDING_CATALOGUES: MergeFindingCatalogues = {
  vi: MERGE_FINDINGS_VI,
  en: MERGE_FINDINGS_EN,
};

function word<C extends MergeFindingCode>(
  language: Language,
  code: C,
  params: MergeFindingParamsByCode[C],
  place: MergeFindingPlace
): string {
  const fn = MERGE_FINDING_CATALOGUES[language][code] as (
    p: MergeFindingParamsByCode[C],
    at: MergeFindingPlace
  ) => string;
  return fn(params, place);
}

/** A finding of `code` with its params at `place`; `message` is filled in Vietnamese. */
export function mergeFinding<C extends MergeFindingCode>(
  severity: MergeSeverity,
  code: C,
  params: MergeFindingParamsByCode[C],
  place: MergeFindingPlace
): MergeFinding {
  const { file, unit, sheet, cell } = place;
  const message = word("vi", code, params, place);
  return { severity, code, params, file, unit, sheet, cell, message } as MergeFinding;
}

/** The finding's text in `language`. */
export function mergeFindingText(finding: MergeFinding, language: Language): string {
  return word(language, finding.code, finding.params, finding);
}
