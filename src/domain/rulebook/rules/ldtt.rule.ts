/** "Lao động tiên tiến" — Luật Thi đua, khen thưởng 2022, Điều 24; chi tiết theo quy chế của tỉnh/Sở. */
import type { RuleDefinition } from "../rule-definition";

export const LDTT_RULE: RuleDefinition = {
  key: "LDTT",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 24 khoản 1: hoàn thành tốt nhiệm vụ trở lên",
  implies: [],
  reconcile: true,
  individual: {
    conditions: [
      { use: "rating-in", args: { ratings: ["HTXSNV", "HTTNV"] } },
      {
        use: "min-months-worked",
        args: { months: { param: "ldttMinMonths" }, maternityCounts: true },
      },
      { use: "no-discipline-from", args: { level: { param: "ldttDisciplineFrom" } } },
    ],
  },
  parameters: [
    {
      id: "ldttMinMonths",
      label: "Số tháng công tác tối thiểu",
      kind: "count",
      defaultValue: 10,
      min: 0,
      max: 12,
      source:
        "Quy chế của tỉnh/Sở (Luật TĐKT Điều 24 khoản 4 giao tỉnh quy định chi tiết); nghỉ thai sản được tính theo {cite:maternity}",
    },
    {
      id: "ldttDisciplineFrom",
      label: "Kỷ luật chặn LĐTT từ",
      kind: "discipline",
      defaultValue: "Khiển trách",
      source:
        "Quy chế của tỉnh/Sở: bị kỷ luật từ khiển trách trở lên không xét LĐTT (NĐ 233/2026 Điều 12 khoản 4: kỷ luật từ khiển trách → KHTNV)",
    },
  ],
};
