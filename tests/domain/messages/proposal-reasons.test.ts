/**
 * Proposal reasons and grounds (issue 10 item 1): every code is worded in both languages, the
 * English speaks English (register words aside), and the Vietnamese is what the lists print.
 */
import { LANGUAGES } from "../../../src/domain/messages/language";
import { VIETNAMESE_LETTERS, catalogueOwnWords } from "../../support/catalogue-wording";
import {
  PROPOSAL_REASON_CATALOGUES,
  reasonText,
} from "../../../src/domain/messages/proposal-reason-text";
import { decimal, percent } from "../../../src/domain/messages/param-types";
import {
  proposalReason,
  type ProposalReason,
  type ProposalReasonCode,
  type ProposalReasonParamsByCode,
} from "../../../src/domain/messages/proposal-reasons";

const r = proposalReason;
const DECISION = r("decision-ref", { number: "12/QĐ-UBND", date: "20/12/2023" });
const NO_DECISION = r("decision-ref", { number: "", date: "" });
const WANTED = r("rating-or-better", { rating: "Hoàn thành tốt nhiệm vụ" });
const SUMMARY = r("vote-summary", { yes: 9, members: 10, share: percent(0.9) });
const PEOPLE = r("people-and-others", {
  shown: [r("person", { name: "Lê Văn Cường", code: "V3", detail: r("member-unrated", {}) })],
  rest: 2,
});
const BLOC = r("bloc", { name: "Khối các cơ quan tổng hợp" });
const STATUS = r("title-status", {
  award: "CSTĐCS",
  year: 2024,
  status: "awaiting_vote",
  sentence: false,
});
const PERIOD_AWARD = r("period-award", {
  award: "Bằng khen tỉnh",
  year: "2023",
  decision: DECISION,
  span: "2022–2023",
});

/** One example per code; the compiler demands every code. */
const EXAMPLES: { readonly [C in ProposalReasonCode]: ProposalReasonParamsByCode[C] } = {
  "achievement-rewarded": {
    years: "2023",
    award: PERIOD_AWARD,
    to: 2023,
    law: "Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c",
    citation: "Nghị định 98/2023/NĐ-CP Điều 30 khoản 9",
  },
  "alternative-failed": {
    index: 2,
    label: "có sáng kiến",
    reasons: [r("year-unrated", { year: 2024 }), r("no-members", {})],
  },
  "alternatives-failed": {
    label: "HTXSNV hoặc sáng kiến",
    alternatives: [
      r("alternative-failed", { index: 1, label: "HTXSNV", reasons: [r("no-members", {})] }),
    ],
  },
  "decision-ref": { number: "12/QĐ-UBND", date: "20/12/2023" },
  either: { items: ["Hoàn thành xuất sắc nhiệm vụ", r("title-reached", { award: "TTLĐXS" })] },
  "people-and-others": PEOPLE.params as ProposalReasonParamsByCode["people-and-others"],
  person: { name: "Nguyễn Văn An", code: "V1", detail: "" },
  "period-award": PERIOD_AWARD.params as ProposalReasonParamsByCode["period-award"],
  "quota-cut": {
    award: "CSTĐCS",
    share: percent(0.15),
    base: 20,
    of: "LĐTT",
    limit: 3,
    candidates: 5,
    position: 4,
    priority: [r("tie-break", { key: "voteShare" }), r("tie-break", { key: "rating" })],
    voteShare: percent(8 / 9),
  },
  "rating-or-better": { rating: "Hoàn thành tốt nhiệm vụ" },
  "same-achievement": {
    award: "Bằng khen tỉnh",
    where: " (ĐK-VP!E8)",
    law: "Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c",
  },
  "tie-break": { key: "women" },
  "vote-fails": {
    summary: r("vote-summary", { yes: 7, members: 10, share: percent(0.7, 0.8) }),
    threshold: percent(0.8),
    need: "8",
  },
  "vote-ground-prefix": {},
  "vote-invalid": { yes: 11, members: 10 },
  "vote-members-unknown": {},
  "vote-none": { threshold: percent(0.8) },
  "vote-none-need": { threshold: percent(0.8), members: 9, need: 8 },
  "vote-passes": { summary: SUMMARY, threshold: percent(0.8) },
  "vote-summary": { yes: 9, members: 10, share: percent(0.9) },
  "unit-unranked": {},
  "unit-rank-not-first": { rank: 2, points: decimal(91.5) },
  "unit-rank-first": { points: decimal(94) },
  bloc: { name: "Khối các cơ quan tổng hợp" },
  "bloc-rank-missing": {},
  "bloc-rank-not-first": { rank: 2, bloc: BLOC },
  "bloc-leader": { bloc: r("bloc", { name: "" }) },
  "maternity-leave": { year: 2024 },
  "months-short": { year: 2024, worked: decimal(8.5), min: decimal(10) },
  "discipline-unknown": { year: 2024, text: "Nhắc nhở", level: "Khiển trách" },
  "discipline-blocks": { year: 2024, found: "Cảnh cáo", level: "Khiển trách" },
  "unit-unrated": { year: 2024, wanted: WANTED },
  "person-unrated": { year: 2024, wanted: WANTED },
  "rating-not-accepted": { year: 2024, rating: "Hoàn thành nhiệm vụ", wanted: WANTED },
  "rating-of-year": { year: 2024, rating: "Hoàn thành tốt nhiệm vụ" },
  "title-reached": { award: "TTLĐXS" },
  "year-rating": { year: 2023, rating: "Hoàn thành nhiệm vụ" },
  "year-unrated": { year: 2024 },
  "year-no-history-rating": { year: 2023 },
  "rating-streak-broken": {
    wanted: WANTED,
    years: 2,
    span: "2023–2024",
    gaps: [r("year-rating", { year: 2023, rating: "Hoàn thành nhiệm vụ" })],
  },
  "members-left-out": { count: 1, minMonths: 6, people: PEOPLE },
  "no-members": {},
  "members-ratio": { count: 5, total: 8, award: "LĐTT", percent: percent(5 / 8) },
  "members-not-pledged": { count: 2, award: "LĐTT" },
  "members-share-short": {
    ratio: r("members-ratio", { count: 5, total: 8, award: "LĐTT", percent: percent(5 / 8) }),
    share: percent(0.7),
    notes: [r("members-not-pledged", { count: 2, award: "LĐTT" })],
  },
  "members-share-met": {
    ratio: r("members-ratio", { count: 6, total: 8, award: "LĐTT", percent: percent(6 / 8) }),
    share: percent(0.7),
    notes: [],
  },
  "member-unrated": {},
  "members-below-rating": {
    count: 1,
    total: 5,
    wanted: WANTED,
    year: 2024,
    people: PEOPLE,
    notes: [r("members-left-out", { count: 1, minMonths: 6, people: PEOPLE })],
  },
  "members-all-rated": { total: 5, wanted: WANTED, notes: [] },
  "members-none-hold": { award: "CSTĐCS", year: 2024 },
  "members-too-few-hold": { count: 1, award: "CSTĐCS", year: 2024, min: 2 },
  "members-awaiting-vote": {
    reason: r("members-none-hold", { award: "CSTĐCS", year: 2024 }),
    award: "CSTĐCS",
    people: PEOPLE,
  },
  "members-hold": { count: 2, award: "CSTĐCS", year: 2024, people: PEOPLE },
  "members-disciplined": { count: 1, level: "Cảnh cáo", year: 2024, people: PEOPLE },
  initiative: {
    kind: "Sáng kiến",
    title: "Số hóa hồ sơ",
    details: [
      r("initiative-scope", { scope: "Tỉnh" }),
      r("initiative-decision", { number: "12/QĐ-UBND", date: "" }),
    ],
  },
  "initiative-scope": { scope: "Tỉnh" },
  "initiative-decision": { number: "12/QĐ-UBND", date: "01/10/2024" },
  "initiatives-what": { scopes: ["Tỉnh", "Toàn quốc"] },
  "initiatives-when": { span: "2023–2024", oneYear: false },
  "initiatives-unrecognised": { count: 1 },
  "initiatives-same-kind": {},
  "initiatives-none": {
    what: r("initiatives-what", { scopes: [] }),
    when: r("initiatives-when", { span: "2024", oneYear: true }),
    min: 2,
    notes: [r("initiatives-unrecognised", { count: 2 })],
  },
  "initiatives-too-few": {
    count: 1,
    what: r("initiatives-what", { scopes: ["Tỉnh"] }),
    when: "",
    min: 2,
    notes: [r("initiatives-same-kind", {})],
  },
  "rating-streak": {
    wanted: r("rating-or-better", { rating: "Hoàn thành xuất sắc nhiệm vụ" }),
    years: 2,
    span: "2023–2024",
    basis: ["2023: Hoàn thành xuất sắc nhiệm vụ", "2024: LĐTT"],
  },
  "title-status": { award: "CSTĐCS", year: 2024, status: "unpledged", sentence: true },
  "year-held": { year: 2022, decision: DECISION },
  "year-proposed-now": { year: 2024 },
  "year-with-status": { year: 2024, status: STATUS },
  "title-streak-broken": {
    award: "LĐTT",
    years: 3,
    span: "2022–2024",
    missing: [r("year-held", { year: 2022, decision: NO_DECISION })],
  },
  "title-streak": {
    award: "LĐTT",
    years: 2,
    span: "2023–2024",
    held: [
      r("year-held", { year: 2023, decision: DECISION }),
      r("year-proposed-now", { year: 2024 }),
    ],
  },
  "title-hit": { award: "BK_TINH", year: 2023, decision: DECISION },
  "title-count-short": {
    span: "2020–2024",
    count: 1,
    awards: ["Bằng khen tỉnh", "Cờ thi đua tỉnh"],
    hits: [r("title-hit", { award: "", year: 2023, decision: NO_DECISION })],
    min: 2,
  },
  "title-count-met": {
    span: "2020–2024",
    count: 1,
    awards: ["Bằng khen tỉnh"],
    hits: [r("title-hit", { award: "", year: 2023, decision: DECISION })],
  },
  "consecutive-awards-short": { award: "CSTĐCS", count: 2, maxGapYears: 3, years: [2019] },
  "consecutive-awards-met": {
    award: "CSTĐCS",
    count: 2,
    held: [r("year-held", { year: 2021, decision: DECISION })],
  },
  "period-held": { year: 2022, decision: DECISION, span: "2020–2022" },
  "consecutive-periods-short": { award: "CSTĐ tỉnh", count: 2, held: [] },
  "consecutive-periods-met": {
    award: "CSTĐ tỉnh",
    count: 2,
    held: [r("period-held", { year: "", decision: NO_DECISION, span: "2020–2022" })],
  },
  "award-before-none": { awards: ["Bằng khen tỉnh", "Bằng khen Bộ"], latest: 2021 },
  "award-before-met": { award: "Bằng khen tỉnh", year: 2020, decision: DECISION },
};

describe("proposal reason catalogues", () => {
  const codes = Object.keys(EXAMPLES).sort();

  it("word the same codes in every language", () => {
    for (const language of LANGUAGES)
      expect(Object.keys(PROPOSAL_REASON_CATALOGUES[language]).sort()).toEqual(codes);
  });

  it.each(codes)("words %s in English without Vietnamese of its own", (code) => {
    const params = EXAMPLES[code as ProposalReasonCode];
    const text = reasonText({ code, params } as ProposalReason, "en");
    expect(text.length).toBeGreaterThan(0);
    expect(catalogueOwnWords(text, params)).not.toMatch(VIETNAMESE_LETTERS);
  });

  it("words the reasons the lists print in Vietnamese", () => {
    expect(reasonText(r("vote-passes", EXAMPLES["vote-passes"]))).toBe(
      "Kết quả bỏ phiếu: 9/10 phiếu = 90% (từ 80% trở lên)"
    );
    expect(reasonText(r("decision-ref", { number: "", date: "20/12/2023" }))).toBe(
      " (QĐ ngày 20/12/2023)"
    );
    expect(reasonText(NO_DECISION)).toBe("");
    expect(reasonText(r("quota-cut", { ...EXAMPLES["quota-cut"], voteShare: "" }))).toBe(
      "Vượt chỉ tiêu CSTĐCS: tối đa 15% của 20 cá nhân được đề nghị LĐTT = 3 người; có 5 người đủ điều kiện, người này xếp thứ 4 theo thứ tự ưu tiên (tỷ lệ phiếu, xếp loại)"
    );
    expect(reasonText(r("title-streak", EXAMPLES["title-streak"]))).toBe(
      "LĐTT 2 năm liên tục 2023–2024: năm 2023 (QĐ số 12/QĐ-UBND ngày 20/12/2023), năm 2024 (đề nghị lần này)"
    );
  });

  it.each(codes)("words %s the same whether its params are taken as they are or copied", (code) => {
    // Params of strings and numbers go to the catalogue as they are; an extra nested param
    // (which no catalogue reads) sends the same reason through the copying path.
    const params = EXAMPLES[code as ProposalReasonCode] as Record<string, unknown>;
    for (const language of LANGUAGES) {
      const copied = {
        code,
        params: { ...params, unread: [NO_DECISION] },
      } as unknown as ProposalReason;
      expect(reasonText({ code, params } as ProposalReason, language)).toBe(
        reasonText(copied, language)
      );
    }
  });

  it("words nested reasons, shares and numbers in the reader's language", () => {
    const fails = r("vote-fails", EXAMPLES["vote-fails"]);
    expect(reasonText(fails)).toBe(
      "Kết quả bỏ phiếu: 7/10 phiếu = 70% < 80% tổng số thành viên Hội đồng (cần ít nhất 8 phiếu)"
    );
    expect(reasonText(fails, "en")).toBe(
      "Council vote: 7/10 votes = 70% < 80% of the council's members (at least 8 needed)"
    );
    const members = r("members-share-short", EXAMPLES["members-share-short"]);
    expect(reasonText(members)).toBe(
      "5/8 cá nhân đạt LĐTT = 62,5% < 70% (2 cá nhân không đăng ký LĐTT)"
    );
    expect(reasonText(members, "en")).toBe(
      "5/8 members hold LĐTT = 62.5% < 70% (2 did not pledge LĐTT)"
    );
    expect(reasonText(r("months-short", EXAMPLES["months-short"]), "en")).toBe(
      "Months worked in 2024: 8.5 < the minimum of 10"
    );
    // A failing share never reads as its threshold.
    expect(
      reasonText(r("vote-summary", { yes: 1399, members: 2000, share: percent(0.6995, 0.7) }))
    ).toBe("1399/2000 phiếu = 69,95%");
    expect(reasonText(r("either", EXAMPLES.either), "en")).toBe(
      "Hoàn thành xuất sắc nhiệm vụ or holds TTLĐXS"
    );
  });
});
