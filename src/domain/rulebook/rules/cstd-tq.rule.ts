/** "Chiến sĩ thi đua toàn quốc" — Luật Thi đua, khen thưởng 2022, Điều 21. */
import type { RuleDefinition } from "../rule-definition";

export const CSTD_TQ_RULE: RuleDefinition = {
  key: "CSTD_TQ",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 21: 02 lần liên tục CSTĐ cấp tỉnh (thời kỳ thành tích nối tiếp nhau) và sáng kiến có phạm vi ảnh hưởng toàn quốc",
  implies: ["LDTT", "CSTDCS"],
  periodGuard: ["CSTD_TQ"],
  individual: {
    conditions: [
      { use: "consecutive-periods", args: { award: "CSTD_TINH", count: 2 } },
      { use: "initiative", args: { scopes: ["TOAN_QUOC"] } },
    ],
    vote: { threshold: { param: "cstdTqVoteShare" } },
  },
  parameters: [
    {
      id: "cstdTqVoteShare",
      label: "Tỷ lệ phiếu CSTĐ toàn quốc",
      kind: "share",
      defaultValue: 0.9,
      source: "{cite:councilVote}: từ 90% trở lên trên tổng số thành viên Hội đồng",
    },
  ],
  nextStep:
    "Sở trình Chủ tịch UBND tỉnh; Hội đồng Thi đua - Khen thưởng tỉnh bỏ phiếu (cần từ 90% tổng số thành viên trở lên), xin ý kiến Ban Thường vụ Tỉnh ủy; Chủ tịch UBND tỉnh trình Thủ tướng Chính phủ (qua Bộ Nội vụ)",
};
