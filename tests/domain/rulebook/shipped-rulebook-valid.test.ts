/**
 * The shipped rulebook is trusted data: a run binds its conditions' arguments without zod
 * (rule-definition.ts). These tests are where zod checks it instead: its shape, every condition's
 * arguments, and the arguments a run can build from any value a `Cấu hình` parameter accepts.
 */
import fc from "fast-check";
import { z } from "zod";
import { CONDITIONS } from "../../../src/domain/rulebook/conditions/registry";
import {
  RULEBOOK_VERSIONS,
  shippedRulebookSource,
} from "../../../src/domain/rulebook/default-rulebook";
import { DISCIPLINE_LEVELS } from "../../../src/domain/rulebook/discipline";
import { LEGAL_BASES } from "../../../src/domain/rulebook/legal-basis";
import {
  parseParameterValue,
  type ParameterDefinition,
  type ParameterValues,
} from "../../../src/domain/rulebook/parameter-definition";
import {
  bindSteps,
  defaultsOf,
  isAnyOf,
  resolveArgs,
  variantOf,
  type ConditionSpec,
  type ConditionStep,
  type Rulebook,
} from "../../../src/domain/rulebook/rule-definition";
import { parseRulebook } from "../../../src/domain/rulebook/rulebook-schema";

/** Every condition step of a rulebook's variants, with the kind of subject it is for. */
function stepsOf(rulebook: Rulebook): { step: ConditionSpec; kind: string }[] {
  const out: { step: ConditionSpec; kind: string }[] = [];
  const walk = (steps: readonly ConditionStep[], kind: string): void => {
    for (const step of steps) {
      if (isAnyOf(step)) for (const alt of step.anyOf) walk(alt.all, kind);
      else out.push({ step, kind });
    }
  };
  for (const rule of rulebook.rules) {
    for (const kind of ["individual", "collective"] as const) {
      const variant = variantOf(rule, kind);
      if (variant) walk(variant.conditions, kind);
    }
  }
  return out;
}

/** Binds every variant with zod checking each condition's arguments; the errors found. */
function zodBindErrors(rulebook: Rulebook, params: ParameterValues): string[] {
  const errors: string[] = [];
  for (const rule of rulebook.rules) {
    for (const kind of ["individual", "collective"] as const) {
      const variant = variantOf(rule, kind);
      if (!variant) continue;
      const bound = bindSteps(variant.conditions, params, kind, z);
      if (!bound.ok) errors.push(`${rule.key} (${kind}): ${bound.error}`);
    }
  }
  return errors;
}

/** Arguments zod would change (defaults, transforms, stripped keys): the trusted bind must not differ. */
function changedByZod(rulebook: Rulebook, params: ParameterValues): string[] {
  const changed: string[] = [];
  for (const { step } of stepsOf(rulebook)) {
    const condition = CONDITIONS.get(step.use);
    if (!condition) continue; // reported by zodBindErrors
    const args = resolveArgs(step.args, params);
    const parsed = condition.schema(z).safeParse(args);
    if (parsed.success && JSON.stringify(parsed.data) !== JSON.stringify(args))
      changed.push(`${step.use}: ${JSON.stringify(args)} → ${JSON.stringify(parsed.data)}`);
  }
  return changed;
}

/** Raw `Cấu hình` cell values of every form people type, valid or not. */
const rawValue: fc.Arbitrary<string | number> = fc.oneof(
  fc.integer({ min: -5, max: 150 }),
  fc.double({ min: -2, max: 200 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1e308, 0, 1, 12, 13),
  fc.integer({ min: -5, max: 150 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 99 }))
    .map(([a, b]) => `${a},${b}`),
  fc.integer({ min: -5, max: 150 }).map((n) => `${n}%`),
  fc.constantFrom(
    ...DISCIPLINE_LEVELS,
    "kỷ luật cảnh cáo (QĐ 12)",
    "không",
    "có",
    "x",
    "",
    "HTXSNV;HTTNV",
    "abc"
  ),
  fc.string({ maxLength: 12 })
);

describe("the shipped rulebook, checked by zod (a run trusts it)", () => {
  it.each(LEGAL_BASES.map((b) => [b.id, b] as const))(
    "version %s passes the zod check of shape and arguments",
    (_id, basis) => {
      const parsed = parseRulebook(shippedRulebookSource(basis));
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    }
  );

  it.each(RULEBOOK_VERSIONS.map((r) => [r.name, r] as const))(
    "%s: zod leaves every argument as the trusted bind uses it (no default, transform or extra key)",
    (_name, rulebook) => {
      const defaults = defaultsOf(rulebook.parameters);
      expect(stepsOf(rulebook).length).toBeGreaterThan(10);
      expect(zodBindErrors(rulebook, defaults)).toEqual([]);
      expect(changedByZod(rulebook, defaults)).toEqual([]);
    }
  );

  it.each(RULEBOOK_VERSIONS.map((r) => [r.name, r] as const))(
    "%s: any value a Cấu hình parameter accepts still binds under zod, unchanged",
    (_name, rulebook) => {
      const defaults = defaultsOf(rulebook.parameters);
      fc.assert(
        fc.property(
          fc.constantFrom(...rulebook.parameters),
          rawValue,
          (definition: ParameterDefinition, raw) => {
            const parsed = parseParameterValue(definition, raw);
            if (!parsed.ok) return;
            const params = { ...defaults, [definition.id]: parsed.value };
            expect(zodBindErrors(rulebook, params)).toEqual([]);
            expect(changedByZod(rulebook, params)).toEqual([]);
          }
        ),
        { numRuns: 300 }
      );
    }
  );

  it("would catch a parameter whose accepted values a condition refuses", () => {
    const rulebook = RULEBOOK_VERSIONS[0]!;
    const params = defaultsOf(rulebook.parameters);
    // cstdTinhYears feeds title-streak's `years` (a whole number ≥ 1).
    expect(zodBindErrors(rulebook, { ...params, cstdTinhYears: 0 }).join()).toContain(
      "title-streak"
    );
    expect(zodBindErrors(rulebook, { ...params, ldttMinMonths: 13 }).join()).toContain(
      "min-months-worked"
    );
    // And arguments zod would not pass through unchanged (here a key it strips).
    const ldtt = rulebook.byKey.get("LDTT")!;
    const extra = {
      ...rulebook,
      rules: [
        {
          ...ldtt,
          individual: { conditions: [{ use: "rating-in", args: { ratings: ["HTXSNV"], x: 1 } }] },
        },
      ],
    };
    expect(changedByZod(extra, params).join()).toContain("rating-in");
  });
});
