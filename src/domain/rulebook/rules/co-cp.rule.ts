/** "Cờ thi đua của Chính phủ" — Luật Thi đua, khen thưởng 2022, Điều 25. */
import type { RuleDefinition } from "../rule-definition";

export const CO_CP_RULE: RuleDefinition = {
  key: "CO_CP",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 25: tập thể tiêu biểu xuất sắc trong số các tập thể dẫn đầu; bỏ phiếu theo NĐ 98/2023 Điều 30 khoản 7",
  implies: [],
  collective: {
    conditions: [
      { use: "ranked-first", args: {} },
      { use: "rating-in", args: { ratings: ["HTXSNV"] } },
    ],
    vote: { threshold: { param: "flagVoteShare" } },
  },
  parameters: [],
  nextStep:
    "Tỉnh lựa chọn tập thể tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối thi đua; Hội đồng Thi đua - Khen thưởng tỉnh bỏ phiếu (cần từ 80% tổng số thành viên trở lên), Chủ tịch UBND tỉnh trình Chính phủ (qua Bộ Nội vụ)",
};
