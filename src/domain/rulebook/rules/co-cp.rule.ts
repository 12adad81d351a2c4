/** "Cờ thi đua của Chính phủ" — Luật Thi đua, khen thưởng 2022, Điều 25. */
import type { RuleDefinition } from "../rule-definition";
import { FLAG_VARIANT } from "./co-tinh.rule";

/**
 * Same conditions as the provincial flag here: "tiêu biểu xuất sắc trong số các tập thể dẫn đầu"
 * (Art. 25(1)) is a choice among the province's bloc leaders that one Sở's register cannot make,
 * so the next step says the province selects.
 */
export const CO_CP_RULE: RuleDefinition = {
  key: "CO_CP",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 25 khoản 1: tập thể tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối thi đua của tỉnh; bỏ phiếu theo {cite:councilVote}",
  implies: ["TTLDXS"],
  collective: FLAG_VARIANT,
  parameters: [],
  periodGuard: ["CO_CP"],
  nextStep:
    "Tỉnh lựa chọn tập thể tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối thi đua; Hội đồng Thi đua - Khen thưởng tỉnh bỏ phiếu (cần từ 80% tổng số thành viên trở lên), Chủ tịch UBND tỉnh trình Chính phủ (qua Bộ Nội vụ)",
};
