import { AWARD_KEYS, awardByKey } from "../../../src/domain/rulebook/award-catalogue";
import { DEFAULT_RULEBOOK } from "../../../src/domain/rulebook/default-rulebook";
import type { RuleDefinition } from "../../../src/domain/rulebook/rule-definition";
import { parseRulebook } from "../../../src/domain/rulebook/rulebook-schema";
import { LDTT_RULE } from "../../../src/domain/rulebook/rules/ldtt.rule";
import { CSTDCS_RULE } from "../../../src/domain/rulebook/rules/cstdcs.rule";

describe("the default rulebook", () => {
  it("defines every key of the catalogue once, with a legal source", () => {
    expect(DEFAULT_RULEBOOK.rules.map((r) => r.key).sort()).toEqual([...AWARD_KEYS].sort());
    for (const rule of DEFAULT_RULEBOOK.rules) expect(rule.source).toMatch(/Luật|Nghị định|NĐ/);
  });

  it("gives every parameter a label and a source", () => {
    for (const p of DEFAULT_RULEBOOK.parameters) {
      expect(p.label.length).toBeGreaterThan(3);
      expect(p.source.length).toBeGreaterThan(10);
    }
  });

  it("only has variants the catalogue allows (individual/collective)", () => {
    for (const rule of DEFAULT_RULEBOOK.rules) {
      const scope = awardByKey(rule.key).scope;
      if (rule.individual) expect(["individual", "both"]).toContain(scope);
      if (rule.collective) expect(["collective", "both"]).toContain(scope);
    }
  });

  it("orders each rule after what it reads", () => {
    const pos = new Map(DEFAULT_RULEBOOK.order.map((k, i) => [k, i]));
    const before = (a: string, b: string) => {
      expect(pos.get(a as never)!).toBeLessThan(pos.get(b as never)!);
    };
    before("LDTT", "CSTDCS");
    before("CSTDCS", "CSTD_TINH");
    before("CSTDCS", "BK_TINH");
    before("LDTT", "TTLDTT");
    before("CSTDCS", "TTLDXS");
    before("TTLDXS", "BK_TINH");
    before("BK_TINH", "BK_TTG");
    before("CO_TINH", "BK_TTG");
  });
});

describe("parseRulebook (zod at load)", () => {
  const book = (rules: unknown[]) => ({ name: "thử", source: "thử", rules });

  it("accepts a province's rulebook that only changes data", () => {
    const stricter: RuleDefinition = {
      ...LDTT_RULE,
      individual: { conditions: [{ use: "rating-in", args: { ratings: ["HTXSNV"] } }] },
    };
    expect(parseRulebook(book([stricter])).ok).toBe(true);
  });

  it.each<[string, unknown[], RegExp]>([
    [
      "an unknown condition",
      [{ ...LDTT_RULE, individual: { conditions: [{ use: "no-such-thing" }] } }],
      /unknown condition: no-such-thing/,
    ],
    [
      "a bad argument",
      [
        {
          ...LDTT_RULE,
          individual: { conditions: [{ use: "rating-in", args: { ratings: ["GIỎI"] } }] },
        },
      ],
      /rating-in/,
    ],
    [
      "an unknown parameter",
      [
        {
          ...LDTT_RULE,
          individual: {
            conditions: [{ use: "min-months-worked", args: { months: { param: "nope" } } }],
          },
        },
      ],
      /unknown parameter: nope/,
    ],
    ["an unknown key", [{ ...LDTT_RULE, key: "HUAN_CHUONG" }], /key/],
    [
      "a collective variant of an individual title",
      [{ ...LDTT_RULE, collective: LDTT_RULE.individual }],
      /does not give it to collective/,
    ],
    ["a missing dependency", [CSTDCS_RULE], /needs LDTT/],
    ["a duplicate", [LDTT_RULE, LDTT_RULE], /defined twice/],
    ["an extra field", [{ ...LDTT_RULE, colour: "red" }], /colour|Unrecognized/],
  ])("rejects %s", (_name, rules, message) => {
    const result = parseRulebook(book(rules));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join("\n")).toMatch(message);
  });

  it("rejects rules that depend on each other in a circle", () => {
    const a: RuleDefinition = {
      ...LDTT_RULE,
      individual: { conditions: [{ use: "title-this-year", args: { award: "CSTDCS" } }] },
    };
    const result = parseRulebook(book([a, CSTDCS_RULE]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join()).toContain("in a cycle");
  });
});
