import type { Issue } from "../../issue";
import type { Criterion } from "../../model";
import { CRITERION_KIND_TEXT as KIND_TEXT } from "../../codec/vocabulary";
import { SHEET } from "../../codec/register-layout";
import { cellOf, makeIssue, type ValidationRule } from "../rule";

/** The base total (criteria of kind Cộng at the top level) that a regulation normally uses. */
const EXPECTED_BASE_TOTAL = 100;

/** Sums compare to a hundredth of a point: maxima like 2.5 add up in binary with noise. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The criteria tree: maxima ≥ 0, every child's parent exists, a parent's maximum is the sum of its
 * children's, and the base total is normally 100 (register-format.md, `Tiêu chí`).
 */
export const criteriaTreeRule: ValidationRule = {
  id: "criteria-tree",
  description:
    "Criteria maxima are ≥ 0, parents exist and equal the sum of their children; base total 100.",
  check: ({ register, index }) => {
    const issues: Issue[] = [];
    const children = new Map<string, Criterion[]>();
    for (const c of register.criteria) {
      if (index.criterionByCode.get(c.code) !== c) continue; // duplicates are reported elsewhere
      if (c.max < 0) {
        issues.push(
          makeIssue("error", "criterion-max-negative", c.src, cellOf(c.src, "max"), {
            cell: cellOf(c.src, "max") ?? "",
            criterion: c.code,
            max: c.max,
          })
        );
      }
      if (c.parentCode === null) continue;
      if (!index.criterionByCode.has(c.parentCode)) {
        issues.push(
          makeIssue("error", "criterion-parent-missing", c.src, cellOf(c.src, "code"), {
            cell: cellOf(c.src, "code") ?? "",
            criterion: c.code,
            parent: c.parentCode,
          })
        );
        continue;
      }
      const parent = index.criterionByCode.get(c.parentCode);
      if (parent && parent.kind !== c.kind) {
        const cell = cellOf(c.src, "kind") ?? cellOf(c.src, "code");
        issues.push(
          makeIssue("warning", "criterion-kind-mismatch", c.src, cell, {
            cell: cell ?? "",
            criterion: c.code,
            kind: KIND_TEXT[c.kind],
            parent: parent.code,
            parentKind: KIND_TEXT[parent.kind],
          })
        );
      }
      const list = children.get(c.parentCode) ?? [];
      list.push(c);
      children.set(c.parentCode, list);
    }
    for (const [parentCode, kids] of children) {
      const parent = index.criterionByCode.get(parentCode);
      if (parent === undefined) continue;
      const sum = kids.reduce((total, k) => total + k.max, 0);
      if (!same(sum, parent.max)) {
        const cell = cellOf(parent.src, "max");
        issues.push(
          makeIssue("error", "criterion-sum-mismatch", parent.src, cell, {
            cell: cell ?? "",
            criterion: parent.code,
            max: parent.max,
            sum: round(sum),
            children: kids.map((k) => k.code).join(", "),
          })
        );
      }
    }
    const top = register.criteria.filter(
      (c) => c.parentCode === null && c.kind === "plus" && index.criterionByCode.get(c.code) === c
    );
    const base = top.reduce((total, c) => total + c.max, 0);
    if (top.length > 0 && !same(base, EXPECTED_BASE_TOTAL)) {
      issues.push(
        makeIssue(
          "warning",
          "criteria-total-not-100",
          top[0]?.src ?? { sheet: SHEET.criteria },
          null,
          {
            total: round(base),
            expected: EXPECTED_BASE_TOTAL,
          }
        )
      );
    }
    return issues;
  },
};
