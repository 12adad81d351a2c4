/** Bằng khen của Bộ trưởng — Luật Thi đua, khen thưởng 2022, Điều 74 (cùng tiêu chuẩn với Bằng khen tỉnh). */
import type { RuleDefinition } from "../rule-definition";
import { ARTICLE_74_COLLECTIVE, ARTICLE_74_INDIVIDUAL } from "./bk-tinh.rule";

export const BK_BO_RULE: RuleDefinition = {
  key: "BK_BO",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74 khoản 1 điểm d, khoản 3 điểm d; Thông tư 25/2025/TT-BKHCN Điều 7",
  implies: [],
  periodGuard: ["BK_TINH", "BK_BO"],
  exclusiveGroup: "BK_TINH_BO",
  individual: ARTICLE_74_INDIVIDUAL,
  collective: ARTICLE_74_COLLECTIVE,
  parameters: [],
  nextStep: "Sở gửi hồ sơ đề nghị Bộ Khoa học và Công nghệ; Bộ trưởng xét, quyết định",
};
