/**
 * A validation rule: one check over the typed register, returning its findings. Rules are
 * composed by validate-register.ts; each lives in its own `rules/*.rule.ts` with a table-driven
 * test, like a lint rule.
 */
import type { Issue, Severity } from "../issue";
import { createIssue } from "../messages/create-issue";
import type { IssueCode, IssueParams } from "../messages/issue-codes";
import type { Criterion, Register, Source, Staff, Unit } from "../model";
import type { ParameterValues } from "../rulebook/parameters";

/** Lookups built once per validation, so no rule scans a table inside a loop. */
export interface RegisterIndex {
  /** First record of each code (later duplicates are reported, not indexed). */
  readonly unitByCode: ReadonlyMap<string, Unit>;
  readonly staffByCode: ReadonlyMap<string, Staff>;
  readonly criterionByCode: ReadonlyMap<string, Criterion>;
}

/** What every rule receives. */
export interface RuleContext {
  readonly register: Register;
  readonly params: ParameterValues;
  readonly index: RegisterIndex;
}

/** One check: a stable id, a one-line description, and the check itself. */
export interface ValidationRule {
  /** Stable id, also the file name: `<id>.rule.ts`. */
  readonly id: string;
  /** One line: what it checks and on what authority. */
  readonly description: string;
  readonly check: (context: RuleContext) => readonly Issue[];
}

function firstBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}

/** Builds the lookups once for all rules. */
export function buildIndex(register: Register): RegisterIndex {
  return {
    unitByCode: firstBy(register.units, (u) => u.code),
    staffByCode: firstBy(register.staff, (s) => s.code),
    criterionByCode: firstBy(register.criteria, (c) => c.code),
  };
}

/** The cell of a record's field, null when its column is absent. */
export function cellOf(src: Source, field: string): string | null {
  return src.cells[field] ?? null;
}

/** An issue of a catalogued code at a record's sheet (or a given sheet) and cell. */
export function makeIssue<C extends IssueCode>(
  severity: Severity,
  code: C,
  src: Source | { readonly sheet: string | null },
  cell: string | null,
  params: IssueParams<C>
): Issue {
  return createIssue(severity, code, params, { sheet: src.sheet, cell });
}
