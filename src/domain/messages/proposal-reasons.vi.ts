/** Vietnamese wording of proposals' reasons and grounds (the default in lists, sheets and reports). */
import type { ProposalReasonCatalogue, TitleStatus } from "./proposal-reasons";

const VOTE_GROUND_PREFIX_VI = "Kết quả bỏ phiếu: ";
const HISTORY_NONE_VI = "không có lần nào trong Lịch sử";

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function titleStatus(p: { award: string; year: number; status: TitleStatus }): string {
  switch (p.status) {
    case "unpledged":
      return `chưa đăng ký/xét ${p.award} năm ${p.year}`;
    case "not_eligible":
      return `không đủ điều kiện ${p.award} năm ${p.year}`;
    case "awaiting_vote":
      return `${p.award} năm ${p.year} còn chờ kết quả bỏ phiếu`;
    case "over_quota":
      return `${p.award} năm ${p.year} vượt chỉ tiêu`;
    case "proposed":
      return `đủ điều kiện ${p.award} năm ${p.year}`;
  }
}

export const PROPOSAL_REASONS_VI: ProposalReasonCatalogue = {
  "achievement-rewarded": (p) =>
    `Thành tích năm ${p.years} đã được khen thưởng: ${p.award}; căn cứ xét phải sau năm ${p.to} (một thành tích chỉ khen thưởng một lần: ${p.law}; ${p.citation})`,
  "alternative-failed": (p) => `Trường hợp ${p.index} (${p.label}): ${p.reasons.join("; ")}.`,
  "alternatives-failed": (p) => `Không đạt điều kiện “${p.label}”. ${p.alternatives.join(" ")}`,
  "decision-ref": (p) =>
    p.number === "" && p.date === ""
      ? ""
      : ` (QĐ${p.number === "" ? "" : ` số ${p.number}`}${p.date === "" ? "" : ` ngày ${p.date}`})`,
  either: (p) => p.items.join(" hoặc "),
  "people-and-others": (p) =>
    p.rest > 0 ? `${p.shown.join(", ")} và ${p.rest} người khác` : p.shown.join(", "),
  person: (p) => `${p.name} (${p.code}${p.detail === "" ? "" : `, ${p.detail}`})`,
  "period-award": (p) => `${p.award} năm ${p.year}${p.decision}, thành tích ${p.span}`,
  "quota-cut": (p) =>
    `Vượt chỉ tiêu ${p.award}: tối đa ${p.share} của ${p.base} cá nhân được đề nghị ${p.of} = ${p.limit} người; ` +
    `có ${p.candidates} người đủ điều kiện, người này xếp thứ ${p.position} theo thứ tự ưu tiên (${p.priority.join(", ")})` +
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

  "unit-unranked": () =>
    "Đơn vị chưa được xếp hạng (chưa đủ điểm Hội đồng chấm) — cần dẫn đầu, xếp hạng 1",
  "unit-rank-not-first": (p) =>
    `Xếp hạng ${p.rank} theo điểm Hội đồng chấm (${p.points} điểm) — cần dẫn đầu, xếp hạng 1`,
  "unit-rank-first": (p) => `Dẫn đầu, xếp hạng 1 theo điểm Hội đồng chấm (${p.points} điểm)`,
  bloc: (p) => (p.name === "" ? "khối thi đua" : `khối “${p.name}”`),
  "bloc-rank-missing": () =>
    `Chưa có kết quả xếp hạng khối (cột "Xếp hạng trong khối" của trang Đơn vị) — Cờ thi đua chỉ xét cho tập thể dẫn đầu cụm, khối thi đua của tỉnh`,
  "bloc-rank-not-first": (p) =>
    `Xếp hạng ${p.rank} trong ${p.bloc} — cần dẫn đầu khối (xếp hạng 1)`,
  "bloc-leader": (p) => `Dẫn đầu ${p.bloc} (xếp hạng 1)`,

  "maternity-leave": (p) => `Nghỉ thai sản trong năm ${p.year} (được tính là thời gian công tác)`,
  "months-short": (p) => `Số tháng công tác năm ${p.year}: ${p.worked} < ${p.min} tháng tối thiểu`,
  "discipline-unknown": (p) =>
    `Bị kỷ luật năm ${p.year}: “${p.text}” — không nhận ra hình thức kỷ luật nên coi như từ ${p.level} trở lên`,
  "discipline-blocks": (p) =>
    `Bị kỷ luật năm ${p.year}: ${p.found} (từ ${p.level} trở lên thì không được xét)`,

  "unit-unrated": (p) => `Đơn vị chưa xếp loại chất lượng năm ${p.year} (cần ${p.wanted})`,
  "person-unrated": (p) => `Cá nhân chưa xếp loại chất lượng năm ${p.year} (cần ${p.wanted})`,
  "rating-not-accepted": (p) => `Xếp loại năm ${p.year}: ${p.rating} — cần ${p.wanted}`,
  "rating-of-year": (p) => `Xếp loại năm ${p.year}: ${p.rating}`,
  "title-reached": (p) => `đạt ${p.award}`,
  "year-rating": (p) => `năm ${p.year}: ${p.rating}`,
  "year-unrated": (p) => `năm ${p.year}: chưa xếp loại`,
  "year-no-history-rating": (p) => `năm ${p.year}: không có xếp loại trong Lịch sử`,
  "rating-streak-broken": (p) =>
    `Cần ${p.wanted} ${p.years} năm liên tục ${p.span}; không đạt ${p.gaps.join("; ")}`,
  "members-left-out": (p) =>
    ` (không tính ${p.count} người công tác dưới ${p.minMonths} tháng, chưa được xếp loại: ${p.people})`,
  "no-members": () => "Đơn vị không có cá nhân nào trong trang Cán bộ",
  "members-ratio": (p) => `${p.count}/${p.total} cá nhân đạt ${p.award} = ${p.percent}`,
  "members-not-pledged": (p) => ` (${p.count} cá nhân không đăng ký ${p.award})`,
  "members-share-short": (p) => `${p.ratio} < ${p.share}${p.notes.join("")}`,
  "members-share-met": (p) => `${p.ratio} (từ ${p.share} trở lên)${p.notes.join("")}`,
  "member-unrated": () => "chưa xếp loại",
  "members-below-rating": (p) =>
    `${p.count}/${p.total} cá nhân chưa đạt ${p.wanted} năm ${p.year}: ${p.people}${p.notes.join("")}`,
  "members-all-rated": (p) =>
    `100% cá nhân (${p.total}/${p.total}) đạt ${p.wanted}${p.notes.join("")}`,
  "members-none-hold": (p) => `Không có cá nhân nào đạt ${p.award} năm ${p.year}`,
  "members-too-few-hold": (p) =>
    `Có ${p.count} cá nhân đạt ${p.award} năm ${p.year}, cần ít nhất ${p.min}`,
  "members-awaiting-vote": (p) =>
    `${p.reason} (${p.award} của ${p.people} còn chờ kết quả bỏ phiếu)`,
  "members-hold": (p) => `${p.count} cá nhân đạt ${p.award} năm ${p.year}: ${p.people}`,
  "members-disciplined": (p) =>
    `Có ${p.count} cá nhân bị kỷ luật từ ${p.level} trở lên năm ${p.year}: ${p.people}`,
  initiative: (p) =>
    `${p.kind} “${p.title}”${p.details.length > 0 ? ` (${p.details.join("; ")})` : ""}`,
  "initiative-scope": (p) => `phạm vi ${p.scope}`,
  "initiative-decision": (p) =>
    `QĐ công nhận${p.number === "" ? "" : ` số ${p.number}`}${p.date === "" ? "" : ` ngày ${p.date}`}`,
  "initiatives-what": (p) =>
    p.scopes.length === 0
      ? "sáng kiến/đề tài"
      : `sáng kiến/đề tài có phạm vi ảnh hưởng ${p.scopes.join(" hoặc ")}`,
  "initiatives-when": (p) => ` được công nhận ${p.oneYear ? "năm" : "trong"} ${p.span}`,
  "initiatives-unrecognised": (p) =>
    ` (${p.count} dòng chưa có đủ số quyết định và ngày công nhận nên chưa được tính)`,
  "initiatives-same-kind": () => " cùng một loại (Sáng kiến, Đề tài hoặc Giải pháp)",
  "initiatives-none": (p) =>
    `Không có ${p.what}${p.when}${p.min > 1 ? ` (cần ít nhất ${p.min})` : ""}${p.notes.join("")}`,
  "initiatives-too-few": (p) =>
    `Có ${p.count} ${p.what}${p.when}, cần ít nhất ${p.min}${p.notes.join("")}`,
  "rating-streak": (p) =>
    `${capitalised(p.wanted)} ${p.years} năm liên tục ${p.span} (${p.basis.join("; ")})`,

  "title-status": (p) => (p.sentence ? capitalised(titleStatus(p)) : titleStatus(p)),
  "year-held": (p) => `năm ${p.year}${p.decision}`,
  "year-proposed-now": (p) => `năm ${p.year} (đề nghị lần này)`,
  "year-with-status": (p) => `năm ${p.year} (${p.status})`,
  "title-streak-broken": (p) =>
    `Cần ${p.award} ${p.years} năm liên tục ${p.span}; thiếu ${p.missing.join(", ")}`,
  "title-streak": (p) => `${p.award} ${p.years} năm liên tục ${p.span}: ${p.held.join(", ")}`,
  "title-hit": (p) => `${p.award === "" ? "" : `${p.award} `}năm ${p.year}${p.decision}`,
  "title-count-short": (p) =>
    `Trong ${p.span} có ${p.count} lần ${p.awards.join(" hoặc ")}${p.hits.length > 0 ? ` (${p.hits.join(", ")})` : ""}, cần ít nhất ${p.min}`,
  "title-count-met": (p) =>
    `${p.count} lần ${p.awards.join(" hoặc ")} trong ${p.span}: ${p.hits.join(", ")}`,
  "consecutive-awards-short": (p) =>
    `Cần ${p.award} ${p.count} lần liên tục (hai lần liền kề cách nhau không quá ${p.maxGapYears} năm); ` +
    (p.years.length === 0 ? HISTORY_NONE_VI : `có: ${p.years.map((k) => `năm ${k}`).join(", ")}`),
  "consecutive-awards-met": (p) => `${p.award} ${p.count} lần liên tục: ${p.held.join(", ")}`,
  "period-held": (p) => `năm ${p.year}${p.decision}, thành tích ${p.span}`,
  "consecutive-periods-short": (p) =>
    `Cần ${p.award} ${p.count} lần liên tục (thời kỳ thành tích nối tiếp nhau); ` +
    (p.held.length === 0 ? HISTORY_NONE_VI : `có: ${p.held.join("; ")}`),
  "consecutive-periods-met": (p) => `${p.award} ${p.count} lần liên tục: ${p.held.join("; ")}`,
  "award-before-none": (p) =>
    `Chưa được tặng ${p.awards.join(" hoặc ")} từ năm ${p.latest} trở về trước (theo Lịch sử)`,
  "award-before-met": (p) => `Đã được tặng ${p.award} năm ${p.year}${p.decision}`,
};
