/**
 * One initiative grounding two proposals of one person (rules.md, "Checks on ratings"; Công văn
 * 5007/BNV-TĐKT III.5.c: an initiative is used once). The Sở is warned, not blocked: it chooses
 * which proposal keeps the initiative. A proposal grounded by the rating (CSTĐCS with HTXSNV) does
 * not use its initiative (evaluate-steps prints the first alternative that holds).
 */
import type { Issue } from "../issue";
import { createIssue } from "../messages/create-issue";
import type { AwardKey, Initiative } from "../model";
import type { ProposalStatus } from "../report";
import { AWARD_KEYS, awardByKey } from "../rulebook/award-catalogue";
import type { RegisterFacts } from "../rulebook/facts";

/** Statuses that send a proposal on: proposed, or waiting only for its vote. */
const GOING_FORWARD: ReadonlySet<ProposalStatus> = new Set(["proposed", "awaiting_vote"]);

/** What initiative-reuse reads of an evaluated pair. */
export interface InitiativeUse {
  readonly pair: { readonly award: AwardKey; readonly kind: string; readonly code: string };
  readonly status: ProposalStatus;
  readonly initiatives: readonly Initiative[];
}

/** The identity of a `Sáng kiến` row: its sheet and row (two rows are two initiatives). */
function identity(i: Initiative): string {
  return `${i.src.sheet}!${i.src.row}`;
}

/** A warning per initiative that grounds two or more proposals going forward, at its row. */
export function initiativeReuseIssues(
  evaluated: Iterable<InitiativeUse>,
  facts: RegisterFacts
): Issue[] {
  const uses = new Map<string, { initiative: Initiative; awards: Set<AwardKey> }>();
  for (const e of evaluated) {
    if (e.pair.kind !== "individual" || !GOING_FORWARD.has(e.status)) continue;
    for (const initiative of e.initiatives) {
      const id = identity(initiative);
      const use = uses.get(id) ?? { initiative, awards: new Set<AwardKey>() };
      use.awards.add(e.pair.award);
      uses.set(id, use);
    }
  }
  const issues: Issue[] = [];
  for (const { initiative, awards } of uses.values()) {
    if (awards.size < 2) continue;
    const keys = AWARD_KEYS.filter((k) => awards.has(k));
    const cell = initiative.src.cells.title ?? initiative.src.cells.staffCode ?? null;
    issues.push(
      createIssue(
        "warning",
        "initiative-used-twice",
        {
          cell: cell ?? "",
          staff: initiative.staffCode,
          name: facts.staffByCode.get(initiative.staffCode)?.name ?? initiative.staffCode,
          title: initiative.title,
          decision: initiative.decisionNo.trim(),
          awards: keys.map((k) => awardByKey(k).shortName).join(", "),
        },
        { sheet: initiative.src.sheet, cell }
      )
    );
  }
  return issues;
}
