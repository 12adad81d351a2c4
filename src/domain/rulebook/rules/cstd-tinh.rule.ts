/** Chiến sĩ thi đua cấp tỉnh — Luật Thi đua, khen thưởng 2022, Điều 22. */
import type { RuleDefinition } from "../rule-definition";

export const CSTD_TINH_RULE: RuleDefinition = {
  key: "CSTD_TINH",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22: 03 lần liên tục CSTĐCS và sáng kiến có phạm vi ảnh hưởng cấp tỉnh",
  implies: ["LDTT", "CSTDCS"],
  periodGuard: ["CSTD_TINH"],
  individual: {
    conditions: [
      { use: "title-streak", args: { award: "CSTDCS", years: { param: "cstdTinhYears" } } },
      { use: "initiative", args: { scopes: ["TINH", "TOAN_QUOC"] } },
    ],
    vote: { threshold: { param: "cstdTinhVoteShare" } },
  },
  parameters: [
    {
      id: "cstdTinhYears",
      label: "Số năm CSTĐCS liên tục để xét CSTĐ cấp tỉnh",
      kind: "count",
      defaultValue: 3,
      min: 1,
      max: 10,
      source: "Luật TĐKT Điều 22 khoản 1 điểm a: 03 lần liên tục được tặng CSTĐCS",
    },
    {
      id: "cstdTinhVoteShare",
      label: "Tỷ lệ phiếu CSTĐ cấp tỉnh",
      aliases: ["Tỷ lệ phiếu CSTĐ tỉnh"],
      kind: "share",
      defaultValue: 0.9,
      source: "{cite:councilVote}: từ 90% trở lên trên tổng số thành viên Hội đồng",
    },
  ],
  nextStep:
    "Sở trình Chủ tịch UBND tỉnh (qua Sở Nội vụ); Hội đồng Thi đua - Khen thưởng tỉnh bỏ phiếu (cần từ 90% tổng số thành viên trở lên), Chủ tịch UBND tỉnh quyết định",
};
