/** "Tập thể lao động tiên tiến" — Luật Thi đua, khen thưởng 2022, Điều 28. */
import type { RuleDefinition } from "../rule-definition";

export const TTLDTT_RULE: RuleDefinition = {
  key: "TTLDTT",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 28: hoàn thành tốt nhiệm vụ, ít nhất 70% cá nhân đạt LĐTT, không có cá nhân bị kỷ luật từ cảnh cáo trở lên",
  implies: [],
  reconcile: true,
  collective: {
    conditions: [
      { use: "rating-in", args: { ratings: ["HTXSNV", "HTTNV"] } },
      {
        use: "members-title-share",
        args: {
          award: "LDTT",
          share: { param: "collectiveLdttShare" },
          countUnrateable: { param: "countUnrateableMembers" },
          minMonths: { param: "minMonthsForRating" },
        },
      },
      { use: "no-member-discipline-from", args: { level: { param: "collectiveDisciplineFrom" } } },
    ],
  },
  parameters: [
    {
      id: "collectiveLdttShare",
      label: "Tỷ lệ LĐTT của tập thể",
      kind: "share",
      defaultValue: 0.7,
      source:
        "Luật TĐKT Điều 27 khoản 1 điểm c và Điều 28 khoản 1 điểm c: ít nhất 70% cá nhân đạt LĐTT",
    },
    {
      id: "collectiveDisciplineFrom",
      label: "Kỷ luật chặn tập thể từ",
      kind: "discipline",
      defaultValue: "Cảnh cáo",
      source:
        "Luật TĐKT Điều 28 khoản 1 điểm c: không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên",
    },
  ],
};
