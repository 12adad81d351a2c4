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
        return makeIssue(
          "warning",
          "rating-short-service",
          s.src,
          cell,
          `${s.name} (${s.code}) mới công tác ${s.monthsWorked ?? 0} tháng trong năm (dưới ${minimum} tháng) nhưng đã có xếp loại ở ô ${cell ?? ""}. ` +
            `Người công tác dưới ${minimum} tháng không xếp loại chất lượng (trừ nghỉ thai sản): hãy để trống ô xếp loại hoặc sửa số tháng.`,
          { staff: s.code, months: s.monthsWorked ?? 0 }
        );
      });
  },
};
