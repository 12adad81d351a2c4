import { makeIssue, cellOf, type ValidationRule } from "../rule";

/** A person's unit exists. */
export const staffUnitRule: ValidationRule = {
  id: "staff-unit",
  description: "Every person's Mã đơn vị exists in `Đơn vị` (register-format.md, `Cán bộ`).",
  check: ({ register, index }) =>
    register.staff
      .filter((s) => s.unitCode !== "" && !index.unitByCode.has(s.unitCode))
      .map((s) =>
        makeIssue("error", "unknown-unit", s.src, cellOf(s.src, "unitCode"), {
          unit: s.unitCode,
          staff: s.code,
          name: s.name,
          where: "staff",
        })
      ),
};
