/** Giấy khen của Giám đốc Sở — Luật Thi đua, khen thưởng 2022, Điều 75; tiêu chuẩn theo quy định của tỉnh. */
import type { RuleDefinition } from "../rule-definition";

export const GK_RULE: RuleDefinition = {
  key: "GK",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 75; tiêu chuẩn theo quy định của tỉnh (ví dụ QĐ 86/2025/QĐ-UBND Bắc Ninh Điều 4 khoản 3): hoàn thành tốt nhiệm vụ trở lên",
  implies: [],
  individual: {
    conditions: [
      { use: "rating-in", args: { ratings: ["HTXSNV", "HTTNV"] } },
      { use: "no-discipline-from", args: { level: { param: "gkDisciplineFrom" } } },
    ],
  },
  collective: {
    conditions: [{ use: "rating-in", args: { ratings: ["HTXSNV", "HTTNV"] } }],
  },
  parameters: [
    {
      id: "gkDisciplineFrom",
      label: "Kỷ luật chặn Giấy khen từ",
      kind: "discipline",
      defaultValue: "Khiển trách",
      source:
        "Quy chế của tỉnh/Sở: không khen thưởng cá nhân bị kỷ luật trong năm (NĐ 152/2025 Điều 4)",
    },
  ],
};
