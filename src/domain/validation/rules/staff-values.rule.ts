import type { Issue } from "../../issue";
import type { Staff } from "../../model";
import { DISCIPLINE_LEVELS } from "../../codec/vocabulary";
import { SHEET } from "../../codec/register-layout";
import { cellOf, makeIssue, type ValidationRule } from "../rule";

const KNOWN_DISCIPLINE: ReadonlySet<string> = new Set(DISCIPLINE_LEVELS);

/** Youngest and oldest plausible age of a person on the roster in the register's year. */
const MIN_AGE = 16;
const MAX_AGE = 75;

/**
 * Values of `Cán bộ` within their domain: months worked 0–12, a known discipline, a plausible
 * birth date. Ratings and gender are checked while reading (they are parsed into closed sets).
 */
export const staffValuesRule: ValidationRule = {
  id: "staff-values",
  description: `Months worked 0–12, known discipline, plausible birth date (register-format.md, \`${SHEET.staff}\`).`,
  check: ({ register }) => {
    const issues: Issue[] = [];
    const year = register.settings.year;
    // Indexed: no iterator result per person (the loop runs once, unoptimised).
    for (let k = 0; k < register.staff.length; k++) {
      const s = register.staff[k] as Staff;
      const months = s.monthsWorked;
      if (months !== null && (months < 0 || months > 12)) {
        const cell = cellOf(s.src, "monthsWorked");
        issues.push(
          makeIssue("error", "months-out-of-range", s.src, cell, {
            cell: cell ?? "",
            staff: s.code,
            name: s.name,
            months,
          })
        );
      }
      if (s.discipline !== null && !KNOWN_DISCIPLINE.has(s.discipline)) {
        const cell = cellOf(s.src, "discipline");
        issues.push(
          makeIssue("warning", "unknown-discipline", s.src, cell, {
            cell: cell ?? "",
            staff: s.code,
            name: s.name,
            discipline: s.discipline,
            accepted: DISCIPLINE_LEVELS.join(", "),
          })
        );
      }
      if (s.birthDate !== null && year !== null) {
        const age = year - s.birthDate.year;
        if (age < MIN_AGE || age > MAX_AGE) {
          const cell = cellOf(s.src, "birthDate");
          issues.push(
            makeIssue("warning", "birth-date-out-of-range", s.src, cell, {
              cell: cell ?? "",
              staff: s.code,
              name: s.name,
              age,
              year,
              minAge: MIN_AGE,
              maxAge: MAX_AGE,
            })
          );
        }
      }
    }
    return issues;
  },
};
