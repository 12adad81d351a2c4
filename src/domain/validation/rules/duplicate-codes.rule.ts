import type { Issue } from "../../issue";
import type { Source } from "../../model";
import { foldKey } from "../../text/normalize";
import { cellOf, makeIssue, type ValidationRule } from "../rule";

interface Coded {
  readonly code: string;
  readonly src: Source;
}

/** Issues for every record whose code (compared without case) an earlier record already has. */
export function laterDuplicates(records: readonly Coded[], field: string, what: string): Issue[] {
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
      makeIssue(
        "error",
        "duplicate-code",
        record.src,
        cell,
        `${what} "${record.code}" ở ô ${cell ?? ""} trùng với dòng ${first.src.row} (ô ${cellOf(first.src, field) ?? ""}). ` +
          `Mỗi mã chỉ dùng một lần: hãy đổi mã hoặc xoá dòng trùng.`,
        { code: record.code, firstRow: first.src.row }
      )
    );
  }
  return issues;
}

/** Codes of units, staff and criteria are unique; the later duplicate is flagged. */
export const duplicateCodesRule: ValidationRule = {
  id: "duplicate-codes",
  description:
    "Mã đơn vị, Mã CB and Mã tiêu chí are unique (register-format.md); the later duplicate is flagged.",
  check: ({ register }) => [
    ...laterDuplicates(register.units, "code", "Mã đơn vị"),
    ...laterDuplicates(register.staff, "code", "Mã CB"),
    ...laterDuplicates(register.criteria, "code", "Mã tiêu chí"),
  ],
};
