import { cellOf, makeIssue, type ValidationRule } from "../rule";

/** Below this many months worked a person is not rated (parameter `minMonthsForRating`). */
export const DEFAULT_minimum = 6;

function minMonths(value: number | string | null | undefined): number {
  return typeof value === "number" && Number.isFinite(value) ? value : DEFAULT_minimum;
}

/** A rating given to someone who worked under the minimum months (maternity leave excepted). */
export const shortServiceRatingRule: ValidationRule = {
  id: "short-service-rating",
  description:
    "A person who worked under 6 months of the year is not rated, maternity leave excepted (rules.md, Checks on ratings; Decree 233/2026 Art. 14(1)).",
  check: ({ register, params }) => {
    const minimum = minMonths(params.minMonthsForRating);
    return register.staff
      .filter(
        (s) =>
          s.rating !== null &&
          s.monthsWorked !== null &&
          s.monthsWorked < minimum &&
          !s.maternityLeave
      )
      .map((s) => {
        const cell = cellOf(s.src, "rating");
        return makeIssue("warning", "rating-short-service", s.src, cell, {
          cell: cell ?? "",
          staff: s.code,
          name: s.name,
          months: s.monthsWorked ?? 0,
          minimum,
        });
      });
  },
};
