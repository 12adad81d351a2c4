import type { HistoryRecord, Rating } from "../../../src/domain/model";
import {
  evaluate,
  history,
  pledgeSheet,
  register,
  staff,
  unit,
  vote,
} from "../fixtures-rules/register-builder";

const ratings = (subject: string, rating: Rating, years: number[]): HistoryRecord[] =>
  years.map((y) => history(subject, y, rating));

describe("BK_TTG — Bằng khen của Thủ tướng Chính phủ (Luật TĐKT Điều 73)", () => {
  const individualBase = (): HistoryRecord[] => [
    history("CB1", 2019, "BK_TINH", "55/QĐ-UBND"),
    ...ratings("CB1", "HTTNV", [2020, 2021, 2022, 2023]),
    history("CB1", 2020, "CSTDCS"),
    history("CB1", 2022, "CSTDCS"),
  ];

  function individual(past: HistoryRecord[], cstdcsNow = true) {
    return evaluate(
      register({
        units: [unit("VP")],
        staff: [staff("CB1", "VP", { rating: "HTXSNV" })],
        history: past,
        pledges: [
          pledgeSheet("VP", [
            { code: "CB1", title: cstdcsNow ? "CSTDCS" : "LDTT", award: "BK_TTG" },
          ]),
        ],
        votes: [vote("CB1", "CSTDCS", 9)],
      })
    ).find("BK_TTG", "CB1")!;
  }

  it.each<[string, () => HistoryRecord[], boolean, string, string | null]>([
    [
      "Bằng khen 2019, HTTNV+ 2020–2024, CSTĐCS 2020, 2022, 2024",
      individualBase,
      true,
      "proposed",
      null,
    ],
    [
      "only 2 CSTĐCS in the five years",
      individualBase,
      false,
      "not_eligible",
      "Trong 2020–2024 có 2 lần CSTĐCS (năm 2020, năm 2022), cần ít nhất 3",
    ],
    [
      "a year rated HTNV inside the five",
      () => [
        ...individualBase().filter((r) => r.year !== 2021 || r.rating === null),
        history("CB1", 2021, "HTNV"),
      ],
      true,
      "not_eligible",
      "năm 2021: Hoàn thành nhiệm vụ",
    ],
    [
      "a year with no rating in Lịch sử",
      () => individualBase().filter((r) => r.year !== 2022 || r.rating === null),
      true,
      "not_eligible",
      "năm 2022: không có xếp loại trong Lịch sử",
    ],
    [
      "no earlier Bằng khen",
      () => individualBase().filter((r) => r.awardKey !== "BK_TINH"),
      true,
      "not_eligible",
      "Chưa được tặng Bằng khen tỉnh hoặc Bằng khen Bộ từ năm 2023 trở về trước",
    ],
    [
      "Bằng khen Bộ of 2023 counts for a person",
      () => [
        ...individualBase().filter((r) => r.awardKey !== "BK_TINH"),
        history("CB1", 2023, "BK_BO"),
      ],
      true,
      "proposed",
      null,
    ],
  ])("individual: %s", (_name, past, cstdcsNow, status, reason) => {
    const proposal = individual(past(), cstdcsNow);
    expect(proposal.status).toBe(status);
    if (reason === null) expect(proposal.reasons).toEqual([]);
    else expect(proposal.reasons.join(" | ")).toContain(reason);
  });

  it("cites the earlier Bằng khen with its decision", () => {
    expect(individual(individualBase()).grounds[0]).toBe(
      "Đã được tặng Bằng khen tỉnh năm 2019 (QĐ số 55/QĐ-UBND)"
    );
  });

  const collectiveBase = (): HistoryRecord[] => [
    history("P1", 2019, "BK_TINH"),
    ...ratings("P1", "HTXSNV", [2020, 2021, 2022, 2023]),
    history("P1", 2021, "CO_TINH"),
  ];

  function collective(past: HistoryRecord[]) {
    return evaluate(
      register({
        units: [unit("P1", { rating: "HTXSNV" })],
        staff: [staff("M1", "P1")],
        history: past,
        pledges: [pledgeSheet("P1", [], { award: "BK_TTG" })],
      })
    ).find("BK_TTG", "P1")!;
  }

  it.each<[string, () => HistoryRecord[], string, string | null]>([
    ["Bằng khen 2019, HTXSNV 2020–2024, Cờ thi đua tỉnh 2021", collectiveBase, "proposed", null],
    [
      "Bằng khen only in 2020 (inside the five years)",
      () => [
        ...collectiveBase().filter((r) => r.awardKey !== "BK_TINH"),
        history("P1", 2020, "BK_TINH"),
      ],
      "not_eligible",
      "từ năm 2019 trở về trước",
    ],
    [
      "two Bằng khen in the five years instead of a flag",
      () => [
        ...collectiveBase().filter((r) => r.awardKey !== "CO_TINH"),
        history("P1", 2021, "BK_TINH"),
        history("P1", 2023, "BK_BO"),
      ],
      "proposed",
      null,
    ],
    [
      "one Bằng khen and no flag",
      () => [
        ...collectiveBase().filter((r) => r.awardKey !== "CO_TINH"),
        history("P1", 2022, "BK_TINH"),
      ],
      "not_eligible",
      "Không đạt điều kiện “trong 5 năm đó có 01 lần Cờ thi đua tỉnh hoặc 02 lần Bằng khen tỉnh/Bộ”",
    ],
    [
      "TTLĐXS stands for HTXSNV in a year",
      () => [
        ...collectiveBase().filter((r) => r.year !== 2022 || r.rating === null),
        history("P1", 2022, "TTLDXS"),
      ],
      "proposed",
      null,
    ],
    [
      "a year HTTNV",
      () => [
        ...collectiveBase().filter((r) => r.year !== 2022 || r.rating === null),
        history("P1", 2022, "HTTNV"),
      ],
      "not_eligible",
      "năm 2022: Hoàn thành tốt nhiệm vụ",
    ],
  ])("collective: %s", (_name, past, status, reason) => {
    const proposal = collective(past());
    expect(proposal.status).toBe(status);
    if (reason === null) expect(proposal.reasons).toEqual([]);
    else expect(proposal.reasons.join(" | ")).toContain(reason);
  });
});
