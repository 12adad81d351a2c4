import type { Issue } from "../../issue";
import { foldKey } from "../../text/normalize";
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
  description: "ĐK-/CĐ- sheets name known units, one of each per unit, and every unit has both.",
  check: ({ register, index }) => {
    const issues: Issue[] = [];
    const kinds = [
      {
        sheets: register.pledges as readonly UnitSheet[],
        label: "đăng ký thi đua",
        prefix: "ĐK-",
        missingCode: "missing-pledge-sheet",
      },
      {
        sheets: register.scoreSheets as readonly UnitSheet[],
        label: "chấm điểm",
        prefix: "CĐ-",
        missingCode: "missing-score-sheet",
      },
    ];
    for (const kind of kinds) {
      const byUnit = new Map<string, UnitSheet>();
      for (const s of kind.sheets) {
        if (!index.unitByCode.has(s.unitCode)) {
          issues.push(
            makeIssue(
              "error",
              "unknown-unit",
              { sheet: s.sheet },
              null,
              `Trang "${s.sheet}" là trang ${kind.label} của mã đơn vị "${s.unitCode}", nhưng mã này không có trong trang "Đơn vị". ` +
                `Hãy đổi tên trang thành ${kind.prefix}<Mã đơn vị> với mã đúng, hoặc thêm đơn vị vào trang "Đơn vị".`,
              { unit: s.unitCode }
            )
          );
          continue;
        }
        const key = foldKey(s.unitCode);
        const first = byUnit.get(key);
        if (first) {
          issues.push(
            makeIssue(
              "error",
              "duplicate-unit-sheet",
              { sheet: s.sheet },
              null,
              `Đơn vị ${s.unitCode} có hai trang ${kind.label}: "${first.sheet}" và "${s.sheet}"; chỉ nên có một. Hãy gộp và xoá một trang.`,
              { unit: s.unitCode, other: first.sheet }
            )
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
          makeIssue(
            "warning",
            kind.missingCode,
            unit.src,
            cellOf(unit.src, "code"),
            `Đơn vị ${unit.code} (${unit.name}) chưa có trang ${kind.label} "${kind.prefix}${unit.code}", nên chưa được xét phần này. ` +
              `Hãy tạo trang (nút "Tạo phiếu") và nhập dữ liệu.`,
            { unit: unit.code }
          )
        );
      }
    }
    return issues;
  },
};
