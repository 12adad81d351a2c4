/** "Tập thể lao động xuất sắc" — Luật Thi đua, khen thưởng 2022, Điều 27. */
import type { RuleDefinition } from "../rule-definition";

export const TTLDXS_RULE: RuleDefinition = {
  key: "TTLDXS",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 27: đạt TTLĐTT, hoàn thành xuất sắc nhiệm vụ, 100% cá nhân hoàn thành nhiệm vụ, ít nhất 70% LĐTT, có cá nhân đạt CSTĐCS",
  implies: ["TTLDTT"],
  reconcile: true,
  collective: {
    conditions: [
      // TTLĐXS builds on TTLĐTT of the same year (every TTLĐTT condition, discipline included).
      { use: "title-this-year", args: { award: "TTLDTT" } },
      { use: "rating-in", args: { ratings: ["HTXSNV"] } },
      {
        use: "members-min-rating",
        args: {
          rating: "HTNV",
          countUnrateable: { param: "countUnrateableMembers" },
          minMonths: { param: "minMonthsForRating" },
        },
      },
      { use: "members-title-count", args: { award: "CSTDCS", min: 1 } },
    ],
  },
  parameters: [],
  nextStep: "Sở trình Chủ tịch UBND tỉnh; Sở Nội vụ thẩm định, Chủ tịch UBND tỉnh quyết định",
};
