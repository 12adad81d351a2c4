import type { HistoryRecord, Initiative, Staff, Vote } from "../../../src/domain/model";
import {
  evaluate,
  history,
  initiative,
  pledgeSheet,
  register,
  staff,
  unit,
  vote,
} from "../fixtures-rules/register-builder";

interface Case {
  readonly person?: Partial<Staff>;
  readonly past?: readonly number[];
  readonly initiatives?: (code: string) => Initiative[];
  readonly votes?: (code: string) => Vote[];
}

const provincial = (c: string) => [initiative(c, 2023, "TINH")];
const bothVotes = (c: string) => [vote(c, "CSTDCS", 9), vote(c, "CSTD_TINH", 9)];

function cstdTinh({
  person = { rating: "HTXSNV" },
  past = [2022, 2023],
  initiatives = provincial,
  votes = bothVotes,
}: Case) {
  const records: HistoryRecord[] = past.map((y) => history("CB1", y, "CSTDCS", `${y}/QĐ-SKHCN`));
  return evaluate(
    register({
      units: [unit("VP")],
      staff: [staff("CB1", "VP", person)],
      history: records,
      initiatives: initiatives("CB1"),
      pledges: [pledgeSheet("VP", [{ code: "CB1", title: "CSTD_TINH" }])],
      votes: votes("CB1"),
    })
  );
}

describe("CSTD_TINH — Chiến sĩ thi đua cấp tỉnh (Luật TĐKT Điều 22)", () => {
  it.each<[string, Case, string, string | null]>([
    [
      "3 consecutive years (2022, 2023, this run), provincial initiative, 9/9 votes",
      {},
      "proposed",
      null,
    ],
    [
      "vote exactly 90% (9/10)",
      { votes: (c) => [vote(c, "CSTDCS", 9), vote(c, "CSTD_TINH", 9, 10)] },
      "proposed",
      null,
    ],
    [
      "vote 89,9% (899/1000)",
      { votes: (c) => [vote(c, "CSTDCS", 9), vote(c, "CSTD_TINH", 899, 1000)] },
      "not_eligible",
      "899/1000 phiếu = 89,9% < 90%",
    ],
    [
      "8/9 = 88,9% is below 90%",
      { votes: (c) => [vote(c, "CSTDCS", 9), vote(c, "CSTD_TINH", 8)] },
      "not_eligible",
      "8/9 phiếu = 88,9% < 90%",
    ],
    [
      "only 2 consecutive years",
      { past: [2023] },
      "not_eligible",
      "Cần CSTĐCS 3 năm liên tục 2022–2024; thiếu năm 2022",
    ],
    ["a gap year (2022, –, 2024)", { past: [2021, 2022] }, "not_eligible", "thiếu năm 2023"],
    [
      "this year's CSTĐCS fails",
      { person: { rating: "HTTNV" } },
      "not_eligible",
      "thiếu năm 2024 (không đủ điều kiện CSTĐCS năm 2024)",
    ],
    [
      "this year's CSTĐCS awaits its vote",
      { votes: (c) => [vote(c, "CSTD_TINH", 9)] },
      "awaiting_vote",
      "CSTĐCS năm 2024 còn chờ kết quả bỏ phiếu",
    ],
    [
      "initiative of Cơ sở scope only",
      { initiatives: (c) => [initiative(c, 2024, "CO_SO")] },
      "not_eligible",
      "Không có sáng kiến/đề tài có phạm vi ảnh hưởng Tỉnh hoặc Toàn quốc",
    ],
    [
      "initiative of national scope",
      { initiatives: (c) => [initiative(c, 2021, "TOAN_QUOC")] },
      "proposed",
      null,
    ],
    [
      "no vote yet",
      { votes: (c) => [vote(c, "CSTDCS", 9)] },
      "awaiting_vote",
      "cần từ 90% của 9 thành viên trở lên, tức ít nhất 9 phiếu đồng ý",
    ],
  ])("%s", (_name, c, status, reason) => {
    const proposal = cstdTinh(c).find("CSTD_TINH", "CB1")!;
    expect(proposal.status).toBe(status);
    if (reason === null) expect(proposal.reasons).toEqual([]);
    else expect(proposal.reasons.join(" | ")).toContain(reason);
  });

  it("evaluates the implied CSTĐCS and LĐTT", () => {
    const result = cstdTinh({});
    expect(result.find("CSTDCS", "CB1")).toMatchObject({ status: "proposed", pledged: false });
    expect(result.find("LDTT", "CB1")).toMatchObject({ status: "proposed", pledged: false });
  });

  it("cites the earlier decisions in its grounds", () => {
    const grounds = cstdTinh({}).find("CSTD_TINH", "CB1")!.grounds;
    expect(grounds[0]).toBe(
      "CSTĐCS 3 năm liên tục 2022–2024: năm 2022 (QĐ số 2022/QĐ-SKHCN), năm 2023 (QĐ số 2023/QĐ-SKHCN), năm 2024 (đề nghị lần này)"
    );
    expect(grounds.at(-1)).toBe("Kết quả bỏ phiếu: 9/9 phiếu = 100% (từ 90% trở lên)");
  });
});
