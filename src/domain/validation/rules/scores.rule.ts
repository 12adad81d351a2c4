import type { Issue } from "../../issue";
import { foldKey } from "../../text/normalize";
import { SHEET } from "../../codec/register-layout";
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
  description: `Score sheets list exactly the criteria of \`${SHEET.criteria}\`, with scores between 0 and the maximum.`,
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
            makeIssue("error", "duplicate-score-row", row.src, codeCell, {
              cell: codeCell ?? "",
              criterion: row.criterionCode,
              firstRow: earlier,
            })
          );
          continue;
        }
        seen.set(foldKey(row.criterionCode), row.src.row);
        const criterion = index.criterionByCode.get(row.criterionCode);
        if (criterion === undefined) {
          if (register.criteria.length === 0) continue; // no table to compare with: reported as a missing sheet
          issues.push(
            makeIssue("error", "unknown-criterion", row.src, codeCell, {
              cell: codeCell ?? "",
              criterion: row.criterionCode,
            })
          );
          continue;
        }
        for (const field of ["selfScore", "councilScore"] as const) {
          const score = row[field];
          if (score === null) continue;
          const cell = cellOf(row.src, field);
          const scorer = field === "selfScore" ? "self" : "council";
          if (!criterion.isLeaf) {
            // A parent holding the sum of its children (often a =SUM formula) is fine.
            const sum = childSum(criterion.code, field);
            if (Math.abs(sum - score) >= 0.005) {
              issues.push(
                makeIssue("warning", "score-on-parent", row.src, cell, {
                  cell: cell ?? "",
                  scorer,
                  criterion: criterion.code,
                  score,
                  sum: Math.round(sum * 100) / 100,
                })
              );
            }
            continue;
          }
          if (!Number.isFinite(score) || score < 0 || score > criterion.max + 1e-9) {
            issues.push(
              makeIssue("error", "score-out-of-range", row.src, cell, {
                cell: cell ?? "",
                scorer,
                criterion: criterion.code,
                score,
                max: criterion.max,
                minus: criterion.kind === "minus" ? "yes" : "no",
              })
            );
          }
        }
      }
      const missing = leaves.filter((c) => !seen.has(foldKey(c.code))).map((c) => c.code);
      if (missing.length > 0) {
        const shown =
          missing.slice(0, LIST_LIMIT).join(", ") + (missing.length > LIST_LIMIT ? ", …" : "");
        // `shown` is the message's list; `missing` every code, for whoever reads the params.
        issues.push(
          makeIssue("error", "score-criteria-missing", { sheet: sheet.sheet }, null, {
            sheet: sheet.sheet,
            count: missing.length,
            shown,
            missing: missing.join(", "),
          })
        );
      }
    }
    return issues;
  },
};
