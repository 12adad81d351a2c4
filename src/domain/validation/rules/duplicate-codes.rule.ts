import type { Issue } from "../../issue";
import type { Register, Source } from "../../model";
import { foldKey } from "../../text/normalize";
import { cellOf, makeIssue, type ValidationRule } from "../rule";
import {
  CRITERIA_COLUMNS,
  headerOf,
  STAFF_COLUMNS,
  UNIT_COLUMNS,
} from "../../codec/register-layout";

interface Coded {
  readonly code: string;
  readonly src: Source;
}

/** Issues for every record whose code (compared without case) an earlier record already has. */
export function laterDuplicates(records: readonly Coded[], field: string, column: string): Issue[] {
  const seen = new Map<string, Coded>();
  const issues: Issue[] = [];
  for (const record of records) {
    const key = foldKey(record.code);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, record);
      continue;
    }
    const cell = cellOf(record.src, field);
    issues.push(
      makeIssue("error", "duplicate-code", record.src, cell, {
        cell: cell ?? "",
        column,
        code: record.code,
        firstRow: first.src.row,
        firstCell: cellOf(first.src, field) ?? "",
      })
    );
  }
  return issues;
}

/**
 * A code that is both a Mã CB and a Mã đơn vị makes `Đối tượng` of `Lịch sử` and `Bình xét`
 * ambiguous; it is read as the person.
 */
function sharedCodes(register: Register): Issue[] {
  const units = new Map(register.units.map((u) => [foldKey(u.code), u] as const));
  return register.staff
    .filter((s) => units.has(foldKey(s.code)))
    .map((s) => {
      const cell = cellOf(s.src, "code");
      return makeIssue("warning", "ambiguous-code", s.src, cell, {
        cell: cell ?? "",
        code: s.code,
      });
    });
}

/** The code columns' headers, as the register's contract names them. */
const UNIT_CODE = headerOf(UNIT_COLUMNS, "code");
const STAFF_CODE = headerOf(STAFF_COLUMNS, "code");
const CRITERION_CODE = headerOf(CRITERIA_COLUMNS, "code");

/** Codes of units, staff and criteria are unique; the later duplicate is flagged. */
export const duplicateCodesRule: ValidationRule = {
  id: "duplicate-codes",
  description: `${UNIT_CODE}, ${STAFF_CODE} and ${CRITERION_CODE} are unique (register-format.md); the later duplicate is flagged.`,
  check: ({ register }) => [
    ...laterDuplicates(register.units, "code", UNIT_CODE),
    ...laterDuplicates(register.staff, "code", STAFF_CODE),
    ...laterDuplicates(register.criteria, "code", CRITERION_CODE),
    ...sharedCodes(register),
  ],
};
