import { makeIssue, cellOf, type ValidationRule } from "../rule";
import { headerOf, SHEET, STAFF_COLUMNS } from "../../codec/register-layout";

/** A person's unit exists. */
export const staffUnitRule: ValidationRule = {
  id: "staff-unit",
  description: `Every person's ${headerOf(STAFF_COLUMNS, "unitCode")} exists in \`${SHEET.units}\` (register-format.md, \`${SHEET.staff}\`).`,
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
