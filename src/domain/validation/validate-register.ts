/**
 * Cross-record checks of a register: every rule of `rules/`, in a fixed order. Problems met while
 * reading single cells (unknown names, bad numbers or dates) are the codec's; each issue is
 * reported once, by one of the two.
 */
import type { Issue } from "../issue";
import type { Register } from "../model";
import type { ParameterValues } from "../rulebook/parameters";
import { buildIndex, type ValidationRule } from "./rule";
import { councilRule } from "./rules/council.rule";
import { criteriaTreeRule } from "./rules/criteria-tree.rule";
import { datesRule } from "./rules/dates.rule";
import { duplicateCodesRule } from "./rules/duplicate-codes.rule";
import { pledgeAwardsRule } from "./rules/pledge-awards.rule";
import { pledgePeopleRule } from "./rules/pledge-people.rule";
import { referencesRule } from "./rules/references.rule";
import { scoresRule } from "./rules/scores.rule";
import { shortServiceRatingRule } from "./rules/short-service-rating.rule";
import { staffUnitRule } from "./rules/staff-unit.rule";
import { staffValuesRule } from "./rules/staff-values.rule";
import { unitSheetsRule } from "./rules/unit-sheets.rule";
import { v2RatingChecksRule } from "./rules/v2-rating-checks.rule";
import { votesRule } from "./rules/votes.rule";

/** Every validation rule, in the order their issues are listed. */
export const VALIDATION_RULES: readonly ValidationRule[] = [
  duplicateCodesRule,
  staffUnitRule,
  staffValuesRule,
  shortServiceRatingRule,
  v2RatingChecksRule,
  unitSheetsRule,
  pledgePeopleRule,
  pledgeAwardsRule,
  criteriaTreeRule,
  scoresRule,
  votesRule,
  councilRule,
  referencesRule,
  datesRule,
];

/**
 * Checks a register read by `readRegister`. `params` are the resolved rule parameters; the key
 * `maxHtxsnvShare` (fraction, default 0.2) is read here.
 */
export function validateRegister(register: Register, params: ParameterValues): readonly Issue[] {
  const context = { register, params, index: buildIndex(register) };
  return VALIDATION_RULES.flatMap((rule) => rule.check(context));
}
