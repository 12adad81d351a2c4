/**
 * Proposal reasons and grounds (issue 10 item 1): every code is worded in both languages, the
 * English speaks English (register words aside), and the Vietnamese is what the lists print.
 */
import * as layout from "../../../src/domain/codec/register-layout";
import { LANGUAGES } from "../../../src/domain/messages/language";
import {
  PROPOSAL_REASON_CATALOGUES,
  reasonText,
} from "../../../src/domain/messages/proposal-reason-text";
import type {
  ProposalReasonCode,
  ProposalReasonParamsByCode,
} from "../../../src/domain/messages/proposal-reasons";

/** One example per code; the compiler demands every code. */
const EXAMPLES: { readonly [C in ProposalReasonCode]: ProposalReasonParamsByCode[C] } = {
  "achievement-rewarded": {
    years: "2023",
    award: "Bằng khen tỉnh năm 2023 (QĐ số 55/QĐ-UBND ngày 20/12/2023), thành tích 2022–2023",
    to: 2023,
    law: "Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c",
    citation: "Nghị định 98/2023/NĐ-CP Điều 30 khoản 9",
  },
  "alternative-failed": { index: 2, label: "có sáng kiến", reasons: ["Không có", "thiếu"] },
  "alternatives-failed": { label: "HTXSNV hoặc sáng kiến", detail: "Trường hợp 1 (…): …." },
  "decision-ref": { number: "12/QĐ-UBND", date: "20/12/2023" },
  either: { items: ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"] },
  "people-and-others": { shown: "Nguyễn Văn An (V1)", rest: 3 },
  "period-award": {
    award: "Bằng khen tỉnh",
    year: "2023",
    decision: " (QĐ số 1)",
    span: "2022–2023",
  },
  "quota-cut": {
    award: "CSTĐCS",
    share: "15%",
    base: 20,
    of: "LĐTT",
    limit: 3,
    candidates: 5,
    position: 4,
    priority: "tỷ lệ phiếu, xếp loại",
    voteShare: "88,9%",
  },
  "rating-or-better": { rating: "Hoàn thành tốt nhiệm vụ" },
  "same-achievement": {
    award: "Bằng khen tỉnh",
    where: " (ĐK-VP!E8)",
    law: "Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c",
  },
  "tie-break": { key: "women" },
  "vote-fails": { summary: "7/10 phiếu = 70%", threshold: "80%", need: "8" },
  "vote-ground-prefix": {},
  "vote-invalid": { yes: 11, members: 10 },
  "vote-members-unknown": {},
  "vote-none": { threshold: "80%" },
  "vote-none-need": { threshold: "80%", members: 9, need: 8 },
  "vote-passes": { summary: "9/10 phiếu = 90%", threshold: "80%" },
  "vote-summary": { yes: 9, members: 10, share: "90%" },
  "unit-unranked": {},
  "unit-rank-not-first": { rank: 2, points: "91,5" },
  "unit-rank-first": { points: "94" },
  bloc: { name: "Khối các cơ quan tổng hợp" },
  "bloc-rank-missing": {},
  "bloc-rank-not-first": { rank: 2, bloc: "khối “Khối các cơ quan tổng hợp”" },
  "bloc-leader": { bloc: "khối “Khối các cơ quan tổng hợp”" },
  "maternity-leave": { year: 2024 },
  "months-short": { year: 2024, worked: "8", min: "10" },
  "discipline-unknown": { year: 2024, text: "Nhắc nhở", level: "Khiển trách" },
  "discipline-blocks": { year: 2024, found: "Cảnh cáo", level: "Khiển trách" },
  "unit-unrated": { year: 2024, wanted: "Hoàn thành tốt nhiệm vụ trở lên" },
  "person-unrated": { year: 2024, wanted: "Hoàn thành tốt nhiệm vụ trở lên" },
  "rating-not-accepted": {
    year: 2024,
    rating: "Hoàn thành nhiệm vụ",
    wanted: "Hoàn thành tốt nhiệm vụ trở lên",
  },
  "rating-of-year": { year: 2024, rating: "Hoàn thành tốt nhiệm vụ" },
  "title-reached": { award: "TTLĐXS" },
  "year-rating": { year: 2023, rating: "Hoàn thành nhiệm vụ" },
  "year-unrated": { year: 2024 },
  "year-no-history-rating": { year: 2023 },
  "rating-streak-broken": {
    wanted: "Hoàn thành xuất sắc nhiệm vụ",
    years: 2,
    span: "2023–2024",
    gaps: ["năm 2023: Hoàn thành tốt nhiệm vụ"],
  },
  "members-left-out": { count: 1, minMonths: 6, people: "Lê Văn Cường (V3)" },
  "no-members": {},
  "members-ratio": { count: 5, total: 8, award: "LĐTT", percent: "62,5%" },
  "members-not-pledged": { count: 2, award: "LĐTT" },
  "members-share-short": { ratio: "5/8 cá nhân đạt LĐTT = 62,5%", share: "70%", note: "" },
  "members-share-met": { ratio: "6/8 cá nhân đạt LĐTT = 75%", share: "70%", note: "" },
  "member-unrated": {},
  "members-below-rating": {
    count: 1,
    total: 5,
    wanted: "Hoàn thành nhiệm vụ trở lên",
    year: 2024,
    people: "Lê Văn Cường (V3, chưa xếp loại)",
    note: "",
  },
  "members-all-rated": { total: 5, wanted: "Hoàn thành nhiệm vụ trở lên", note: "" },
  "members-none-hold": { award: "CSTĐCS", year: 2024 },
  "members-too-few-hold": { count: 1, award: "CSTĐCS", year: 2024, min: 2 },
  "members-awaiting-vote": {
    reason: "Không có cá nhân nào đạt CSTĐCS năm 2024",
    award: "CSTĐCS",
    people: "Lê Văn Cường (V3)",
  },
  "members-hold": { count: 2, award: "CSTĐCS", year: 2024, people: "A (V1), B (V2)" },
  "members-disciplined": { count: 1, level: "Cảnh cáo", year: 2024, people: "Ngô Văn Minh (T1)" },
  initiative: {
    kind: "Sáng kiến",
    title: "Số hóa hồ sơ",
    details: ["phạm vi Tỉnh", "QĐ công nhận số 12/QĐ-UBND"],
  },
  "initiative-scope": { scope: "Tỉnh" },
  "initiative-decision": { number: "12/QĐ-UBND", date: "01/10/2024" },
  "initiatives-what": { scopes: ["Tỉnh", "Toàn quốc"] },
  "initiatives-when": { span: "2023–2024", oneYear: false },
  "initiatives-unrecognised": { count: 1 },
  "initiatives-same-kind": {},
  "initiatives-none": {
    what: "sáng kiến/đề tài",
    when: " được công nhận năm 2024",
    min: 2,
    note: "",
  },
  "initiatives-too-few": { count: 1, what: "sáng kiến/đề tài", when: "", min: 2, note: "" },
  "rating-streak": {
    wanted: "Hoàn thành xuất sắc nhiệm vụ",
    years: 2,
    span: "2023–2024",
    basis: ["2023: Hoàn thành xuất sắc nhiệm vụ", "2024: Hoàn thành xuất sắc nhiệm vụ"],
  },
};

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const REGISTER_WORDS = [
  "Sáng kiến, Đề tài",
  "Giải pháp",
  "Cán bộ",
  "Xếp hạng trong khối",
  "Lịch sử",
  ...Object.values(layout.SHEET),
  "Số thành viên Hội đồng",
  "Số thành viên",
  "Mã CB",
];

function ownWords(text: string, params: object): string {
  const values = [
    ...(Object.values(params) as unknown[]).flatMap((v): unknown[] =>
      Array.isArray(v) ? (v as unknown[]) : [v]
    ),
    ...REGISTER_WORDS,
  ].filter((v): v is string => typeof v === "string" && v !== "");
  let rest = text;
  for (const value of values.sort((a, b) => b.length - a.length))
    rest = rest.split(value).join(" ");
  return rest;
}

describe("proposal reason catalogues", () => {
  const codes = Object.keys(EXAMPLES).sort();

  it("word the same codes in every language", () => {
    for (const language of LANGUAGES)
      expect(Object.keys(PROPOSAL_REASON_CATALOGUES[language]).sort()).toEqual(codes);
  });

  it.each(codes)("words %s in English without Vietnamese of its own", (code) => {
    const params = EXAMPLES[code as ProposalReasonCode];
    const text = reasonText(code as ProposalReasonCode, params as never, "en");
    expect(text.length).toBeGreaterThan(0);
    expect(ownWords(text, params)).not.toMatch(VIETNAMESE_LETTERS);
  });

  it("words the reasons the lists print in Vietnamese", () => {
    expect(reasonText("vote-passes", EXAMPLES["vote-passes"])).toBe(
      "Kết quả bỏ phiếu: 9/10 phiếu = 90% (từ 80% trở lên)"
    );
    expect(reasonText("decision-ref", { number: "", date: "20/12/2023" })).toBe(
      " (QĐ ngày 20/12/2023)"
    );
    expect(reasonText("decision-ref", { number: "", date: "" })).toBe("");
    expect(reasonText("quota-cut", { ...EXAMPLES["quota-cut"], voteShare: "" })).toBe(
      "Vượt chỉ tiêu CSTĐCS: tối đa 15% của 20 cá nhân được đề nghị LĐTT = 3 người; có 5 người đủ điều kiện, người này xếp thứ 4 theo thứ tự ưu tiên (tỷ lệ phiếu, xếp loại)"
    );
    expect(reasonText("either", EXAMPLES.either, "en")).toBe(
      "Hoàn thành xuất sắc nhiệm vụ or Hoàn thành tốt nhiệm vụ"
    );
  });
});
