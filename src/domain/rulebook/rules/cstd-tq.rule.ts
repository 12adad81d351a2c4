/** "Chiến sĩ thi đua toàn quốc" — Luật Thi đua, khen thưởng 2022, Điều 21. */
import type { RuleDefinition } from "../rule-definition";

export const CSTD_TQ_RULE: RuleDefinition = {
  key: "CSTD_TQ",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 21: 02 lần liên tục CSTĐ cấp tỉnh và sáng kiến có phạm vi ảnh hưởng toàn quốc",
  implies: ["LDTT", "CSTDCS"],
  individual: {
    conditions: [
      {
        use: "consecutive-awards",
        args: { award: "CSTD_TINH", count: 2, maxGapYears: { param: "cstdTinhCycle" } },
      },
      { use: "initiative", args: { scopes: ["TOAN_QUOC"] } },
    ],
    vote: { threshold: { param: "cstdTqVoteShare" } },
  },
  parameters: [
    {
      id: "cstdTinhCycle",
      label: "Chu kỳ xét CSTĐ cấp tỉnh (năm)",
      kind: "count",
      defaultValue: 1,
      min: 1,
      max: 10,
      source:
        'rules.md: hai năm được tặng CSTĐ cấp tỉnh liền nhau (1); đặt 3 nếu Sở tính "02 lần liên tục" theo chu kỳ 3 năm CSTĐCS (Luật TĐKT Điều 21, 22)',
    },
    {
      id: "cstdTqVoteShare",
      label: "Tỷ lệ phiếu CSTĐ toàn quốc",
      kind: "share",
      defaultValue: 0.9,
      source: "NĐ 98/2023/NĐ-CP Điều 30 khoản 7: từ 90% trở lên trên tổng số thành viên Hội đồng",
    },
  ],
  nextStep:
    "Sở trình Chủ tịch UBND tỉnh; Hội đồng Thi đua - Khen thưởng tỉnh bỏ phiếu (cần từ 90% tổng số thành viên trở lên), xin ý kiến Ban Thường vụ Tỉnh ủy; Chủ tịch UBND tỉnh trình Thủ tướng Chính phủ (qua Bộ Nội vụ)",
};
