/**
 * One achievement is rewarded once (rules.md v2, "Achievement periods"): boundary tables at each
 * period edge (the last year inside an earlier period, the year right after it), award kinds,
 * the BK_TINH/BK_BO exclusivity of one run, and a property over random histories.
 */
import fc from "fast-check";
import type { AwardKind, HistoryRecord } from "../../../src/domain/model";
import { individual74 } from "../fixtures-rules/article-74";
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

/** CSTĐCS 2023 (history) and 2024 (this run) + the given earlier records; BK_TINH pledged. */
function bkTinh(earlier: readonly HistoryRecord[]) {
  return evaluate(
    individual74("BK_TINH", {
      past: [history("CB1", 2023, "CSTDCS"), ...earlier],
      cstdcsNow: true,
    })
  ).find("BK_TINH", "CB1")!;
}

describe("Bằng khen tỉnh after an earlier Bằng khen (grounds 2023–2024)", () => {
  it.each<[string, HistoryRecord[], string, string | null]>([
    [
      "earlier BK_TINH 2023 (default period 2022–2023): 2023 is the last year inside",
      [history("CB1", 2023, "BK_TINH", "12/QĐ-UBND")],
      "not_eligible",
      "Thành tích năm 2023 đã được khen thưởng: Bằng khen tỉnh năm 2023 (QĐ số 12/QĐ-UBND), thành tích 2022–2023",
    ],
    [
      "earlier BK_TINH 2022 (2021–2022): 2023 is the year right after",
      [history("CB1", 2022, "BK_TINH", "8/QĐ-UBND")],
      "proposed",
      null,
    ],
    [
      "earlier BK_TINH 2023 whose decision names 2021–2022",
      [history("CB1", 2023, "BK_TINH", "12/QĐ-UBND", { periodFrom: 2021, periodTo: 2022 })],
      "proposed",
      null,
    ],
    [
      "earlier BK_TINH 2023 with only Thành tích đến năm 2023 (window 2022–2023)",
      [history("CB1", 2023, "BK_TINH", "12/QĐ-UBND", { periodTo: 2023 })],
      "not_eligible",
      "thành tích 2022–2023",
    ],
    [
      "earlier BK_TINH 2023 with only Thành tích từ năm 2023",
      [history("CB1", 2023, "BK_TINH", "12/QĐ-UBND", { periodFrom: 2023 })],
      "not_eligible",
      "thành tích 2023",
    ],
    [
      "earlier BK_TINH 2023 of kind Đột xuất blocks nothing",
      [history("CB1", 2023, "BK_TINH", "12/QĐ-UBND", { awardKind: "DOT_XUAT" })],
      "proposed",
      null,
    ],
    [
      "earlier BK_TINH 2023 of kind Chuyên đề blocks nothing",
      [history("CB1", 2023, "BK_TINH", "12/QĐ-UBND", { awardKind: "CHUYEN_DE" })],
      "proposed",
      null,
    ],
    [
      "earlier BK_BO 2023 (2022–2023): the same achievement under another Bằng khen",
      [history("CB1", 2023, "BK_BO", "3/QĐ-BKHCN")],
      "not_eligible",
      "Bằng khen Bộ năm 2023",
    ],
    [
      "earlier CSTĐ cấp tỉnh 2023 is another key",
      [history("CB1", 2023, "CSTD_TINH", "4/QĐ-UBND")],
      "proposed",
      null,
    ],
  ])("%s", (_name, earlier, status, reason) => {
    const p = bkTinh(earlier);
    expect(p.status).toBe(status);
    if (reason === null) expect(p.reasons).toEqual([]);
    else expect(p.reasons.join(" | ")).toContain(reason);
  });

  it("a CSTĐCS of kind Chuyên đề is no ground", () => {
    const p = evaluate(
      individual74("BK_TINH", {
        past: [history("CB1", 2023, "CSTDCS", "", { awardKind: "CHUYEN_DE" })],
        cstdcsNow: true,
        rating: "HTTNV",
      })
    ).find("BK_TINH", "CB1")!;
    expect(p.status).toBe("not_eligible");
    expect(p.reasons.join(" ")).toContain("thiếu năm 2023");
  });
});

describe("CSTĐ cấp tỉnh after an earlier one (grounds: CSTĐCS 2022–2024)", () => {
  function cstdTinh(earlierYear: number) {
    return evaluate(
      register({
        units: [unit("VP")],
        staff: [staff("CB1", "VP", { rating: "HTXSNV" })],
        history: [
          history("CB1", 2022, "CSTDCS"),
          history("CB1", 2023, "CSTDCS"),
          history("CB1", earlierYear, "CSTD_TINH", "5/QĐ-UBND"),
        ],
        initiatives: [initiative("CB1", 2024, "TINH")],
        pledges: [pledgeSheet("VP", [{ code: "CB1", title: "CSTD_TINH" }])],
        votes: [vote("CB1", "CSTDCS", 9), vote("CB1", "CSTD_TINH", 9)],
      })
    ).find("CSTD_TINH", "CB1")!;
  }

  it.each<[number, string]>([
    [2022, "not_eligible"], // 2020–2022: 2022 is the last year inside
    [2021, "proposed"], // 2019–2021: 2022 is the year right after
  ])("earlier award in %i → %s", (earlierYear, status) => {
    expect(cstdTinh(earlierYear).status).toBe(status);
  });
});

describe("one run: at most one of Bằng khen tỉnh and Bằng khen Bộ", () => {
  const result = evaluate(
    register({
      units: [unit("VP")],
      staff: [staff("CB1", "VP", { rating: "HTXSNV" })],
      history: [history("CB1", 2023, "CSTDCS")],
      pledges: [
        pledgeSheet("VP", [
          { code: "CB1", title: "CSTDCS", award: "BK_TINH" },
          { code: "CB1", award: "BK_BO" },
        ]),
      ],
      votes: [vote("CB1", "CSTDCS", 9)],
    })
  );

  it("evaluates the one pledged first", () => {
    expect(result.find("BK_TINH", "CB1")?.status).toBe("proposed");
  });

  it("leaves the other out, naming the first", () => {
    const other = result.find("BK_BO", "CB1")!;
    expect(other.status).toBe("not_eligible");
    expect(other.reasons.join(" ")).toContain("Cùng thành tích đã đề nghị Bằng khen tỉnh");
  });
});

describe("an award proposed in this run is no ground of another", () => {
  it("a flag proposed now does not count for Bằng khen Thủ tướng's window", () => {
    const reg = register({
      units: [unit("VP", { rating: "HTXSNV", bloc: "Khối kinh tế", blocRank: 1 })],
      staff: [staff("CB1", "VP", { rating: "HTXSNV" })],
      history: [
        history("VP", 2018, "BK_TINH", "1/QĐ-UBND"),
        ...[2020, 2021, 2022, 2023].map((y) => history("VP", y, "HTXSNV")),
      ],
      pledges: [
        pledgeSheet("VP", [{ code: "CB1", title: "CSTDCS" }], {
          title: "CO_TINH",
          award: "BK_TTG",
        }),
      ],
      votes: [vote("CB1", "CSTDCS", 9), vote("VP", "CO_TINH", 9)],
    });
    const result = evaluate(reg);
    expect(result.find("CO_TINH", "VP")?.status).toBe("proposed");
    const bk = result.find("BK_TTG", "VP")!;
    expect(bk.status).toBe("not_eligible");
    expect(bk.reasons.join(" ")).toContain("có 0 lần Cờ thi đua tỉnh");
  });
});

describe("property: no proposal's ground year lies inside an earlier award's period of its key", () => {
  const kinds: AwardKind[] = ["CONG_TRANG", "DOT_XUAT", "CHUYEN_DE"];
  const earlierAward = fc.record({
    key: fc.constantFrom("BK_TINH" as const, "BK_BO" as const),
    year: fc.integer({ min: 2015, max: 2023 }),
    span: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    kind: fc.constantFrom(...kinds),
  });

  it("holds for Bằng khen tỉnh over random earlier Bằng khen and CSTĐCS years", () => {
    fc.assert(
      fc.property(
        fc.array(earlierAward, { maxLength: 4 }),
        fc.subarray([2021, 2022, 2023]),
        fc.boolean(),
        (awards, cstdcsYears, htxsnv) => {
          const past = [
            ...cstdcsYears.map((y) => history("CB1", y, "CSTDCS")),
            ...(htxsnv ? [history("CB1", 2023, "HTXSNV")] : []),
            ...awards.map((a) =>
              history("CB1", a.year, a.key, `${a.year}/QĐ`, {
                awardKind: a.kind,
                ...(a.span === null ? {} : { periodFrom: a.year - a.span, periodTo: a.year }),
              })
            ),
          ];
          const initiatives = htxsnv
            ? [initiative("CB1", 2023, "CO_SO"), initiative("CB1", 2024, "CO_SO")]
            : [];
          const p = evaluate(individual74("BK_TINH", { past, cstdcsNow: true, initiatives })).find(
            "BK_TINH",
            "CB1"
          )!;
          if (p.status !== "proposed") return;
          // Every ground year of either route is 2023 or 2024.
          for (const r of past) {
            if (
              r.awardKind !== "CONG_TRANG" ||
              (r.awardKey !== "BK_TINH" && r.awardKey !== "BK_BO")
            )
              continue;
            const to = r.periodTo ?? r.year!;
            expect(to).toBeLessThan(2023);
          }
        }
      ),
      { numRuns: 200 }
    );
  });
});
