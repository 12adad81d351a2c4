import type { PledgeSheet } from "../../../src/domain/model";
import { evaluateProposals } from "../../../src/domain/proposals/evaluate-proposals";
import { DEFAULT_RULEBOOK } from "../../../src/domain/rulebook/default-rulebook";
import { DEFAULT_PARAMETER_VALUES } from "../../../src/domain/rulebook/parameters";
import { loadRulebook } from "../../../src/domain/rulebook/rule-definition";
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

  it.each<[string, PledgeSheet]>([
    ["a person missing from Cán bộ", pledgeSheet("VP", [{ code: "CB404", title: "LDTT" }])],
    ["an individual title pledged for a unit", pledgeSheet("VP", [], { title: "LDTT" })],
    [
      "a collective title pledged for a person",
      pledgeSheet("VP", [{ code: "CB1", title: "TTLDTT" }]),
    ],
  ])("skips %s, which validation reports at the same cell", (_name, sheet) => {
    const result = evaluate(
      register({ units: [unit("VP")], staff: [staff("CB1", "VP")], pledges: [sheet] })
    );
    expect(result.proposals).toEqual([]);
    expect(result.issues.filter((i) => i.code === "pledge-not-evaluable")).toEqual([]);
  });

  it("warns about a pledge the rulebook has no rule for", () => {
    const rules = DEFAULT_RULEBOOK.rules.filter((r) => r.key !== "CO_CP");
    const rulebook = loadRulebook({ name: "Quy định của tỉnh", source: "thử", rules });
    const reg = register({
      units: [unit("VP")],
      staff: [staff("CB1", "VP")],
      pledges: [pledgeSheet("VP", [], { title: "CO_CP" })],
    });
    const result = evaluateProposals(reg, [], DEFAULT_PARAMETER_VALUES, rulebook);
    expect(result.proposals).toEqual([]);
    expect(result.issues.filter((i) => i.code === "pledge-not-evaluable")).toEqual([
      expect.objectContaining({
        code: "pledge-not-evaluable",
        sheet: "ĐK-VP",
        cell: "C3",
        severity: "warning",
      }),
    ]);
    expect(result.issues[0]!.message).toContain("bộ quy tắc đang dùng không có điều kiện");
  });

  it("warns at the cell of missing data that blocks a pledge", () => {
    const result = evaluate(
      register({
        units: [unit("VP")],
        // The rating is the missing fact (an empty month count means the whole year).
        staff: [staff("CB1", "VP", { rating: null })],
        pledges: [pledgeSheet("VP", [{ code: "CB1", title: "CSTDCS" }])],
      })
    );
    const warning = result.issues.find((i) => i.code === "pledge-not-evaluable")!;
    expect(warning.sheet).toBe("Cán bộ");
    expect(warning.cell).toMatch(/^I\d+$/);
    expect(warning.message).toContain("chưa xét được LĐTT, CSTĐCS.");
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
