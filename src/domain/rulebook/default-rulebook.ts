/**
 * The shipped rulebook versions (rules.md, opening): the same titles and conditions under the Law
 * 2022 with Decree 98/2023 (registers of years up to 2024) and with Decree 152/2025 (from 2025),
 * each citing the articles of its decree. `Căn cứ pháp lý` in `Cấu hình` may choose another. A
 * province's regulation or an older regime is another list of definitions loaded the same way.
 */
import type { Settings } from "../model";
import { foldKey } from "../text/normalize";
import { SETTING_LABELS } from "../codec/register-layout";
import {
  DECREE_152_2025,
  DECREE_98_2023,
  legalBasisForYear,
  parseLegalBasis,
  type LegalBasis,
} from "./legal-basis";
import {
  loadRulebook,
  type Rulebook,
  type RuleDefinition,
  type RulebookSource,
} from "./rule-definition";
import { BK_BO_RULE } from "./rules/bk-bo.rule";
import { BK_TINH_RULE } from "./rules/bk-tinh.rule";
import { BK_TTG_RULE } from "./rules/bk-ttg.rule";
import { CO_CP_RULE } from "./rules/co-cp.rule";
import { CO_TINH_RULE } from "./rules/co-tinh.rule";
import { CSTD_TINH_RULE } from "./rules/cstd-tinh.rule";
import { CSTD_TQ_RULE } from "./rules/cstd-tq.rule";
import { CSTDCS_RULE } from "./rules/cstdcs.rule";
import { GK_RULE } from "./rules/gk.rule";
import { LDTT_RULE } from "./rules/ldtt.rule";
import { TTLDTT_RULE } from "./rules/ttldtt.rule";
import { TTLDXS_RULE } from "./rules/ttldxs.rule";

const RULES: readonly RuleDefinition[] = [
  LDTT_RULE,
  CSTDCS_RULE,
  CSTD_TINH_RULE,
  CSTD_TQ_RULE,
  TTLDTT_RULE,
  TTLDXS_RULE,
  CO_TINH_RULE,
  CO_CP_RULE,
  GK_RULE,
  BK_TINH_RULE,
  BK_BO_RULE,
  BK_TTG_RULE,
];

/** The definitions of the version whose legal basis is `basis`, as they are loaded. */
export function shippedRulebookSource(basis: LegalBasis): RulebookSource {
  return {
    name: `Luật Thi đua, khen thưởng 2022 và ${basis.label}`,
    source: basis.name,
    rules: RULES,
    legalBasis: basis,
  };
}

function version(basis: LegalBasis): Rulebook {
  return loadRulebook(shippedRulebookSource(basis));
}

/** Law 2022 + Decree 98/2023/NĐ-CP: registers of years up to 2024. */
export const RULEBOOK_DECREE_98: Rulebook = version(DECREE_98_2023);
/** Law 2022 + Decree 152/2025/NĐ-CP: registers from 2025. */
export const RULEBOOK_DECREE_152: Rulebook = version(DECREE_152_2025);

/** Every shipped version, oldest first. */
export const RULEBOOK_VERSIONS: readonly Rulebook[] = [RULEBOOK_DECREE_98, RULEBOOK_DECREE_152];

/** The current version (the newest): what documentation and templates describe. */
export const DEFAULT_RULEBOOK: Rulebook = RULEBOOK_DECREE_152;

/** The version whose legal basis is `basis`. */
export function rulebookOf(basis: LegalBasis): Rulebook {
  return RULEBOOK_VERSIONS.find((r) => r.legalBasis?.id === basis.id) ?? DEFAULT_RULEBOOK;
}

/**
 * The version a register is judged under: the one `Căn cứ pháp lý` names, or else the one in force
 * for its `Năm` (rules.md). `unknown` holds a `Căn cứ pháp lý` text that names none (an issue).
 */
export function rulebookForRegister(settings: Settings): {
  readonly rulebook: Rulebook;
  readonly unknown: { readonly text: string; readonly cell: string } | null;
} {
  const setting = settings.values.get(foldKey(SETTING_LABELS.legalBasis));
  const text =
    setting === undefined || setting.value === null
      ? ""
      : typeof setting.value === "object"
        ? ""
        : String(setting.value).trim();
  if (text !== "") {
    const basis = parseLegalBasis(text);
    if (basis !== null) return { rulebook: rulebookOf(basis), unknown: null };
    return {
      rulebook: rulebookOf(legalBasisForYear(settings.year)),
      unknown: { text, cell: setting?.cell ?? "" },
    };
  }
  return { rulebook: rulebookOf(legalBasisForYear(settings.year)), unknown: null };
}
