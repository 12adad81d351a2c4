/**
 * Reconciliation asks conditions only whether they hold (`holds`, `stepsHold`): on any register
 * and any statuses of this run, that answer is the one the full evaluation gives.
 */
import fc from "fast-check";
import { z } from "zod";
import type { AwardKey, InitiativeScope, Rating } from "../../../src/domain/model";
import { bindRulebook } from "../../../src/domain/proposals/evaluate-proposals";
import { runSteps, stepsHold } from "../../../src/domain/proposals/evaluate-steps";
import type { ProposalStatus } from "../../../src/domain/report";
import { AWARD_KEYS } from "../../../src/domain/rulebook/award-catalogue";
import type { BoundCondition } from "../../../src/domain/rulebook/conditions/condition";
import { CONDITIONS } from "../../../src/domain/rulebook/conditions/registry";
import { RULEBOOK_VERSIONS } from "../../../src/domain/rulebook/default-rulebook";
import {
  buildFacts,
  type EvaluationContext,
  type Subject,
} from "../../../src/domain/rulebook/facts";
import { resolveParameters } from "../../../src/domain/rulebook/parameters";
import type { BoundStep } from "../../../src/domain/rulebook/rule-definition";
import {
  YEAR,
  history,
  initiative,
  register,
  settings,
  staff,
  unit,
} from "../fixtures-rules/register-builder";

const rating = fc.constantFrom<Rating | null>("HTXSNV", "HTTNV", "HTNV", "KHTNV", null);
const award = fc.constantFrom<AwardKey>(...AWARD_KEYS);
const status = fc.constantFrom<ProposalStatus | undefined>(
  "proposed",
  "not_eligible",
  "awaiting_vote",
  "over_quota",
  undefined
);
const people = ["P1", "P2", "P3", "P4", "P5", "P6"];
const units = ["A", "B"];
const scopes: readonly InitiativeScope[] = ["CO_SO", "TINH", "TOAN_QUOC"];

const caseArb = fc.record({
  units: fc.array(fc.record({ code: fc.constantFrom(...units), rating }), { maxLength: 2 }),
  people: fc.array(
    fc.record({
      code: fc.constantFrom(...people),
      unit: fc.constantFrom("A", "B", "Z"),
      rating,
      months: fc.option(fc.integer({ min: 0, max: 12 })),
      maternity: fc.boolean(),
      discipline: fc.option(fc.constantFrom("Khiển trách", "Cảnh cáo", "??", "")),
    }),
    { maxLength: 7 }
  ),
  history: fc.array(
    fc.tuple(
      fc.constantFrom(...people, ...units),
      fc.integer({ min: YEAR - 7, max: YEAR + 1 }),
      fc.oneof(award, fc.constantFrom<Rating>("HTXSNV", "HTTNV", "HTNV"))
    ),
    { maxLength: 12 }
  ),
  initiatives: fc.array(
    fc.record({
      code: fc.constantFrom(...people),
      year: fc.option(fc.integer({ min: YEAR - 4, max: YEAR + 1 })),
      scope: fc.constantFrom<InitiativeScope | null>(...scopes, null),
      kind: fc.constantFrom("", "Sáng kiến", "Đề tài", " Đề tài "),
      decisionNo: fc.constantFrom("", "  ", "12/QĐ"),
    }),
    { maxLength: 8 }
  ),
  // Statuses of this run, by award, kind and code (absent: not evaluated).
  statuses: fc.dictionary(
    fc
      .tuple(
        award,
        fc.constantFrom("individual", "collective"),
        fc.constantFrom(...people, ...units)
      )
      .map((t) => t.join("|")),
    status
  ),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function contextOf(c: Case) {
  const reg = register({
    settings: settings({ year: YEAR }),
    units: c.units.map((u) => unit(u.code, { rating: u.rating })),
    staff: c.people.map((p) =>
      staff(p.code, p.unit, {
        rating: p.rating,
        monthsWorked: p.months,
        maternityLeave: p.maternity,
        discipline: p.discipline,
      })
    ),
    history: c.history.map(([s, y, w]) => history(s, y, w)),
    initiatives: c.initiatives.map((i) =>
      initiative(i.code, i.year, i.scope, { kind: i.kind, decisionNo: i.decisionNo })
    ),
  });
  const facts = buildFacts(reg, YEAR, []);
  const ctx: EvaluationContext = {
    facts,
    statusOf: (a, kind, code) => c.statuses[`${a}|${kind}|${code}`],
  };
  const subjects: Subject[] = [...facts.staffSubjects.values(), ...facts.unitSubjects.values()];
  return { reg, ctx, subjects };
}

function conditionsOf(steps: readonly BoundStep[]): BoundCondition[] {
  return steps.flatMap((s) =>
    s.kind === "condition" ? [s.condition] : s.alternatives.flatMap((a) => conditionsOf(a.all))
  );
}

/** The condition bound to `args`, which its schema must accept. */
function bind(name: string, args: unknown): BoundCondition {
  const condition = CONDITIONS.get(name);
  if (condition === undefined) throw new Error(`no condition ${name}`);
  const invalid = condition.check(args, z);
  if (invalid !== null) throw new Error(invalid);
  return condition.bind(args);
}

/** Conditions with a `holds` of their own, with arguments beyond those the rulebook uses. */
const boundArb = fc.oneof(
  fc.constantFrom(...AWARD_KEYS).map((a) => bind("title-this-year", { award: a })),
  fc
    .subarray<Rating>(["HTXSNV", "HTTNV", "HTNV", "KHTNV"], { minLength: 1 })
    .map((ratings) => bind("rating-in", { ratings })),
  // Optional arguments are sometimes left out (the predicate then reads its default).
  fc
    .record(
      {
        scopes: fc.option(fc.subarray([...scopes], { minLength: 1 })),
        withinYears: fc.option(fc.integer({ min: 1, max: 4 })),
        minCount: fc.integer({ min: 1, max: 3 }),
        sameKind: fc.boolean(),
      },
      { requiredKeys: [] }
    )
    .map((args) => bind("initiative", args)),
  fc
    .record(
      {
        award,
        share: fc.constantFrom(0, 0.5, 0.7, 1),
        countUnrateable: fc.oneof(fc.boolean(), fc.constantFrom(0, 1, 2)),
        minMonths: fc.integer({ min: 0, max: 12 }),
      },
      { requiredKeys: ["award", "share"] }
    )
    .map((args) => bind("members-title-share", args)),
  fc
    .record(
      {
        rating: fc.constantFrom<Rating>("HTXSNV", "HTTNV", "HTNV", "KHTNV"),
        countUnrateable: fc.oneof(fc.boolean(), fc.constantFrom(0, 1, 2)),
        minMonths: fc.integer({ min: 0, max: 12 }),
      },
      { requiredKeys: ["rating"] }
    )
    .map((args) => bind("members-min-rating", args)),
  fc
    .record({ award, min: fc.integer({ min: 1, max: 3 }) })
    .map((args) => bind("members-title-count", args))
);

describe("holds agrees with evaluate", () => {
  it("for every condition of the shipped rulebooks, on any register and statuses", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { reg, ctx, subjects } = contextOf(c);
        for (const rulebook of RULEBOOK_VERSIONS) {
          const params = resolveParameters(reg.settings, rulebook).values;
          for (const [id, variant] of bindRulebook(rulebook, params)) {
            for (const subject of subjects) {
              if (!id.endsWith(`|${subject.kind}`)) continue;
              for (const condition of conditionsOf(variant.steps)) {
                expect(condition.holds(subject, ctx)).toBe(condition.evaluate(subject, ctx).ok);
              }
              expect(stepsHold(variant.steps, subject, ctx)).toBe(
                runSteps(variant.steps, subject, ctx).ok
              );
            }
          }
        }
      }),
      { numRuns: 150 }
    );
  });

  it("for the conditions with a fast answer, with any arguments", () => {
    fc.assert(
      fc.property(caseArb, boundArb, (c, condition) => {
        const { ctx, subjects } = contextOf(c);
        for (const subject of subjects) {
          expect(condition.holds(subject, ctx)).toBe(condition.evaluate(subject, ctx).ok);
        }
      }),
      { numRuns: 400 }
    );
  });

  it("can tell a condition that holds from one that does not", () => {
    // The properties above would also pass if nothing ever held: here both answers occur.
    const { ctx } = contextOf({
      units: [],
      people: [
        { code: "P1", unit: "A", rating: "HTXSNV", months: 12, maternity: false, discipline: null },
        { code: "P2", unit: "A", rating: "HTNV", months: 12, maternity: false, discipline: null },
      ],
      history: [],
      initiatives: [],
      statuses: {},
    });
    const excellent = bind("rating-in", { ratings: ["HTXSNV"] });
    const [p1, p2] = [...ctx.facts.staffSubjects.values()];
    expect(excellent.holds(p1 as Subject, ctx)).toBe(true);
    expect(excellent.holds(p2 as Subject, ctx)).toBe(false);
  });
});
