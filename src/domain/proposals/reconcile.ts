/**
 * Reconciliation: subjects who meet a title's conditions (the council vote aside) without having
 * pledged it. Only rules marked `reconcile` are checked (LĐTT, CSTĐCS, TTLĐTT, TTLĐXS).
 */
import type { Issue } from "../issue";
import { PLEDGE_PREFIX } from "../codec/register-layout";
import { createIssue } from "../messages/create-issue";
import type { AwardKey, PledgeRow, Register } from "../model";
import type { SubjectKind } from "../report";
import { awardByKey } from "../rulebook/award-catalogue";
import { type EvaluationContext, type RegisterFacts, type Subject } from "../rulebook/facts";
import type { Rulebook } from "../rulebook/rule-definition";
import type { BoundVariant } from "./evaluate-proposals";
import { stepsHold } from "./evaluate-steps";
import { StatusBook } from "./status-book";

export function reconcile(
  register: Register,
  facts: RegisterFacts,
  rulebook: Rulebook,
  bound: ReadonlyMap<string, BoundVariant>,
  statuses: StatusBook
): Issue[] {
  // What an unpledged subject would get: real statuses first, then this subject's own "shadow"
  // ones, so that an unpledged person's CSTĐCS can rest on the LĐTT they would get. Other subjects
  // (a unit's members) count only with their real statuses: a unit is not told it qualifies on
  // the strength of titles its members have not pledged.
  const shadow = new StatusBook();
  let current: Subject | null = null;
  const ctx: EvaluationContext = {
    facts,
    statusOf: (award, kind, code) =>
      statuses.get(award, kind, code) ??
      (current?.kind === kind && current.code === code ? shadow.get(award, kind, code) : undefined),
  };
  const met = new Map<string, { subject: Subject; awards: AwardKey[] }>();
  const subjects: Record<SubjectKind, Subject[]> = {
    individual: [...facts.staffSubjects.values()],
    collective: [...facts.unitSubjects.values()],
  };
  for (const key of rulebook.order) {
    const rule = rulebook.byKey.get(key);
    if (!rule?.reconcile) continue;
    for (const kind of ["individual", "collective"] as const) {
      const variant = bound.get(`${key}|${kind}`);
      if (!variant) continue;
      // Indexed: no iterator result per subject of a long roster (this runs once, unoptimised).
      const list = subjects[kind];
      for (let i = 0; i < list.length; i++) {
        const subject = list[i] as Subject;
        if (statuses.get(key, kind, subject.code) !== undefined) continue;
        current = subject;
        if (!stepsHold(variant.steps, subject, ctx)) continue;
        shadow.set(key, kind, subject.code, "proposed");
        const entryId = `${kind}|${subject.code}`;
        const entry = met.get(entryId) ?? { subject, awards: [] };
        entry.awards.push(key);
        met.set(entryId, entry);
      }
    }
  }
  const pledged = new Map<string, { sheet: string; cell: string | null; title: AwardKey | null }>();
  for (const sheet of register.pledges) {
    pledged.set(`collective|${sheet.unitCode}`, {
      sheet: sheet.sheet,
      cell: sheet.collectiveTitleCell,
      title: sheet.collectiveTitle,
    });
    for (let i = 0; i < sheet.rows.length; i++) {
      const row = sheet.rows[i] as PledgeRow;
      pledged.set(`individual|${row.staffCode}`, {
        sheet: sheet.sheet,
        cell: row.src.cells.title ?? null,
        title: row.title,
      });
    }
  }
  const issues: Issue[] = [];
  for (const [entryId, { subject, awards }] of met) {
    // Warn once, for the highest title met: pledging it brings the lower ones it implies.
    const implied = new Set(awards.flatMap((a) => impliedBy(rulebook, a)));
    const pledge = pledged.get(entryId);
    for (const award of awards) {
      if (implied.has(award)) continue;
      // The title cell holds one title: when it names another title that this one does not
      // replace (a unit that pledged Cờ thi đua), there is nothing to add there.
      if (pledge?.title && !impliedBy(rulebook, award).includes(pledge.title)) continue;
      issues.push(notPledged(subject, award, pledge, bound));
    }
  }
  return issues;
}

/** Every title a title implies, directly or through another. */
function impliedBy(rulebook: Rulebook, award: AwardKey): AwardKey[] {
  const out: AwardKey[] = [];
  const visit = (key: AwardKey): void => {
    for (const k of rulebook.byKey.get(key)?.implies ?? []) {
      if (!out.includes(k)) {
        out.push(k);
        visit(k);
      }
    }
  };
  visit(award);
  return out;
}

function notPledged(
  subject: Subject,
  award: AwardKey,
  pledge: { sheet: string; cell: string | null } | undefined,
  bound: ReadonlyMap<string, BoundVariant>
): Issue {
  const src = subject.kind === "individual" ? subject.staff.src : subject.unit.src;
  const unit = subject.kind === "individual" ? subject.staff.unitCode : subject.code;
  return createIssue(
    "warning",
    "eligible-not-pledged",
    {
      award,
      awardName: awardByKey(award).name,
      subject: subject.code,
      subjectKind: subject.kind,
      name: subject.kind === "individual" ? subject.staff.name : subject.unit.name,
      unit,
      pledgeSheet: `${PLEDGE_PREFIX}${unit}`,
      voteLeft: bound.get(`${award}|${subject.kind}`)?.voteThreshold != null ? "yes" : "no",
    },
    {
      sheet: pledge?.sheet ?? src.sheet,
      cell: pledge ? pledge.cell : (src.cells.name ?? src.cells.code ?? null),
    }
  );
}
