/** Cờ thi đua của UBND tỉnh — Luật Thi đua, khen thưởng 2022, Điều 26. */
import type { RuleDefinition } from "../rule-definition";

export const CO_TINH_RULE: RuleDefinition = {
  key: "CO_TINH",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 26: tập thể dẫn đầu phong trào thi đua, hoàn thành xuất sắc nhiệm vụ; bỏ phiếu theo NĐ 98/2023 Điều 30 khoản 7",
  implies: [],
  collective: {
    conditions: [
      { use: "ranked-first", args: {} },
      { use: "rating-in", args: { ratings: ["HTXSNV"] } },
    ],
    vote: { threshold: { param: "flagVoteShare" } },
  },
  parameters: [
    {
      id: "flagVoteShare",
      label: "Tỷ lệ phiếu Cờ thi đua",
      kind: "share",
      defaultValue: 0.8,
      source:
        "NĐ 98/2023/NĐ-CP Điều 30 khoản 7: Cờ thi đua từ 80% trở lên trên tổng số thành viên Hội đồng",
    },
  ],
  nextStep:
    "Sở trình Chủ tịch UBND tỉnh (kèm kết quả bình xét của cụm, khối thi đua); Hội đồng Thi đua - Khen thưởng tỉnh bỏ phiếu (cần từ 80% tổng số thành viên trở lên), Chủ tịch UBND tỉnh quyết định",
};
