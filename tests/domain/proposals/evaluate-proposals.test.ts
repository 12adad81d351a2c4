import type { PledgeSheet } from "../../../src/domain/model";
import {
  evaluate,
  pledgeSheet,
  register,
  settings,
  staff,
  unit,
  vote,
} from "../fixtures-rules/register-builder";

describe("what gets evaluated", () => {
  it("evaluates a pledge pledged twice once", () => {
    const result = evaluate(
      register({
        units: [unit("VP")],
        staff: [staff("CB1", "VP")],
        pledges: [
          pledgeSheet("VP", [
            { code: "CB1", title: "LDTT" },
            { code: "CB1", title: "LDTT" },
          ]),
        ],
      })
    );
    expect(result.proposals).toHaveLength(1);
  });

  it("marks an implied title pledged when it is also pledged", () => {
    const result = evaluate(
      register({
        units: [unit("VP")],
        staff: [staff("CB1", "VP", { rating: "HTXSNV" }), staff("CB2", "VP")],
        pledges: [pledgeSheet("VP", [{ code: "CB1", title: "CSTDCS", award: "GK" }])],
        votes: [vote("CB1", "CSTDCS", 9)],
      })
    );
    expect(result.proposals.map((p) => [p.award, p.subject, p.pledged, p.status])).toEqual([
      ["LDTT", "CB1", false, "proposed"],
      ["CSTDCS", "CB1", true, "proposed"],
      ["GK", "CB1", true, "proposed"],
    ]);
  });

  it("evaluates nothing without a year and says so once", () => {
    const result = evaluate(
      register({
        settings: settings({ year: null }),
        units: [unit("VP")],
        staff: [staff("CB1", "VP")],
        pledges: [pledgeSheet("VP", [{ code: "CB1", title: "LDTT" }])],
      })
    );
    expect(result.proposals).toEqual([]);
    expect(result.issues.filter((i) => i.code === "pledges-not-evaluable")).toHaveLength(1);
  });

  it.each<[string, PledgeSheet, string]>([
    [
      "a person missing from Cán bộ",
      pledgeSheet("VP", [{ code: "CB404", title: "LDTT" }]),
      "Mã CB CB404 không có trong trang Cán bộ",
    ],
    [
      "an individual title pledged for a unit",
      pledgeSheet("VP", [], { title: "LDTT" }),
      "không xét danh hiệu/hình thức này cho tập thể",
    ],
    [
      "a collective title pledged for a person",
      pledgeSheet("VP", [{ code: "CB1", title: "TTLDTT" }]),
      "không xét danh hiệu/hình thức này cho cá nhân",
    ],
  ])("warns about a pledge it cannot evaluate: %s", (_name, sheet, message) => {
    const result = evaluate(
      register({ units: [unit("VP")], staff: [staff("CB1", "VP")], pledges: [sheet] })
    );
    const warning = result.issues.find((i) => i.code === "pledge-not-evaluable")!;
    expect(warning).toMatchObject({ severity: "warning", sheet: "ĐK-VP" });
    expect(warning.cell).not.toBeNull();
    expect(warning.message).toContain(message);
    expect(result.proposals.filter((p) => p.pledged)).toEqual([]);
  });
});

describe("reconciliation: eligible but not pledged", () => {
  function reconcile() {
    return evaluate(
      register({
        units: [unit("VP"), unit("P2", { rating: "HTTNV" })],
        staff: [
          staff("A", "VP", { name: "Nguyễn Văn An" }), // HTTNV, pledged nothing → LĐTT
          staff("B", "VP", { rating: "HTXSNV" }), // pledged LĐTT only → CSTĐCS
          staff("C", "VP", { rating: "HTXSNV" }), // pledged nothing → CSTĐCS only (implies LĐTT)
          staff("D", "VP", { rating: "HTNV" }), // not eligible → nothing
          staff("E", "P2"),
        ],
        pledges: [
          pledgeSheet("VP", [
            { code: "B", title: "LDTT" },
            { code: "D", title: "LDTT" },
          ]),
          pledgeSheet("P2", [{ code: "E", title: "LDTT" }]),
        ],
      })
    );
  }

  it("warns once per subject for the highest title met", () => {
    const warnings = reconcile().issues.filter((i) => i.code === "eligible-not-pledged");
    expect(
      warnings.map((w) => `${String(w.params?.subject)}:${String(w.params?.award)}`).sort()
    ).toEqual(["A:LDTT", "B:CSTDCS", "C:CSTDCS", "P2:TTLDTT"]);
  });

  it("says the vote is not counted, and points at the pledge row when there is one", () => {
    const warnings = reconcile().issues.filter((i) => i.code === "eligible-not-pledged");
    const b = warnings.find((w) => w.params?.subject === "B")!;
    expect(b).toMatchObject({ sheet: "ĐK-VP", cell: "D7" });
    expect(b.message).toContain(
      "đủ điều kiện “Chiến sĩ thi đua cơ sở” (chưa tính phần bỏ phiếu của Hội đồng) nhưng không đăng ký"
    );
    const a = warnings.find((w) => w.params?.subject === "A")!;
    expect(a.sheet).toBe("Cán bộ");
    expect(a.message).toContain("Nguyễn Văn An (A, đơn vị VP) đủ điều kiện “Lao động tiên tiến”");
  });

  it("does not warn about VP, whose members mostly did not pledge LĐTT", () => {
    const warnings = reconcile().issues.filter((i) => i.code === "eligible-not-pledged");
    expect(warnings.find((w) => w.params?.subject === "VP")).toBeUndefined();
  });
});

describe("scale", () => {
  it("evaluates 10,000 staff in 200 units", () => {
    const units = Array.from({ length: 200 }, (_, u) => unit(`U${u}`));
    const people = Array.from({ length: 10000 }, (_, i) =>
      staff(`CB${i}`, `U${i % 200}`, {
        rating: i % 10 === 0 ? "HTXSNV" : i % 7 === 0 ? "HTNV" : "HTTNV",
      })
    );
    const pledges = units.map((u) =>
      pledgeSheet(
        u.code,
        people
          .filter((p) => p.unitCode === u.code)
          .map((p, i) => ({
            code: p.code,
            title: i === 0 ? ("CSTDCS" as const) : ("LDTT" as const),
          })),
        { title: "TTLDXS", award: "BK_TINH" }
      )
    );
    const result = evaluate(
      register({
        units,
        staff: people,
        pledges,
        votes: people.filter((_, i) => i % 50 === 0).map((p) => vote(p.code, "CSTDCS", 9)),
      })
    );
    expect(result.proposals.filter((p) => p.award === "LDTT")).toHaveLength(10000);
    expect(result.proposals.filter((p) => p.award === "TTLDTT")).toHaveLength(200);
  });
});
