/** Every proposal says who decides it and, above the Sở, what happens next (rules.md, "Council votes"). */
import { AWARD_CATALOGUE } from "../../../src/domain/rulebook/award-catalogue";
import { DEFAULT_RULEBOOK } from "../../../src/domain/rulebook/default-rulebook";
import { parseRulebook } from "../../../src/domain/rulebook/rulebook-schema";
import { evaluate, pledgeSheet, register, staff, unit } from "../fixtures-rules/register-builder";

describe("decidedBy and nextStep", () => {
  const result = evaluate(
    register({
      units: [unit("VP")],
      staff: [staff("CB1", "VP", { rating: "HTXSNV" })],
      pledges: [
        pledgeSheet("VP", [{ code: "CB1", title: "LDTT", award: "BK_TINH" }], {
          title: "TTLDXS",
          award: "BK_BO",
        }),
      ],
    })
  );

  it.each<[string, string, string, boolean]>([
    ["LDTT", "CB1", "Giám đốc Sở", false],
    ["BK_TINH", "CB1", "Chủ tịch UBND tỉnh", true],
    ["TTLDXS", "VP", "Chủ tịch UBND tỉnh", true],
    ["TTLDTT", "VP", "Giám đốc Sở", false],
    ["BK_BO", "VP", "Bộ trưởng", true],
  ])("%s of %s: decided by %s, next step given: %p", (award, subject, decidedBy, hasNext) => {
    const p = result.proposals.find((x) => x.award === award && x.subject === subject);
    expect(p?.decidedBy).toBe(decidedBy);
    if (hasNext) expect(p?.nextStep).toMatch(/\S/);
    else expect(p?.nextStep).toBeNull();
  });

  it("the default rulebook has a next step for every title decided above the Sở, and none below", () => {
    for (const a of AWARD_CATALOGUE) {
      const rule = DEFAULT_RULEBOOK.byKey.get(a.key);
      expect([a.key, rule?.nextStep !== undefined]).toEqual([a.key, a.authority !== "GIAM_DOC_SO"]);
    }
  });

  it("a rulebook whose flag lacks a next step is refused", () => {
    const rules = DEFAULT_RULEBOOK.rules.map((r) =>
      r.key === "CO_TINH" ? { ...r, nextStep: undefined } : r
    );
    const parsed = parseRulebook({ name: "x", source: "y", rules });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(" ")).toContain("CO_TINH: no nextStep");
  });
});
