/**
 * A validation rule: one check over the typed register, returning its findings. Rules are
 * composed by validate-register.ts; each lives in its own `rules/*.rule.ts` with a table-driven
 * test, like a lint rule.
 */
import type { Issue, Severity } from "../issue";
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

/** An issue at a record's sheet (or a given sheet) and cell. */
export function makeIssue(
  severity: Severity,
  code: string,
  src: Source | { readonly sheet: string | null },
  cell: string | null,
  message: string,
  params?: Readonly<Record<string, string | number>>
): Issue {
  const base = { severity, code, sheet: src.sheet, cell, message };
  return params ? { ...base, params } : base;
}

/** "ô B7" or, without a cell, "dòng 7" — how messages point at a place. */
export function where(src: Source, field: string): string {
  const cell = cellOf(src, field);
  return cell === null ? `dòng ${src.row}` : `ô ${cell}`;
}
