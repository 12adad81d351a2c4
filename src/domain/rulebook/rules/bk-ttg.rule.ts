/** "Bằng khen của Thủ tướng Chính phủ" — Luật Thi đua, khen thưởng 2022, Điều 73 khoản 1 điểm b, khoản 4 điểm e. */
import type { RuleDefinition } from "../rule-definition";

export const BK_TTG_RULE: RuleDefinition = {
  key: "BK_TTG",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 73 khoản 1 điểm b (cá nhân) và khoản 4 điểm e (tập thể)",
  implies: [],
  periodGuard: ["BK_TTG"],
  individual: {
    conditions: [
      { use: "award-before", args: { awards: ["BK_TINH", "BK_BO"], latestYearOffset: 1 } },
      { use: "rating-each-year", args: { years: 5, ratings: ["HTXSNV", "HTTNV"] } },
      { use: "title-count-in-window", args: { awards: ["CSTDCS"], years: 5, min: 3 } },
    ],
  },
  collective: {
    conditions: [
      { use: "award-before", args: { awards: ["BK_TINH", "BK_BO"], latestYearOffset: 5 } },
      { use: "rating-each-year", args: { years: 5, ratings: ["HTXSNV"], orTitles: ["TTLDXS"] } },
      {
        label: "trong 5 năm đó có 01 lần Cờ thi đua tỉnh hoặc 02 lần Bằng khen tỉnh/Bộ",
        anyOf: [
          {
            label: "01 lần Cờ thi đua tỉnh",
            all: [
              { use: "title-count-in-window", args: { awards: ["CO_TINH"], years: 5, min: 1 } },
            ],
          },
          {
            label: "02 lần Bằng khen tỉnh/Bộ",
            all: [
              {
                use: "title-count-in-window",
                args: { awards: ["BK_TINH", "BK_BO"], years: 5, min: 2 },
              },
            ],
          },
        ],
      },
    ],
  },
  parameters: [],
  nextStep:
    "Sở trình Chủ tịch UBND tỉnh; Hội đồng Thi đua - Khen thưởng tỉnh xét, Chủ tịch UBND tỉnh trình Thủ tướng Chính phủ (qua Bộ Nội vụ)",
};
