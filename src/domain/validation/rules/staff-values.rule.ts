import type { Issue } from "../../issue";
import { DISCIPLINE_LEVELS } from "../../codec/vocabulary";
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
  description:
    "Months worked 0–12, known discipline, plausible birth date (register-format.md, `Cán bộ`).",
  check: ({ register }) => {
    const issues: Issue[] = [];
    const year = register.settings.year;
    for (const s of register.staff) {
      const months = s.monthsWorked;
      if (months !== null && (months < 0 || months > 12)) {
        const cell = cellOf(s.src, "monthsWorked");
        issues.push(
          makeIssue(
            "error",
            "months-out-of-range",
            s.src,
            cell,
            `Số tháng công tác của ${s.name} (${s.code}) ở ô ${cell ?? ""} là ${months}, phải từ 0 đến 12. Hãy nhập số tháng thực tế làm việc trong năm.`,
            { staff: s.code, months }
          )
        );
      }
      if (s.discipline !== null && !KNOWN_DISCIPLINE.has(s.discipline)) {
        const cell = cellOf(s.src, "discipline");
        issues.push(
          makeIssue(
            "warning",
            "unknown-discipline",
            s.src,
            cell,
            `Hình thức kỷ luật "${s.discipline}" của ${s.name} (${s.code}) ở ô ${cell ?? ""} không thuộc danh mục (${DISCIPLINE_LEVELS.join(", ")}); ` +
              `người này vẫn được coi là bị kỷ luật. Hãy ghi đúng tên hình thức kỷ luật, hoặc để trống nếu không bị kỷ luật.`,
            { staff: s.code, discipline: s.discipline }
          )
        );
      }
      if (s.birthDate !== null && year !== null) {
        const age = year - s.birthDate.year;
        if (age < MIN_AGE || age > MAX_AGE) {
          const cell = cellOf(s.src, "birthDate");
          issues.push(
            makeIssue(
              "warning",
              "birth-date-out-of-range",
              s.src,
              cell,
              `Ngày sinh của ${s.name} (${s.code}) ở ô ${cell ?? ""} cho tuổi ${age} trong năm ${year}, ngoài khoảng ${MIN_AGE}–${MAX_AGE}. Hãy kiểm tra lại ngày sinh.`,
              { staff: s.code, age }
            )
          );
        }
      }
    }
    return issues;
  },
};
