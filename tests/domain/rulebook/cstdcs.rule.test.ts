import fc from "fast-check";
import type { Initiative, Staff, Vote } from "../../../src/domain/model";
import {
  evaluate,
  initiative,
  pledgeSheet,
  register,
  settings,
  staff,
  unit,
  vote,
} from "../fixtures-rules/register-builder";

interface Case {
  readonly person?: Partial<Staff>;
  readonly votes?: (code: string) => Vote[];
  readonly initiatives?: (code: string) => Initiative[];
  readonly params?: Record<string, string | number>;
}

function cstdcs({
  person = { rating: "HTXSNV" },
  votes = (c) => [vote(c, "CSTDCS", 8)],
  initiatives = () => [],
  params = {},
}: Case) {
  const reg = register({
    settings: settings({}, params),
    units: [unit("VP")],
    staff: [staff("CB1", "VP", person)],
    pledges: [pledgeSheet("VP", [{ code: "CB1", title: "CSTDCS" }])],
    votes: votes("CB1"),
    initiatives: initiatives("CB1"),
  });
  return evaluate(reg);
}

describe("CSTDCS — Chiến sĩ thi đua cơ sở (Luật TĐKT Điều 23)", () => {
  it.each<[string, Case, string, string | null]>([
    ["HTXSNV with 8/9 votes", {}, "proposed", null],
    ["vote exactly 80% (8/10)", { votes: (c) => [vote(c, "CSTDCS", 8, 10)] }, "proposed", null],
    [
      "vote 79,9% (799/1000)",
      { votes: (c) => [vote(c, "CSTDCS", 799, 1000)] },
      "not_eligible",
      "799/1000 phiếu = 79,9% < 80%",
    ],
    ["vote 800/1000 = 80%", { votes: (c) => [vote(c, "CSTDCS", 800, 1000)] }, "proposed", null],
    [
      "vote 7/9 = 77,8%",
      { votes: (c) => [vote(c, "CSTDCS", 7)] },
      "not_eligible",
      "7/9 phiếu = 77,8% < 80% tổng số thành viên Hội đồng (cần ít nhất 8 phiếu)",
    ],
    [
      "no vote yet",
      { votes: () => [] },
      "awaiting_vote",
      "Chưa có kết quả bỏ phiếu của Hội đồng trong trang Bình xét (cần từ 80% của 9 thành viên trở lên, tức ít nhất 8 phiếu đồng ý)",
    ],
    [
      "vote row without yes-votes",
      { votes: (c) => [vote(c, "CSTDCS", null)] },
      "awaiting_vote",
      "Chưa có kết quả bỏ phiếu",
    ],
    [
      "more yes-votes than members",
      { votes: (c) => [vote(c, "CSTDCS", 10, 9)] },
      "not_eligible",
      "không hợp lệ",
    ],
    [
      "threshold lowered to 70% in Cấu hình",
      { votes: (c) => [vote(c, "CSTDCS", 7)], params: { "Tỷ lệ phiếu CSTĐCS": "70%" } },
      "proposed",
      null,
    ],
    [
      "threshold given as 0,75",
      { votes: (c) => [vote(c, "CSTDCS", 7)], params: { "Tỷ lệ phiếu CSTĐCS": "0,75" } },
      "proposed",
      null,
    ],
    [
      "HTTNV with an initiative recognised this year",
      { person: { rating: "HTTNV" }, initiatives: (c) => [initiative(c, 2024)] },
      "proposed",
      null,
    ],
    [
      "HTTNV with an initiative of last year only",
      { person: { rating: "HTTNV" }, initiatives: (c) => [initiative(c, 2023)] },
      "not_eligible",
      "Không có sáng kiến/đề tài được công nhận năm 2024",
    ],
    [
      "HTTNV without initiative",
      { person: { rating: "HTTNV" } },
      "not_eligible",
      "Xếp loại năm 2024: Hoàn thành tốt nhiệm vụ — cần Hoàn thành xuất sắc nhiệm vụ",
    ],
    [
      "not LĐTT (HTNV)",
      { person: { rating: "HTNV" } },
      "not_eligible",
      "Không đủ điều kiện LĐTT năm 2024",
    ],
    [
      "not LĐTT (khiển trách) and no vote: not awaiting",
      { person: { rating: "HTXSNV", discipline: "Khiển trách" }, votes: () => [] },
      "not_eligible",
      "Không đủ điều kiện LĐTT năm 2024",
    ],
  ])("%s", (_name, c, status, reason) => {
    const proposal = cstdcs(c).find("CSTDCS", "CB1")!;
    expect(proposal.status).toBe(status);
    if (reason === null) expect(proposal.reasons).toEqual([]);
    else expect(proposal.reasons.join(" | ")).toContain(reason);
  });

  it("evaluates the implied LĐTT as an unpledged entry", () => {
    const ldtt = cstdcs({}).find("LDTT", "CB1");
    expect(ldtt).toMatchObject({ status: "proposed", pledged: false, subjectKind: "individual" });
  });

  it("names both a failing condition and a failing vote", () => {
    const p = cstdcs({ person: { rating: "HTNV" }, votes: (c) => [vote(c, "CSTDCS", 5)] }).find(
      "CSTDCS",
      "CB1"
    )!;
    expect(p.reasons).toHaveLength(3); // not LĐTT, neither HTXSNV nor initiative, vote below 80%
  });

  it("lists the grounds: LĐTT, initiative with its decision, vote share", () => {
    const p = cstdcs({
      person: { rating: "HTTNV" },
      initiatives: (c) => [
        initiative(c, 2024, "CO_SO", { title: "Số hóa hồ sơ", decisionNo: "12/QĐ-SKHCN" }),
      ],
    }).find("CSTDCS", "CB1")!;
    expect(p.grounds).toEqual([
      "Đủ điều kiện LĐTT năm 2024",
      "Sáng kiến “Số hóa hồ sơ” (phạm vi Cơ sở; QĐ công nhận số 12/QĐ-SKHCN ngày 01/10/2024)",
      "Kết quả bỏ phiếu: 8/9 phiếu = 88,9% (từ 80% trở lên)",
    ]);
  });

  it("prints the rating, not the initiative, when HTXSNV alone suffices (rules.md)", () => {
    const p = cstdcs({
      initiatives: (c) => [
        initiative(c, 2024, "CO_SO", { title: "Số hóa hồ sơ", decisionNo: "12/QĐ-SKHCN" }),
      ],
    }).find("CSTDCS", "CB1")!;
    expect(p.grounds).toEqual([
      "Đủ điều kiện LĐTT năm 2024",
      "Xếp loại năm 2024: Hoàn thành xuất sắc nhiệm vụ",
      "Kết quả bỏ phiếu: 8/9 phiếu = 88,9% (từ 80% trở lên)",
    ]);
  });

  it("flags a bad threshold in Cấu hình and keeps the default", () => {
    const result = cstdcs({
      votes: (c) => [vote(c, "CSTDCS", 7)],
      params: { "Tỷ lệ phiếu CSTĐCS": "nhiều" },
    });
    expect(result.find("CSTDCS", "CB1")!.status).toBe("not_eligible");
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "parameter-invalid", sheet: "Cấu hình", cell: "B11" })
    );
  });
});

describe("CSTDCS quota (Tỷ lệ CSTĐCS tối đa) with the tie-break order of rules.md", () => {
  function quota(people: [string, Partial<Staff>, number][], extraLdtt: number, share: string) {
    const all = [
      ...people.map(([code, p]) => staff(code, "VP", p)),
      ...Array.from({ length: extraLdtt }, (_, i) => staff(`X${i}`, "VP")),
    ];
    const reg = register({
      settings: settings({}, { "Tỷ lệ CSTĐCS tối đa": share }),
      units: [unit("VP")],
      staff: all,
      pledges: [
        pledgeSheet("VP", [
          ...people.map(([code]) => ({ code, title: "CSTDCS" as const })),
          ...all.slice(people.length).map((s) => ({ code: s.code, title: "LDTT" as const })),
        ]),
      ],
      votes: people.map(([code, , yes]) => vote(code, "CSTDCS", yes)),
    });
    return evaluate(reg);
  }

  it.each<[string, [string, Partial<Staff>, number][], string]>([
    [
      "higher vote share is kept",
      [
        ["A", { rating: "HTXSNV" }, 8],
        ["B", { rating: "HTXSNV" }, 9],
      ],
      "A",
    ],
    [
      "equal votes and rating: women first",
      [
        ["A", { rating: "HTXSNV", gender: "Nam" }, 9],
        ["B", { rating: "HTXSNV", gender: "Nữ" }, 9],
      ],
      "A",
    ],
    [
      "all equal: Mã CB order",
      [
        ["B", { rating: "HTXSNV" }, 9],
        ["A", { rating: "HTXSNV" }, 9],
      ],
      "B",
    ],
  ])("%s", (_name, people, cutCode) => {
    // 4 people proposed for LĐTT, quota 25% → 1 CSTĐCS.
    const reg = quota(people, 2, "25%");
    const statuses = Object.fromEntries(
      people.map(([code]) => [code, reg.find("CSTDCS", code)!.status])
    );
    const expected = Object.fromEntries(
      people.map(([code]) => [code, code === cutCode ? "over_quota" : "proposed"])
    );
    expect(statuses).toEqual(expected);
    expect(reg.find("CSTDCS", cutCode)!.reasons[0]).toContain(
      "Vượt chỉ tiêu CSTĐCS: tối đa 25% của 4 cá nhân được đề nghị LĐTT = 1 người"
    );
  });

  it("ranks the higher rating first when votes are equal (HTTNV eligible by initiative)", () => {
    const reg = register({
      settings: settings({}, { "Tỷ lệ CSTĐCS tối đa": "25%" }),
      units: [unit("VP")],
      staff: [
        staff("A", "VP", { rating: "HTTNV", gender: "Nữ" }),
        staff("B", "VP", { rating: "HTXSNV" }),
        staff("C", "VP"),
        staff("D", "VP"),
      ],
      pledges: [
        pledgeSheet("VP", [
          { code: "A", title: "CSTDCS" },
          { code: "B", title: "CSTDCS" },
          { code: "C", title: "LDTT" },
          { code: "D", title: "LDTT" },
        ]),
      ],
      initiatives: [initiative("A", 2024)],
      votes: [vote("A", "CSTDCS", 9), vote("B", "CSTDCS", 9)],
    });
    const result = evaluate(reg);
    expect(result.find("CSTDCS", "B")!.status).toBe("proposed");
    expect(result.find("CSTDCS", "A")!.status).toBe("over_quota");
  });

  it("cuts nothing within the quota and nothing without a quota", () => {
    expect(
      quota(
        [
          ["A", { rating: "HTXSNV" }, 9],
          ["B", { rating: "HTXSNV" }, 9],
        ],
        2,
        "50%"
      ).proposals.filter((p) => p.status === "over_quota")
    ).toEqual([]);
    expect(
      quota(
        [
          ["A", { rating: "HTXSNV" }, 9],
          ["B", { rating: "HTXSNV" }, 9],
        ],
        0,
        ""
      ).proposals.filter((p) => p.status === "over_quota")
    ).toEqual([]);
  });
});

describe("CSTDCS quota, as a property", () => {
  it("keeps at most floor(share × LĐTT proposed), and never cuts someone with more votes than someone kept", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 8, max: 9 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 100 }),
        (votes, extra, percent) => {
          const people = votes.map((_, i) =>
            staff(`C${String(i).padStart(2, "0")}`, "VP", { rating: "HTXSNV" })
          );
          const others = Array.from({ length: extra }, (_, i) => staff(`L${i}`, "VP"));
          const reg = register({
            settings: settings({}, { "Tỷ lệ CSTĐCS tối đa": `${percent}%` }),
            units: [unit("VP")],
            staff: [...people, ...others],
            pledges: [
              pledgeSheet("VP", [
                ...people.map((p) => ({ code: p.code, title: "CSTDCS" as const })),
                ...others.map((p) => ({ code: p.code, title: "LDTT" as const })),
              ]),
            ],
            votes: people.map((p, i) => vote(p.code, "CSTDCS", votes[i]!)),
          });
          const result = evaluate(reg).proposals.filter((p) => p.award === "CSTDCS");
          const limit = Math.floor((percent * (people.length + extra)) / 100 + 1e-9);
          const kept = result.filter((p) => p.status === "proposed");
          const cut = result.filter((p) => p.status === "over_quota");
          expect(kept.length).toBe(Math.min(limit, people.length));
          expect(kept.length + cut.length).toBe(people.length);
          const votesOf = (code: string) => votes[Number(code.slice(1))]!;
          const minKept = Math.min(...kept.map((p) => votesOf(p.subject)));
          for (const p of cut) expect(votesOf(p.subject)).toBeLessThanOrEqual(minKept);
        }
      ),
      { numRuns: 60 }
    );
  });
});
