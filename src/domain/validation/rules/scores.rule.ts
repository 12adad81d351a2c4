import type { Issue } from "../../issue";
import { foldKey } from "../../text/normalize";
import { cellOf, makeIssue, type ValidationRule } from "../rule";

/** How many missing codes a message lists before "…". */
const LIST_LIMIT = 12;

/**
 * Score sheets: every code is a criterion of `Tiêu chí`, listed once; every leaf criterion is
 * present; scores lie within 0…max; parents are sums and take no score of their own
 * (register-format.md, `CĐ-<Mã đơn vị>`).
 */
export const scoresRule: ValidationRule = {
  id: "scores",
  description:
    "Score sheets list exactly the criteria of `Tiêu chí`, with scores between 0 and the maximum.",
  check: ({ register, index }) => {
    const issues: Issue[] = [];
    const leaves = register.criteria.filter(
      (c) => c.isLeaf && index.criterionByCode.get(c.code) === c
    );
    for (const sheet of register.scoreSheets) {
      const seen = new Map<string, number>();
      const childSum = (parentCode: string, field: "selfScore" | "councilScore"): number =>
        sheet.rows.reduce(
          (total, r) =>
            total +
            (index.criterionByCode.get(r.criterionCode)?.parentCode === parentCode
              ? (r[field] ?? 0)
              : 0),
          0
        );
      for (const row of sheet.rows) {
        const codeCell = cellOf(row.src, "criterionCode");
        const earlier = seen.get(foldKey(row.criterionCode));
        if (earlier !== undefined) {
          issues.push(
            makeIssue(
              "error",
              "duplicate-score-row",
              row.src,
              codeCell,
              `Tiêu chí ${row.criterionCode} ở ô ${codeCell ?? ""} đã có ở dòng ${earlier} của trang này. Hãy xoá dòng trùng.`,
              { criterion: row.criterionCode, firstRow: earlier }
            )
          );
          continue;
        }
        seen.set(foldKey(row.criterionCode), row.src.row);
        const criterion = index.criterionByCode.get(row.criterionCode);
        if (criterion === undefined) {
          if (register.criteria.length === 0) continue; // no table to compare with: reported as a missing sheet
          issues.push(
            makeIssue(
              "error",
              "unknown-criterion",
              row.src,
              codeCell,
              `Mã tiêu chí "${row.criterionCode}" ở ô ${codeCell ?? ""} không có trong trang "Tiêu chí". ` +
                `Hãy sửa mã cho đúng hoặc xoá dòng (trang chấm điểm phải theo đúng bảng tiêu chí).`,
              { criterion: row.criterionCode }
            )
          );
          continue;
        }
        for (const field of ["selfScore", "councilScore"] as const) {
          const score = row[field];
          if (score === null) continue;
          const cell = cellOf(row.src, field);
          const label = field === "selfScore" ? "Tự chấm" : "Hội đồng chấm";
          if (!criterion.isLeaf) {
            // A parent holding the sum of its children (often a =SUM formula) is fine.
            const sum = childSum(criterion.code, field);
            if (Math.abs(sum - score) >= 0.005) {
              issues.push(
                makeIssue(
                  "warning",
                  "score-on-parent",
                  row.src,
                  cell,
                  `Ô ${cell ?? ""} (${label}) ghi ${score} điểm cho tiêu chí ${criterion.code}, khác tổng điểm các tiêu chí con (${Math.round(sum * 100) / 100}). ` +
                    `Điểm tiêu chí cha luôn là tổng điểm các tiêu chí con nên ô này không được dùng: hãy chấm ở các tiêu chí con, để trống ô này hoặc dùng công thức tổng.`,
                  { criterion: criterion.code, score, sum: Math.round(sum * 100) / 100 }
                )
              );
            }
            continue;
          }
          if (!Number.isFinite(score) || score < 0 || score > criterion.max + 1e-9) {
            issues.push(
              makeIssue(
                "error",
                "score-out-of-range",
                row.src,
                cell,
                `Điểm ${label} của tiêu chí ${criterion.code} ở ô ${cell ?? ""} là ${score}, ngoài khoảng 0 đến ${criterion.max}. ` +
                  `Hãy chấm trong khoảng này${criterion.kind === "minus" ? " (điểm trừ ghi số dương)" : ""}.`,
                { criterion: criterion.code, score, max: criterion.max }
              )
            );
          }
        }
      }
      const missing = leaves.filter((c) => !seen.has(foldKey(c.code))).map((c) => c.code);
      if (missing.length > 0) {
        const shown =
          missing.slice(0, LIST_LIMIT).join(", ") + (missing.length > LIST_LIMIT ? ", …" : "");
        issues.push(
          makeIssue(
            "error",
            "score-criteria-missing",
            { sheet: sheet.sheet },
            null,
            `Trang "${sheet.sheet}" thiếu ${missing.length} tiêu chí của trang "Tiêu chí": ${shown}. ` +
              `Hãy thêm các dòng này (hoặc tạo lại trang chấm điểm bằng nút "Tạo phiếu").`,
            { count: missing.length, missing: missing.join(", ") }
          )
        );
      }
    }
    return issues;
  },
};
