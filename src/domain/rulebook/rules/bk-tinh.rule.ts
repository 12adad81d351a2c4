/** Bằng khen của Chủ tịch UBND tỉnh — Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm d, khoản 3 điểm d. */
import type { RuleDefinition, RuleVariant } from "../rule-definition";

/** Art. 74(1)(d): two consecutive CSTĐCS, or two consecutive HTXSNV years with two initiatives. */
export const ARTICLE_74_INDIVIDUAL: RuleVariant = {
  conditions: [
    {
      label:
        "02 lần liên tục CSTĐCS, hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ có 02 sáng kiến",
      anyOf: [
        {
          label: "02 lần liên tục CSTĐCS",
          all: [{ use: "title-streak", args: { award: "CSTDCS", years: 2 } }],
        },
        {
          label:
            "02 năm liên tục hoàn thành xuất sắc nhiệm vụ và 02 sáng kiến (hoặc 02 đề tài) được công nhận",
          all: [
            { use: "rating-each-year", args: { years: 2, ratings: ["HTXSNV"] } },
            { use: "initiative", args: { withinYears: 2, minCount: 2, sameKind: true } },
          ],
        },
      ],
    },
  ],
};

/** Art. 74(3)(d): two consecutive years HTXSNV or TTLĐXS. */
export const ARTICLE_74_COLLECTIVE: RuleVariant = {
  conditions: [
    { use: "rating-each-year", args: { years: 2, ratings: ["HTXSNV"], orTitles: ["TTLDXS"] } },
  ],
};

export const BK_TINH_RULE: RuleDefinition = {
  key: "BK_TINH",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74 khoản 1 điểm d (cá nhân) và khoản 3 điểm d (tập thể)",
  implies: [],
  // One achievement, one award (Law Art. 5(2)(c)): a Bằng khen tỉnh on years already rewarded by
  // a Bằng khen Bộ is the same achievement twice, so both keys guard (stricter than "same key";
  // what a Sở Nội vụ appraising the dossier accepts).
  periodGuard: ["BK_TINH", "BK_BO"],
  exclusiveGroup: "BK_TINH_BO",
  individual: ARTICLE_74_INDIVIDUAL,
  collective: ARTICLE_74_COLLECTIVE,
  parameters: [],
  nextStep: "Sở trình Chủ tịch UBND tỉnh; Sở Nội vụ thẩm định, Chủ tịch UBND tỉnh quyết định",
};
