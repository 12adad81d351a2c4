/** Cờ thi đua của UBND tỉnh — Luật Thi đua, khen thưởng 2022, Điều 26. */
import type { RuleDefinition, RuleVariant } from "../rule-definition";

/**
 * A flag goes to the unit that leads its provincial bloc (Law Art. 26(1); Bắc Ninh QĐ 86/2025
 * Art. 3(1)(a)), rated HTXSNV and proposed for TTLĐXS this year, with the Sở council's vote.
 * Appraisal choice (rules.md leaves it open): TTLĐXS of the same year is required, as the flag is
 * for a "tập thể tiêu biểu xuất sắc" and a province's Sở Nội vụ returns a flag dossier for a
 * unit that does not meet TTLĐXS.
 */
export const FLAG_VARIANT: RuleVariant = {
  conditions: [
    { use: "bloc-leader", args: {} },
    { use: "rating-in", args: { ratings: ["HTXSNV"] } },
    { use: "title-this-year", args: { award: "TTLDXS" } },
  ],
  vote: { threshold: { param: "flagVoteShare" } },
};

export const CO_TINH_RULE: RuleDefinition = {
  key: "CO_TINH",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 26 khoản 1: tập thể dẫn đầu phong trào thi đua của cụm, khối thi đua do tỉnh tổ chức; bỏ phiếu theo {cite:councilVote}",
  implies: ["TTLDXS"],
  collective: FLAG_VARIANT,
  parameters: [
    {
      id: "flagVoteShare",
      label: "Tỷ lệ phiếu Cờ thi đua",
      kind: "share",
      defaultValue: 0.8,
      source: "{cite:councilVote}: Cờ thi đua từ 80% trở lên trên tổng số thành viên Hội đồng",
    },
  ],
  periodGuard: ["CO_TINH"],
  nextStep:
    "Sở trình Chủ tịch UBND tỉnh (kèm kết quả bình xét của cụm, khối thi đua); Hội đồng Thi đua - Khen thưởng tỉnh bỏ phiếu (cần từ 80% tổng số thành viên trở lên), Chủ tịch UBND tỉnh quyết định",
};
