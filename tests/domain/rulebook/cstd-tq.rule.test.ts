import type { HistoryRecord, Initiative, Vote } from "../../../src/domain/model";
import {
  evaluate,
  history,
  initiative,
  pledgeSheet,
  register,
  settings,
  staff,
  unit,
  vote,
} from "../fixtures-rules/register-builder";

interface Case {
  /** CSTĐ cấp tỉnh awards: their year, or [year, from, to] with an explicit period. */
  readonly provincialYears?: readonly (number | readonly [number, number, number])[];
  readonly earlier?: readonly HistoryRecord[];
  readonly initiatives?: (code: string) => Initiative[];
  readonly votes?: (code: string) => Vote[];
  readonly params?: Record<string, string | number>;
}

function cstdTq({
  provincialYears = [2019, 2022],
  earlier = [],
  initiatives = (c) => [initiative(c, 2022, "TOAN_QUOC")],
  votes = (c) => [vote(c, "CSTDCS", 9), vote(c, "CSTD_TQ", 9)],
  params = {},
}: Case) {
  const records: HistoryRecord[] = [
    ...provincialYears.map((p) =>
      typeof p === "number"
        ? history("CB1", p, "CSTD_TINH", `${p}/QĐ-UBND`)
        : history("CB1", p[0], "CSTD_TINH", `${p[0]}/QĐ-UBND`, {
            periodFrom: p[1],
            periodTo: p[2],
          })
    ),
    ...earlier,
  ];
  return evaluate(
    register({
      settings: settings({}, params),
      units: [unit("VP")],
      staff: [staff("CB1", "VP", { rating: "HTXSNV" })],
      history: records,
      initiatives: initiatives("CB1"),
      pledges: [pledgeSheet("VP", [{ code: "CB1", title: "CSTD_TQ" }])],
      votes: votes("CB1"),
    })
  );
}

describe("CSTD_TQ — Chiến sĩ thi đua toàn quốc (Luật TĐKT Điều 21)", () => {
  it.each<[string, Case, string, string | null]>([
    [
      "two provincial titles with consecutive default periods (2019: 2017–2019, 2022: 2020–2022)",
      {},
      "proposed",
      null,
    ],
    [
      "the year right after a period starts the next one (explicit 2019–2021, 2022–2023)",
      {
        provincialYears: [
          [2021, 2019, 2021],
          [2023, 2022, 2023],
        ],
      },
      "proposed",
      null,
    ],
    [
      "overlapping periods (2021: 2019–2021, 2022: 2020–2022)",
      { provincialYears: [2021, 2022] },
      "not_eligible",
      "thời kỳ thành tích nối tiếp nhau",
    ],
    [
      "a gap year between periods (2018: 2016–2018, 2022: 2020–2022)",
      { provincialYears: [2018, 2022] },
      "not_eligible",
      "năm 2018 (QĐ số 2018/QĐ-UBND), thành tích 2016–2018",
    ],
    [
      "only one provincial title",
      { provincialYears: [2022] },
      "not_eligible",
      "Cần CSTĐ cấp tỉnh 2 lần liên tục (thời kỳ thành tích nối tiếp nhau); có: năm 2022",
    ],
    [
      "no provincial title at all",
      { provincialYears: [] },
      "not_eligible",
      "không có lần nào trong Lịch sử",
    ],
    [
      "a provincial title of kind Đột xuất is no ground",
      {
        provincialYears: [2019],
        earlier: [history("CB1", 2022, "CSTD_TINH", "9/QĐ-UBND", { awardKind: "DOT_XUAT" })],
      },
      "not_eligible",
      "có: năm 2019",
    ],
    [
      "grounds inside an earlier national title's period (2023: 2018–2023)",
      { earlier: [history("CB1", 2023, "CSTD_TQ", "77/QĐ-TTg")] },
      "not_eligible",
      "đã được khen thưởng: CSTĐ toàn quốc năm 2023 (QĐ số 77/QĐ-TTg), thành tích 2018–2023",
    ],
    [
      "provincial initiative is not national",
      { initiatives: (c) => [initiative(c, 2022, "TINH")] },
      "not_eligible",
      "phạm vi ảnh hưởng Toàn quốc",
    ],
    [
      "vote 89,9%",
      { votes: (c) => [vote(c, "CSTDCS", 9), vote(c, "CSTD_TQ", 899, 1000)] },
      "not_eligible",
      "89,9% < 90%",
    ],
    [
      "vote 90%",
      { votes: (c) => [vote(c, "CSTDCS", 9), vote(c, "CSTD_TQ", 900, 1000)] },
      "proposed",
      null,
    ],
  ])("%s", (_name, c, status, reason) => {
    const proposal = cstdTq(c).find("CSTD_TQ", "CB1")!;
    expect(proposal.status).toBe(status);
    if (reason === null) expect(proposal.reasons).toEqual([]);
    else expect(proposal.reasons.join(" | ")).toContain(reason);
  });

  it("implies CSTĐCS and LĐTT, not CSTĐ cấp tỉnh", () => {
    const result = cstdTq({});
    expect(result.proposals.map((p) => `${p.award}:${String(p.pledged)}`).sort()).toEqual([
      "CSTDCS:false",
      "CSTD_TQ:true",
      "LDTT:false",
    ]);
  });
});
