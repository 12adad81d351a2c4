import type { Issue } from "../../issue";
import { foldKey } from "../../text/normalize";
import { PLEDGE_PREFIX, SCORE_PREFIX } from "../../codec/register-layout";
import { cellOf, makeIssue, type ValidationRule } from "../rule";

interface UnitSheet {
  readonly sheet: string;
  readonly unitCode: string;
}

/**
 * Per-unit sheets (ĐK-, CĐ-) must name a known unit and each unit has at most one of each kind;
 * every unit should have both (a warning: the unit is then left out of pledges or scoring).
 */
export const unitSheetsRule: ValidationRule = {
  id: "unit-sheets",
  description: `${PLEDGE_PREFIX}/${SCORE_PREFIX} sheets name known units, one of each per unit, and every unit has both.`,
  check: ({ register, index }) => {
    const issues: Issue[] = [];
    const kinds = [
      {
        sheets: register.pledges as readonly UnitSheet[],
        kind: "pledge" as const,
        missingCode: "missing-pledge-sheet" as const,
      },
      {
        sheets: register.scoreSheets as readonly UnitSheet[],
        kind: "score" as const,
        missingCode: "missing-score-sheet" as const,
      },
    ];
    for (const kind of kinds) {
      const byUnit = new Map<string, UnitSheet>();
      for (const s of kind.sheets) {
        if (!index.unitByCode.has(s.unitCode)) {
          issues.push(
            makeIssue("error", "unknown-unit", { sheet: s.sheet }, null, {
              unit: s.unitCode,
              sheet: s.sheet,
              where: kind.kind,
            })
          );
          continue;
        }
        const key = foldKey(s.unitCode);
        const first = byUnit.get(key);
        if (first) {
          issues.push(
            makeIssue("error", "duplicate-unit-sheet", { sheet: s.sheet }, null, {
              unit: s.unitCode,
              sheet: s.sheet,
              other: first.sheet,
              kind: kind.kind,
            })
          );
        } else {
          byUnit.set(key, s);
        }
      }
      if (kind.missingCode === "missing-score-sheet" && register.criteria.length === 0) continue;
      const seenUnits = new Set<string>();
      for (const unit of register.units) {
        const key = foldKey(unit.code);
        if (byUnit.has(key) || seenUnits.has(key)) continue;
        seenUnits.add(key);
        issues.push(
          makeIssue("warning", kind.missingCode, unit.src, cellOf(unit.src, "code"), {
            unit: unit.code,
            name: unit.name,
          })
        );
      }
    }
    return issues;
  },
};
