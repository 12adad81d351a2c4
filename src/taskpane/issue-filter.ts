/**
 * Narrowing the check's issues by unit and severity. An issue belongs to a unit when it is on
 * that unit's pledge or score sheet (ĐK-…, CĐ-…) or names the unit in its params.
 */
import { PLEDGE_PREFIX, SCORE_PREFIX } from "../domain/codec/register-layout";
import type { Issue, Severity } from "../domain/issue";

export type SeverityFilter = "all" | Severity;

export interface IssueFilter {
  readonly severity: SeverityFilter;
  /** A unit code, or null for every unit (and the issues of no unit). */
  readonly unit: string | null;
}

export const NO_FILTER: IssueFilter = { severity: "all", unit: null };

/** The unit an issue is about, or null. */
export function issueUnit(issue: Issue): string | null {
  const sheet = issue.sheet ?? "";
  for (const prefix of [PLEDGE_PREFIX, SCORE_PREFIX])
    if (sheet.toUpperCase().startsWith(prefix.toUpperCase())) return sheet.slice(prefix.length);
  const unit = issue.params?.unit;
  return typeof unit === "string" && unit !== "" ? unit : null;
}

/** The units named by some issue, in code order. */
export function issueUnits(issues: readonly Issue[]): string[] {
  const units = new Set<string>();
  for (const issue of issues) {
    const unit = issueUnit(issue);
    if (unit !== null) units.add(unit);
  }
  return [...units].sort((a, b) => a.localeCompare(b, "vi"));
}

export function filterIssues(issues: readonly Issue[], filter: IssueFilter): Issue[] {
  return issues.filter(
    (issue) =>
      (filter.severity === "all" || issue.severity === filter.severity) &&
      (filter.unit === null || issueUnit(issue) === filter.unit)
  );
}
