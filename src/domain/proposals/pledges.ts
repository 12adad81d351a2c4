/**
 * The (subject, title/award) pairs to evaluate: each pledge in the `ĐK-…` sheets plus the lower
 * titles it implies (rules.md, "What gets evaluated").
 */
import { awardByKey } from "../rulebook/award-catalogue";
import type { Issue } from "../issue";
import { createIssue } from "../messages/create-issue";
import type { AwardKey, Register } from "../model";
import type { SubjectKind } from "../report";
import type { RegisterFacts } from "../rulebook/facts";
import { variantOf, type Rulebook } from "../rulebook/rule-definition";

export interface PairToEvaluate {
  /** pairId of the pair (made once: results and exclusions are looked up by it). */
  readonly id: string;
  readonly award: AwardKey;
  readonly kind: SubjectKind;
  readonly code: string;
  pledged: boolean;
  /** Where it was pledged (first pledge), for messages. */
  cell: { readonly sheet: string; readonly cell: string | null } | null;
}

export function pairId(award: AwardKey, kind: SubjectKind, code: string): string {
  return `${award}|${kind}|${code}`;
}

interface Pledge {
  readonly award: AwardKey;
  readonly kind: SubjectKind;
  readonly code: string;
  readonly sheet: string;
  readonly cell: string | null;
}

function pledgesOf(register: Register): Pledge[] {
  const out: Pledge[] = [];
  for (const sheet of register.pledges) {
    if (sheet.collectiveTitle)
      out.push({
        award: sheet.collectiveTitle,
        kind: "collective",
        code: sheet.unitCode,
        sheet: sheet.sheet,
        cell: sheet.collectiveTitleCell,
      });
    if (sheet.collectiveAward)
      out.push({
        award: sheet.collectiveAward,
        kind: "collective",
        code: sheet.unitCode,
        sheet: sheet.sheet,
        cell: sheet.collectiveAwardCell,
      });
    for (const row of sheet.rows) {
      if (row.title)
        out.push({
          award: row.title,
          kind: "individual",
          code: row.staffCode,
          sheet: sheet.sheet,
          cell: row.src.cells.title ?? null,
        });
      if (row.award)
        out.push({
          award: row.award,
          kind: "individual",
          code: row.staffCode,
          sheet: sheet.sheet,
          cell: row.src.cells.award ?? null,
        });
    }
  }
  return out;
}

/** A pledge the rulebook in use has no rule for. */
function notEvaluable(pledge: Pledge): Issue {
  return createIssue(
    "warning",
    "pledge-not-evaluable",
    {
      missing: "rule",
      award: pledge.award,
      awardName: awardByKey(pledge.award).name,
      subject: pledge.code,
    },
    { sheet: pledge.sheet, cell: pledge.cell }
  );
}

/** Pairs by id, in pledge order, implied titles right after the pledge that implies them. */
export function collectPairs(
  register: Register,
  facts: RegisterFacts,
  rulebook: Rulebook
): { readonly pairs: Map<string, PairToEvaluate>; readonly issues: Issue[] } {
  const pairs = new Map<string, PairToEvaluate>();
  const issues: Issue[] = [];
  const add = (
    award: AwardKey,
    kind: SubjectKind,
    code: string,
    pledged: boolean,
    cell: PairToEvaluate["cell"]
  ): void => {
    const id = pairId(award, kind, code);
    const existing = pairs.get(id);
    if (existing) {
      if (pledged && !existing.pledged) {
        existing.pledged = true;
        existing.cell = cell;
      }
    } else pairs.set(id, { id, award, kind, code, pledged, cell });
    for (const implied of rulebook.byKey.get(award)?.implies ?? [])
      add(implied, kind, code, false, cell);
  };
  for (const pledge of pledgesOf(register)) {
    const rule = rulebook.byKey.get(pledge.award);
    if (!rule) {
      issues.push(notEvaluable(pledge));
      continue;
    }
    // A title in the wrong kind of slot, or a person/unit missing from the register, is a
    // validation error at the same cell (individual-title-for-unit, unknown-staff, …): skipped here.
    if (!variantOf(rule, pledge.kind)) continue;
    const known =
      pledge.kind === "individual"
        ? facts.staffByCode.has(pledge.code)
        : facts.unitByCode.has(pledge.code);
    if (!known) continue;
    add(pledge.award, pledge.kind, pledge.code, true, { sheet: pledge.sheet, cell: pledge.cell });
  }
  return { pairs, issues };
}
