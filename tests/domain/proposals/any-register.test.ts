/**
 * Whatever the register holds, evaluation and the output sheets never throw, every entry that
 * is not proposed says why, and every proposed entry has no reasons.
 */
import { LANGUAGES } from "../../../src/domain/messages/language";
import { reasonTexts } from "../../../src/domain/messages/proposal-reason-text";
import fc from "fast-check";
import type { AwardKey, Rating } from "../../../src/domain/model";
import { buildCheckSheet } from "../../../src/domain/output/check-sheet";
import { buildProposalSheet } from "../../../src/domain/output/proposal-sheet";
import { buildScoreSheet } from "../../../src/domain/output/score-sheet";
import { evaluateProposals } from "../../../src/domain/proposals/evaluate-proposals";
import { AWARD_KEYS } from "../../../src/domain/rulebook/award-catalogue";
import { resolveParameters } from "../../../src/domain/rulebook/parameters";
import { scoreUnits } from "../../../src/domain/scoring/score-units";
import {
  criterion,
  history,
  initiative,
  pledgeSheet,
  register,
  scoreSheet,
  settings,
  staff,
  unit,
  vote,
} from "../fixtures-rules/register-builder";

const rating = fc.constantFrom<Rating | null>("HTXSNV", "HTTNV", "HTNV", "KHTNV", null);
const award = fc.constantFrom<AwardKey>(...AWARD_KEYS);
const code = fc.constantFrom("A", "B", "C", "P1", "P2", "P3", "P4", "P5", "X9");

const registerArb = fc
  .record({
    units: fc.array(
      fc.record({
        code: fc.constantFrom("A", "B", "C"),
        rating,
        order: fc.option(fc.integer({ min: 0, max: 5 })),
      }),
      { maxLength: 3 }
    ),
    people: fc.array(
      fc.record({
        code: fc.constantFrom("P1", "P2", "P3", "P4", "P5"),
        unit: fc.constantFrom("A", "B", "C", "Z"),
        rating,
        months: fc.option(fc.integer({ min: 0, max: 12 })),
        maternity: fc.boolean(),
        discipline: fc.option(
          fc.constantFrom("Khiển trách", "Cảnh cáo", "Buộc thôi việc", "??", "")
        ),
        name: fc.constantFrom("Nguyễn Văn An", "=SUM(A1)", "+84", "Lê Thị Bình", ""),
      }),
      { maxLength: 6 }
    ),
    history: fc.array(
      fc.tuple(
        code,
        fc.integer({ min: 2015, max: 2026 }),
        fc.oneof(award, fc.constantFrom<Rating>("HTXSNV", "HTTNV", "HTNV"))
      ),
      { maxLength: 12 }
    ),
    initiatives: fc.array(
      fc.tuple(
        code,
        fc.option(fc.integer({ min: 2018, max: 2026 })),
        fc.constantFrom("CO_SO" as const, "TINH" as const, "TOAN_QUOC" as const, null)
      ),
      { maxLength: 5 }
    ),
    pledges: fc.array(
      fc.tuple(
        fc.constantFrom("A", "B", "C", "Z"),
        fc.array(fc.tuple(code, fc.option(award), fc.option(award)), { maxLength: 4 }),
        fc.option(award),
        fc.option(award)
      ),
      { maxLength: 3 }
    ),
    votes: fc.array(
      fc.tuple(
        code,
        award,
        fc.option(fc.integer({ min: -1, max: 12 })),
        fc.option(fc.integer({ min: 0, max: 10 }))
      ),
      { maxLength: 6 }
    ),
    scores: fc.array(
      fc.tuple(
        fc.constantFrom("A", "B", "C"),
        fc.option(fc.integer({ min: 0, max: 60 })),
        fc.option(fc.integer({ min: 0, max: 40 }))
      ),
      { maxLength: 3 }
    ),
    year: fc.option(fc.constantFrom(2024, 2025)),
    council: fc.option(fc.integer({ min: 0, max: 15 })),
    quota: fc.constantFrom("", "10%", "0", "abc"),
  })
  .map((r) =>
    register({
      settings: settings(
        { year: r.year, councilMembers: r.council },
        { "Tỷ lệ CSTĐCS tối đa": r.quota }
      ),
      units: r.units.map((u) => unit(u.code, { rating: u.rating, order: u.order })),
      staff: r.people.map((p) =>
        staff(p.code, p.unit, {
          rating: p.rating,
          monthsWorked: p.months,
          maternityLeave: p.maternity,
          discipline: p.discipline,
          name: p.name,
        })
      ),
      history: r.history.map(([s, y, w]) => history(s, y, w)),
      initiatives: r.initiatives.map(([s, y, scope]) => initiative(s, y, scope)),
      pledges: r.pledges.map(([u, rows, t, a]) =>
        pledgeSheet(
          u,
          rows.map(([c, title, aw]) => ({
            code: c,
            ...(title ? { title } : {}),
            ...(aw ? { award: aw } : {}),
          })),
          { ...(t ? { title: t } : {}), ...(a ? { award: a } : {}) }
        )
      ),
      votes: r.votes.map(([s, k, yes, members]) => vote(s, k, yes, members)),
      criteria: [criterion("1", 60), criterion("2", 40), criterion("3", 5, "minus")],
      scoreSheets: r.scores.map(([u, a, b]) =>
        scoreSheet(u, { "1": [a, a], "2": [b, b], "3": [0, 1] })
      ),
    })
  );

describe("any register", () => {
  it("evaluates without throwing and explains every entry that is not proposed", () => {
    fc.assert(
      fc.property(registerArb, (reg) => {
        const params = resolveParameters(reg.settings);
        const scoring = scoreUnits(reg, params.values);
        const result = evaluateProposals(reg, scoring.scores, params.values);
        for (const p of result.proposals) {
          if (p.status === "proposed") expect(p.reasons).toEqual([]);
          else expect(p.reasons.length).toBeGreaterThan(0);
          for (const language of LANGUAGES)
            for (const text of reasonTexts([...p.reasons, ...p.grounds], language))
              expect(text).not.toMatch(/undefined|NaN|\[object/);
        }
        for (const i of result.issues) expect(i.message).not.toMatch(/undefined|NaN|\[object/);
        const sheets = [
          buildCheckSheet([...params.issues, ...scoring.issues, ...result.issues]),
          buildScoreSheet(reg, scoring),
          buildProposalSheet(reg, result.proposals),
        ];
        for (const sheet of sheets) {
          for (const row of sheet.rows)
            for (const c of row) if (c?.style) expect(sheet.styles[c.style]).toBeDefined();
        }
      }),
      { numRuns: 300 }
    );
  });

  it("gives the same result twice", () => {
    fc.assert(
      fc.property(registerArb, (reg) => {
        const run = () => {
          const params = resolveParameters(reg.settings);
          const scoring = scoreUnits(reg, params.values);
          const result = evaluateProposals(reg, scoring.scores, params.values);
          return JSON.stringify([scoring, result, buildProposalSheet(reg, result.proposals)]);
        };
        expect(run()).toBe(run());
      }),
      { numRuns: 50 }
    );
  });
});
