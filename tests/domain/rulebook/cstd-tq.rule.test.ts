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
  readonly provincialYears?: readonly number[];
  readonly initiatives?: (code: string) => Initiative[];
  readonly votes?: (code: string) => Vote[];
  readonly params?: Record<string, string | number>;
}

function cstdTq({
  provincialYears = [2022, 2023],
  initiatives = (c) => [initiative(c, 2022, "TOAN_QUOC")],
  votes = (c) => [vote(c, "CSTDCS", 9), vote(c, "CSTD_TQ", 9)],
  params = {},
}: Case) {
  const records: HistoryRecord[] = provincialYears.map((y) =>
    history("CB1", y, "CSTD_TINH", `${y}/QĐ-UBND`)
  );
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
      "two provincial titles in consecutive years (2022, 2023), national initiative, 9/9",
      {},
      "proposed",
      null,
    ],
    [
      "consecutive years ending before y (2021, 2022)",
      { provincialYears: [2021, 2022] },
      "proposed",
      null,
    ],
    [
      "a gap year (2021, 2023)",
      { provincialYears: [2021, 2023] },
      "not_eligible",
      "có: năm 2021, năm 2023",
    ],
    [
      "only one provincial title",
      { provincialYears: [2023] },
      "not_eligible",
      "Cần CSTĐ cấp tỉnh 2 lần liên tục (hai lần liền kề cách nhau không quá 1 năm); có: năm 2023",
    ],
    [
      "a missed cycle (2016, 2023)",
      { provincialYears: [2016, 2023] },
      "not_eligible",
      "có: năm 2016, năm 2023",
    ],
    [
      "the 3-year cycle reading without the parameter (2020, 2023)",
      { provincialYears: [2020, 2023] },
      "not_eligible",
      "cách nhau không quá 1 năm",
    ],
    [
      "cycle set to 3 years in Cấu hình (2020, 2023)",
      { provincialYears: [2020, 2023], params: { "Chu kỳ xét CSTĐ cấp tỉnh (năm)": 3 } },
      "proposed",
      null,
    ],
    [
      "no provincial title at all",
      { provincialYears: [] },
      "not_eligible",
      "không có lần nào trong Lịch sử",
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
