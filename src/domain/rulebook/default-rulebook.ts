/**
 * The default rulebook: Law 06/2022/QH15 with Decree 152/2025/NĐ-CP (rules.md). A province's
 * regulation or an older regime is another list of definitions loaded the same way.
 */
import { loadRulebook, type Rulebook } from "./rule-definition";
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

export const DEFAULT_RULEBOOK: Rulebook = loadRulebook({
  name: "Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP",
  source: "Luật 06/2022/QH15 (hiệu lực 01/01/2024); Nghị định 152/2025/NĐ-CP (hiệu lực 01/7/2025)",
  rules: [
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
  ],
});
