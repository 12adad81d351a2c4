import fc from "fast-check";
import type { Staff, Unit } from "../../../src/domain/model";
import { evaluate, pledgeSheet, register, staff, unit } from "../fixtures-rules/register-builder";

interface Case {
  readonly members: number;
  /** Members rated HTNV (so not LĐTT). */
  readonly failing: number;
  readonly unitOver?: Partial<Unit>;
  readonly firstMember?: Partial<Staff>;
  /** Members who pledged nothing. */
  readonly unpledged?: number;
}

function ttldtt({
  members,
  failing,
  unitOver = { rating: "HTTNV" },
  firstMember = {},
  unpledged = 0,
}: Case) {
  const people = Array.from({ length: members }, (_, i) =>
    staff(`M${i}`, "P1", {
      ...(i < failing ? { rating: "HTNV" } : {}),
      ...(i === members - 1 ? firstMember : {}),
    })
  );
  return evaluate(
    register({
      units: [unit("P1", unitOver)],
      staff: people,
      pledges: [
        pledgeSheet(
          "P1",
          people.slice(unpledged).map((p) => ({ code: p.code, title: "LDTT" as const })),
          { title: "TTLDTT" }
        ),
      ],
    })
  );
}

describe("TTLDTT — Tập thể lao động tiên tiến (Luật TĐKT Điều 28)", () => {
  it.each<[string, Case, string, string | null]>([
    ["HTTNV unit, 7/8 members LĐTT", { members: 8, failing: 1 }, "proposed", null],
    ["exactly 70% (7/10)", { members: 10, failing: 3 }, "proposed", null],
    [
      "60% (6/10)",
      { members: 10, failing: 4 },
      "not_eligible",
      "6/10 cá nhân đạt LĐTT = 60% < 70%",
    ],
    [
      "5/8 = 62,5%",
      { members: 8, failing: 3 },
      "not_eligible",
      "5/8 cá nhân đạt LĐTT = 62,5% < 70%",
    ],
    [
      "69,9% (699/1000)",
      { members: 1000, failing: 301 },
      "not_eligible",
      "699/1000 cá nhân đạt LĐTT = 69,9% < 70%",
    ],
    ["70% (700/1000)", { members: 1000, failing: 300 }, "proposed", null],
    [
      "members who did not pledge LĐTT are not counted",
      { members: 10, failing: 0, unpledged: 4 },
      "not_eligible",
      "6/10 cá nhân đạt LĐTT = 60% < 70% (4 cá nhân không đăng ký LĐTT)",
    ],
    [
      "a member with khiển trách does not block the unit",
      { members: 10, failing: 0, firstMember: { discipline: "Khiển trách" } },
      "proposed",
      null,
    ],
    [
      "a member with cảnh cáo blocks the unit",
      { members: 10, failing: 0, firstMember: { discipline: "Cảnh cáo", name: "Trần Văn Bình" } },
      "not_eligible",
      "Có 1 cá nhân bị kỷ luật từ Cảnh cáo trở lên năm 2024: Trần Văn Bình (M9, Cảnh cáo)",
    ],
    [
      "a member with hạ bậc lương blocks the unit",
      { members: 10, failing: 0, firstMember: { discipline: "Hạ bậc lương" } },
      "not_eligible",
      "Hạ bậc lương",
    ],
    [
      "unit rated HTNV",
      { members: 4, failing: 0, unitOver: { rating: "HTNV" } },
      "not_eligible",
      "Xếp loại năm 2024: Hoàn thành nhiệm vụ — cần Hoàn thành tốt nhiệm vụ trở lên",
    ],
    [
      "unit not rated",
      { members: 4, failing: 0, unitOver: { rating: null } },
      "not_eligible",
      "Đơn vị chưa xếp loại chất lượng năm 2024",
    ],
  ])("%s", (_name, c, status, reason) => {
    const proposal = ttldtt(c).find("TTLDTT", "P1")!;
    expect(proposal).toMatchObject({ status, subjectKind: "collective", pledged: true });
    if (reason === null) expect(proposal.reasons).toEqual([]);
    else expect(proposal.reasons.join(" | ")).toContain(reason);
  });

  it("gives the member share as a ground", () => {
    expect(ttldtt({ members: 8, failing: 1 }).find("TTLDTT", "P1")!.grounds).toContain(
      "7/8 cá nhân đạt LĐTT = 87,5% (từ 70% trở lên)"
    );
  });

  it("warns once, at the unit's rating cell, that an unrated unit cannot be evaluated", () => {
    const issues = ttldtt({ members: 4, failing: 0, unitOver: { rating: null } }).issues;
    expect(issues.filter((i) => i.sheet === "Đơn vị").map((i) => i.code)).toEqual([
      "unit-rating-missing",
    ]);
  });
});

describe("TTLDTT member share, as a property", () => {
  it("is proposed exactly when 10 × LĐTT members ≥ 7 × members", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (members, failingRaw) => {
          const failing = Math.min(failingRaw, members);
          const proposal = ttldtt({ members, failing }).find("TTLDTT", "P1")!;
          const qualifies = 10 * (members - failing) >= 7 * members;
          expect(proposal.status).toBe(qualifies ? "proposed" : "not_eligible");
        }
      ),
      { numRuns: 60 }
    );
  });
});
