import type { Issue } from "../../issue";
import type { HistoryRecord } from "../../model";
import { cellOf, makeIssue, type ValidationRule } from "../rule";

/**
 * `Lịch sử` and `Sáng kiến` rows that name nobody of this year's register: harmless for the run
 * (they are not counted for anyone) but usually a typo, so a warning.
 */
export const referencesRule: ValidationRule = {
  id: "references",
  description: "History rows name known staff or units; initiatives name known staff (warnings).",
  check: ({ register, index }) => {
    const issues: Issue[] = [];
    // Indexed: no iterator result per row of a long sheet (the loop runs once, unoptimised).
    for (let k = 0; k < register.history.length; k++) {
      const h = register.history[k] as HistoryRecord;
      if (index.staffByCode.has(h.subject) || index.unitByCode.has(h.subject)) continue;
      const cell = cellOf(h.src, "subject");
      issues.push(
        makeIssue("warning", "unknown-subject", h.src, cell, {
          cell: cell ?? "",
          subject: h.subject,
          where: "history",
        })
      );
    }
    for (const i of register.initiatives) {
      if (index.staffByCode.has(i.staffCode)) continue;
      const cell = cellOf(i.src, "staffCode");
      issues.push(
        makeIssue("warning", "unknown-staff", i.src, cell, {
          cell: cell ?? "",
          staff: i.staffCode,
          where: "initiative",
        })
      );
    }
    return issues;
  },
};
