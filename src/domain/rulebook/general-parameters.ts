/**
 * Parameters that belong to no single title: scoring bands, ranking tie-breaks and the checks on
 * ratings. Title-specific parameters live in their rule definitions (rules/*.rule.ts).
 */
import type { ParameterDefinition } from "./parameter-definition";

export const GENERAL_PARAMETERS: readonly ParameterDefinition[] = [
  {
    id: "bandHtxsnv",
    label: "Điểm Hoàn thành xuất sắc nhiệm vụ",
    aliases: ["Ngưỡng điểm HTXSNV", "Điểm HTXSNV"],
    kind: "score",
    defaultValue: 90,
    source: "Nghị định 233/2026/NĐ-CP Điều 12: từ 90 điểm trở lên",
  },
  {
    id: "bandHttnv",
    label: "Điểm Hoàn thành tốt nhiệm vụ",
    aliases: ["Ngưỡng điểm HTTNV", "Điểm HTTNV"],
    kind: "score",
    defaultValue: 70,
    source: "Nghị định 233/2026/NĐ-CP Điều 12: từ 70 đến dưới 90 điểm",
  },
  {
    id: "bandHtnv",
    label: "Điểm Hoàn thành nhiệm vụ",
    aliases: ["Ngưỡng điểm HTNV", "Điểm HTNV"],
    kind: "score",
    defaultValue: 50,
    source: "Nghị định 233/2026/NĐ-CP Điều 12: từ 50 đến dưới 70 điểm",
  },
  {
    id: "rankTieBreak",
    label: "Tiêu chí phụ khi bằng điểm",
    aliases: ["Tiêu chí phụ xếp hạng"],
    kind: "codeList",
    defaultValue: null,
    source:
      "Quy chế thi đua của cơ quan (ví dụ Kế hoạch 157/KH-UBND Cần Thơ mục III.4): xét lần lượt điểm Hội đồng của các tiêu chí này",
  },
  {
    id: "maxHtxsnvShare",
    label: "Tỷ lệ HTXSNV tối đa",
    kind: "share",
    defaultValue: 0.2,
    source:
      "Nghị định 233/2026/NĐ-CP Điều 12 khoản 6; Quy định 366-QĐ/TW: không quá 20% số được xếp loại HTTNV",
  },
  {
    id: "minMonthsForRating",
    label: "Số tháng tối thiểu để xếp loại",
    kind: "count",
    defaultValue: 6,
    // Months of one year: the member counts (members.condition.ts) take 0–12.
    min: 0,
    max: 12,
    source: "Nghị định 233/2026/NĐ-CP Điều 14 khoản 1: công tác dưới 6 tháng thì không xếp loại",
  },
  {
    id: "countUnrateableMembers",
    label: "Tính người chưa đủ 6 tháng vào tập thể",
    kind: "yesNo",
    defaultValue: 0,
    source:
      "Nghị định 233/2026/NĐ-CP Điều 14 khoản 1: người công tác dưới 6 tháng không được xếp loại nên không tính vào tỷ lệ cá nhân của tập thể (Luật TĐKT Điều 27, 28 không nói rõ; chọn theo cách Sở Nội vụ thẩm định)",
  },
];
