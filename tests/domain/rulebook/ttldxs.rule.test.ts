import type { Rating, Staff, Unit } from "../../../src/domain/model";
import {
  evaluate,
  pledgeSheet,
  register,
  staff,
  unit,
  vote,
} from "../fixtures-rules/register-builder";

interface Case {
  readonly ratings: readonly (Rating | null)[];
  readonly unitOver?: Partial<Unit>;
  /** Index of a member who pledged CSTĐCS (null = nobody). */
  readonly cstdcs?: number | null;
  readonly extra?: Partial<Staff>;
}

function ttldxs({ ratings, unitOver = { rating: "HTXSNV" }, cstdcs = 0, extra = {} }: Case) {
  const people = ratings.map((rating, i) =>
    staff(`M${i}`, "P1", { rating, ...(i === ratings.length - 1 ? extra : {}) })
  );
  return evaluate(
    register({
      units: [unit("P1", unitOver)],
      staff: people,
      pledges: [
        pledgeSheet(
          "P1",
          people.map((p, i) => ({
            code: p.code,
            title: i === cstdcs ? ("CSTDCS" as const) : ("LDTT" as const),
          })),
          { title: "TTLDXS" }
        ),
      ],
      votes: cstdcs === null ? [] : [vote(`M${cstdcs}`, "CSTDCS", 9)],
    })
  );
}

const GOOD: Rating[] = [
  "HTXSNV",
  "HTTNV",
  "HTTNV",
  "HTTNV",
  "HTTNV",
  "HTTNV",
  "HTTNV",
  "HTNV",
  "HTNV",
  "HTNV",
];

describe("TTLDXS — Tập thể lao động xuất sắc (Luật TĐKT Điều 27)", () => {
  it.each<[string, Case, string, string | null]>([
    ["HTXSNV unit, all HTNV+, 7/10 LĐTT, one CSTĐCS", { ratings: GOOD }, "proposed", null],
    [
      "unit only HTTNV",
      { ratings: GOOD, unitOver: { rating: "HTTNV" } },
      "not_eligible",
      "Xếp loại năm 2024: Hoàn thành tốt nhiệm vụ — cần Hoàn thành xuất sắc nhiệm vụ",
    ],
    [
      "a member KHTNV",
      { ratings: [...GOOD.slice(0, 9), "KHTNV"] },
      "not_eligible",
      "1/10 cá nhân chưa đạt Hoàn thành nhiệm vụ trở lên năm 2024: Người M9 (M9, Không hoàn thành nhiệm vụ)",
    ],
    [
      "an unrated member fails it",
      { ratings: [...GOOD.slice(0, 9), null] },
      "not_eligible",
      "(M9, chưa xếp loại)",
    ],
    [
      "6/10 LĐTT",
      {
        ratings: [
          "HTXSNV",
          "HTTNV",
          "HTTNV",
          "HTTNV",
          "HTTNV",
          "HTTNV",
          "HTNV",
          "HTNV",
          "HTNV",
          "HTNV",
        ],
      },
      "not_eligible",
      "Không đủ điều kiện TTLĐTT năm 2024",
    ],
    [
      "no CSTĐCS member",
      { ratings: GOOD, cstdcs: null },
      "not_eligible",
      "Không có cá nhân nào đạt CSTĐCS năm 2024",
    ],
  ])("%s", (_name, c, status, reason) => {
    const proposal = ttldxs(c).find("TTLDXS", "P1")!;
    expect(proposal.status).toBe(status);
    if (reason === null) expect(proposal.reasons).toEqual([]);
    else expect(proposal.reasons.join(" | ")).toContain(reason);
  });

  it("implies TTLĐTT for the unit", () => {
    expect(ttldxs({ ratings: GOOD }).find("TTLDTT", "P1")).toMatchObject({
      status: "proposed",
      pledged: false,
      subjectKind: "collective",
    });
  });

  it("waits for the vote of a member's CSTĐCS instead of refusing", () => {
    const people = GOOD.map((rating, i) => staff(`M${i}`, "P1", { rating }));
    const result = evaluate(
      register({
        units: [unit("P1")],
        staff: people,
        pledges: [
          pledgeSheet(
            "P1",
            people.map((p, i) => ({
              code: p.code,
              title: i === 0 ? ("CSTDCS" as const) : ("LDTT" as const),
            })),
            { title: "TTLDXS" }
          ),
        ],
      })
    );
    expect(result.find("CSTDCS", "M0")!.status).toBe("awaiting_vote");
    expect(result.find("TTLDXS", "P1")!.status).toBe("awaiting_vote");
    expect(result.find("TTLDXS", "P1")!.reasons.join()).toContain(
      "Không có cá nhân nào đạt CSTĐCS năm 2024 (CSTĐCS của Người M0 (M0) còn chờ kết quả bỏ phiếu)"
    );
  });

  it("refuses when something else fails besides the pending vote", () => {
    const people = GOOD.map((rating, i) => staff(`M${i}`, "P1", { rating }));
    const result = evaluate(
      register({
        units: [unit("P1", { rating: "HTTNV" })],
        staff: people,
        pledges: [
          pledgeSheet(
            "P1",
            people.map((p, i) => ({
              code: p.code,
              title: i === 0 ? ("CSTDCS" as const) : ("LDTT" as const),
            })),
            { title: "TTLDXS" }
          ),
        ],
      })
    );
    expect(result.find("TTLDXS", "P1")!.status).toBe("not_eligible");
  });
});
