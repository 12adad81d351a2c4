/**
 * Warnings of rulebook v2 on ratings and initiatives (rules.md, "Checks on ratings"):
 * - HTXSNV within each unit ≤ 20% of the unit's staff rated HTTNV or better, 25% when the unit
 *   itself is HTXSNV (parameter `Tỷ lệ HTXSNV tối đa`; Decree 233/2026 Art. 12(6), QĐ 366-QĐ/TW);
 * - a person disciplined at Cảnh cáo or heavier in y but rated HTTNV or better (Decree 233/2026
 *   Art. 12(4)(c));
 * - a `Sáng kiến` row without both `Số quyết định` and `Ngày công nhận` cannot be used as a ground
 *   until both are filled (Law Art. 3(4), 84(1)(d)).
 * Appraisal choice: the 25% applies to the unit rated HTXSNV, counted on staff rated HTTNV or
 * better (rules.md's wording; Decree 233 counts on "được xếp loại HTTNV", which includes HTXSNV).
 */
import type { Issue } from "../../issue";
import type { Staff } from "../../model";
import {
  DISCIPLINE_LEVELS,
  disciplineReaches,
  type DisciplineLevel,
} from "../../rulebook/discipline";
import { ratingAtLeast } from "../../rulebook/rating";

import { cellOf, makeIssue, type ValidationRule } from "../rule";
import { maxHtxsnvShare } from "./htxsnv-share";

/** Cảnh cáo, the lightest discipline that bars a rating of HTTNV or better (Decree 233/2026 Art. 12(4)(c)). */
const WARNING_REPRIMAND: DisciplineLevel = DISCIPLINE_LEVELS[1];

/** The extra share a unit rated HTXSNV may have (25% instead of 20%). */
export const EXCELLENT_UNIT_BONUS = 0.05;

export const v2RatingChecksRule: ValidationRule = {
  id: "v2-rating-checks",
  description:
    "Per-unit HTXSNV cap, discipline against rating, initiatives without their recognition (rules.md v2).",
  check: ({ register, params, index }) => {
    const issues: Issue[] = [];
    const base = maxHtxsnvShare(params.maxHtxsnvShare);
    const byUnit = new Map<string, { excellent: number; good: number }>();
    // Indexed loops over the roster: no iterator result per person (they run once, unoptimised).
    for (let k = 0; k < register.staff.length; k++) {
      const s = register.staff[k] as Staff;
      if (s.rating === null || !ratingAtLeast(s.rating, "HTTNV")) continue;
      const c = byUnit.get(s.unitCode) ?? { excellent: 0, good: 0 };
      c.good += 1;
      if (s.rating === "HTXSNV") c.excellent += 1;
      byUnit.set(s.unitCode, c);
    }
    for (const [code, c] of byUnit) {
      const unit = index.unitByCode.get(code);
      if (!unit) continue;
      const excellentUnit = unit.rating === "HTXSNV" ? 1 : 0;
      const share = base + excellentUnit * EXCELLENT_UNIT_BONUS;
      // Integer cap with a tolerance: 0.2 × 15 must give 3, not 3.0000000000000004.
      const cap = Math.floor(share * c.good + 1e-9);
      if (c.excellent <= cap) continue;
      issues.push(
        makeIssue("warning", "unit-htxsnv-share-exceeded", unit.src, cellOf(unit.src, "code"), {
          unit: unit.code,
          unitName: unit.name || unit.code,
          excellent: c.excellent,
          good: c.good,
          cap,
          share,
          excellentUnit,
        })
      );
    }
    for (let k = 0; k < register.staff.length; k++) {
      const s = register.staff[k] as Staff;
      if (s.rating === null || !ratingAtLeast(s.rating, "HTTNV")) continue;
      if (s.discipline === null || s.discipline.trim() === "") continue;
      if (!disciplineReaches(s.discipline, WARNING_REPRIMAND).reaches) continue;
      const cell = cellOf(s.src, "rating");
      issues.push(
        makeIssue("warning", "rating-despite-discipline", s.src, cell, {
          cell: cell ?? "",
          staff: s.code,
          name: s.name,
          discipline: s.discipline,
        })
      );
    }
    for (const i of register.initiatives) {
      if (i.decisionNo.trim() !== "" && i.recognisedOn !== null) continue;
      const field = i.decisionNo.trim() === "" ? "decisionNo" : "recognisedOn";
      const cell = cellOf(i.src, field);
      issues.push(
        makeIssue("warning", "initiative-without-decision", i.src, cell, {
          cell: cell ?? "",
          staff: i.staffCode,
          title: i.title,
        })
      );
    }
    return issues;
  },
};
