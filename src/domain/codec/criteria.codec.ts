/** `Tiêu chí` → the scoring criteria tree. */
import type { Grid } from "../grid";
import type { Criterion, CriterionKind } from "../model";
import { missingCode, missingValue } from "./common-issues";
import { CRITERIA_COLUMNS, SHEET } from "./register-layout";
import { IssueLog, readTable, rowReaders } from "./table-reader";
import { CRITERION_KIND_TEXT, parseCriterionKind } from "./vocabulary";

/** "1.2." and " 1.2 " are the code "1.2". */
export function normalizeCriterionCode(code: string): string {
  return code.replace(/\s+/g, "").replace(/\.+$/, "");
}

/** "2.3.1" → "2.3"; a top-level code has no parent. */
export function parentCriterionCode(code: string): string | null {
  const dot = code.lastIndexOf(".");
  return dot > 0 ? code.slice(0, dot) : null;
}

/**
 * Reads `Tiêu chí`: codes normalised, parent from the code, leaves marked. An empty `Loại` takes
 * the parent's kind (people mark only the "Điểm thưởng" heading), and is Cộng at the top level.
 */
export function readCriteria(grid: Grid, sheet: string, log: IssueLog): Criterion[] {
  const table = readTable(grid, sheet, CRITERIA_COLUMNS, log);
  const rows: (Omit<Criterion, "isLeaf" | "kind"> & { readonly kind: CriterionKind | null })[] = [];
  for (const r of rowReaders(grid, table, CRITERIA_COLUMNS, log)) {
    const code = normalizeCriterionCode(r.code("code"));
    const content = r.text("content");
    const max = r.number("max");
    const kind = r.choice(
      "kind",
      parseCriterionKind,
      "invalid-criterion-kind",
      Object.values(CRITERION_KIND_TEXT)
    );
    if (code === "") {
      missingCode(r, "code", SHEET.criteria);
      continue;
    }
    if (content === "") missingValue(r, "content", "criterion", code);
    if (max === null && r.isBlank("max")) missingValue(r, "max", "criterion", code);
    rows.push({
      code,
      content,
      max: max ?? 0,
      kind,
      parentCode: parentCriterionCode(code),
      src: r.src(),
    });
  }
  const parents = new Set(rows.map((c) => c.parentCode).filter((p): p is string => p !== null));
  const explicit = new Map<string, CriterionKind | null>();
  for (const c of rows) if (!explicit.has(c.code)) explicit.set(c.code, c.kind);
  const kindOf = (code: string | null, depth: number): CriterionKind => {
    if (code === null || depth > 20) return "plus";
    return explicit.get(code) ?? kindOf(parentCriterionCode(code), depth + 1);
  };
  return rows.map((c) => ({
    ...c,
    kind: c.kind ?? kindOf(c.parentCode, 0),
    isLeaf: !parents.has(c.code),
  }));
}
