import { cellOf, makeIssue, type ValidationRule } from "../rule";

/** Below this many months worked a person is not rated for the year. */
const MIN_MONTHS_RATED = 6;

export const shortServiceRatingRule: ValidationRule = {
  id: "short-service-rating",
  description:
    "A person who worked under 6 months of the year is not rated, maternity leave excepted (rules.md, Checks on ratings; Decree 90/2020 Art. 2).",
  check: ({ register }) =>
    register.staff
      .filter(
        (s) =>
          s.rating !== null &&
          s.monthsWorked !== null &&
          s.monthsWorked < MIN_MONTHS_RATED &&
          !s.maternityLeave
      )
      .map((s) => {
        const cell = cellOf(s.src, "rating");
        return makeIssue(
          "warning",
          "rating-short-service",
          s.src,
          cell,
          `${s.name} (${s.code}) mới công tác ${s.monthsWorked ?? 0} tháng trong năm (dưới ${MIN_MONTHS_RATED} tháng) nhưng đã có xếp loại ở ô ${cell ?? ""}. ` +
            `Người công tác dưới ${MIN_MONTHS_RATED} tháng không xếp loại chất lượng (trừ nghỉ thai sản): hãy để trống ô xếp loại hoặc sửa số tháng.`,
          { staff: s.code, months: s.monthsWorked ?? 0 }
        );
      }),
};
