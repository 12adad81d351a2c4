/**
 * CSTĐ tỉnh and Bằng khen tỉnh both going forward for one person in one run (rules.md,
 * "Achievement periods"): both reward the same achievement at the same level, so the Sở is warned
 * rather than blocked (the Chủ tịch UBND tỉnh may still grant both).
 */
import type { Issue } from "../issue";
import { createIssue } from "../messages/create-issue";
import type { Register } from "../model";
import type { Proposal, ProposalStatus } from "../report";

/** Statuses that send a proposal on: proposed, or waiting only for its vote. */
const GOING_FORWARD: ReadonlySet<ProposalStatus> = new Set(["proposed", "awaiting_vote"]);

/** One warning per person with both CSTD_TINH and BK_TINH going forward, at the person's row. */
export function provincialOverlapIssues(
  proposals: readonly Proposal[],
  register: Register
): readonly Issue[] {
  const keysByPerson = new Map<string, Set<string>>();
  for (const p of proposals) {
    if (p.subjectKind !== "individual" || !GOING_FORWARD.has(p.status)) continue;
    if (p.award !== "CSTD_TINH" && p.award !== "BK_TINH") continue;
    const keys = keysByPerson.get(p.subject) ?? new Set<string>();
    keys.add(p.award);
    keysByPerson.set(p.subject, keys);
  }
  const issues: Issue[] = [];
  for (const [code, keys] of keysByPerson) {
    if (keys.size < 2) continue;
    const person = register.staff.find((s) => s.code === code);
    issues.push(
      createIssue(
        "warning",
        "provincial-title-and-award",
        { staff: code, name: person?.name ?? code },
        { sheet: person?.src.sheet ?? null, cell: person?.src.cells.code ?? null }
      )
    );
  }
  return issues;
}
