import type { Issue } from "../../issue";
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
    for (const h of register.history) {
      if (index.staffByCode.has(h.subject) || index.unitByCode.has(h.subject)) continue;
      const cell = cellOf(h.src, "subject");
      issues.push(
        makeIssue(
          "warning",
          "unknown-subject",
          h.src,
          cell,
          `Đối tượng "${h.subject}" ở ô ${cell ?? ""} không phải Mã CB hay Mã đơn vị nào trong sổ năm nay, nên dòng này không được tính cho ai. ` +
            `Hãy sửa mã nếu gõ nhầm.`,
          { subject: h.subject }
        )
      );
    }
    for (const i of register.initiatives) {
      if (index.staffByCode.has(i.staffCode)) continue;
      const cell = cellOf(i.src, "staffCode");
      issues.push(
        makeIssue(
          "warning",
          "unknown-staff",
          i.src,
          cell,
          `Mã CB "${i.staffCode}" ở ô ${cell ?? ""} không có trong trang "Cán bộ", nên sáng kiến này không được tính cho ai. Hãy sửa mã nếu gõ nhầm.`,
          { staff: i.staffCode }
        )
      );
    }
    return issues;
  },
};
