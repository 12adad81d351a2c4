/** Vietnamese wording of proposals' reasons and grounds (the default in lists, sheets and reports). */
import type { ProposalReasonCatalogue } from "./proposal-reasons";

const VOTE_GROUND_PREFIX_VI = "Kết quả bỏ phiếu: ";

export const PROPOSAL_REASONS_VI: ProposalReasonCatalogue = {
  "achievement-rewarded": (p) =>
    `Thành tích năm ${p.years} đã được khen thưởng: ${p.award}; căn cứ xét phải sau năm ${p.to} (một thành tích chỉ khen thưởng một lần: ${p.law}; ${p.citation})`,
  "alternative-failed": (p) => `Trường hợp ${p.index} (${p.label}): ${p.reasons.join("; ")}.`,
  "alternatives-failed": (p) => `Không đạt điều kiện “${p.label}”. ${p.detail}`,
  "decision-ref": (p) =>
    p.number === "" && p.date === ""
      ? ""
      : ` (QĐ${p.number === "" ? "" : ` số ${p.number}`}${p.date === "" ? "" : ` ngày ${p.date}`})`,
  either: (p) => p.items.join(" hoặc "),
  "people-and-others": (p) => `${p.shown} và ${p.rest} người khác`,
  "period-award": (p) => `${p.award} năm ${p.year}${p.decision}, thành tích ${p.span}`,
  "quota-cut": (p) =>
    `Vượt chỉ tiêu ${p.award}: tối đa ${p.share} của ${p.base} cá nhân được đề nghị ${p.of} = ${p.limit} người; ` +
    `có ${p.candidates} người đủ điều kiện, người này xếp thứ ${p.position} theo thứ tự ưu tiên (${p.priority})` +
    (p.voteShare === "" ? "" : `, tỷ lệ phiếu ${p.voteShare}`),
  "rating-or-better": (p) => `${p.rating} trở lên`,
  "same-achievement": (p) =>
    `Cùng thành tích đã đề nghị ${p.award}${p.where}: mỗi thành tích chỉ khen thưởng một hình thức (${p.law})`,
  "tie-break": (p) =>
    ({ voteShare: "tỷ lệ phiếu", rating: "xếp loại", women: "ưu tiên nữ", code: "Mã CB" })[p.key],
  "vote-fails": (p) =>
    `${VOTE_GROUND_PREFIX_VI}${p.summary} < ${p.threshold} tổng số thành viên Hội đồng (cần ít nhất ${p.need} phiếu)`,
  "vote-ground-prefix": () => VOTE_GROUND_PREFIX_VI,
  "vote-invalid": (p) =>
    `Kết quả bỏ phiếu không hợp lệ: ${p.yes} phiếu đồng ý trên ${p.members} thành viên Hội đồng`,
  "vote-members-unknown": () =>
    "Chưa tính được tỷ lệ phiếu: thiếu Số thành viên ở trang Bình xét và Số thành viên Hội đồng ở trang Cấu hình",
  "vote-none": (p) =>
    `Chưa có kết quả bỏ phiếu của Hội đồng trong trang Bình xét (cần từ ${p.threshold} tổng số thành viên Hội đồng trở lên)`,
  "vote-none-need": (p) =>
    `Chưa có kết quả bỏ phiếu của Hội đồng trong trang Bình xét (cần từ ${p.threshold} của ${p.members} thành viên trở lên, tức ít nhất ${p.need} phiếu đồng ý)`,
  "vote-passes": (p) => `${VOTE_GROUND_PREFIX_VI}${p.summary} (từ ${p.threshold} trở lên)`,
  "vote-summary": (p) => `${p.yes}/${p.members} phiếu = ${p.share}`,
};
