/**
 * What the pane shows after scoring and after listing, taken from the run's analysis: the
 * ranking (self vs council score per unit) and the list's counts per title, grouped by the
 * deciding authority, each with where its part of the sheet is.
 */
import type { Analysis } from "../domain/analyse-register";
import type { ProposalListPart } from "../domain/output/proposal-sheet";
import type { ProposalReason } from "../domain/messages/proposal-reasons";
import type { ProposalStatus, SubjectKind } from "../domain/report";
import { awardByKey, type Authority, type AwardKey } from "../domain/rulebook/award-catalogue";

export interface RankingRow {
  readonly unit: string;
  readonly name: string;
  readonly self: number | null;
  readonly council: number | null;
  readonly rank: number | null;
  readonly classification: string | null;
}

export interface ListTitleCount {
  /** The rulebook's key: the anchor of its section on the rulebook page. */
  readonly award: AwardKey;
  readonly awardName: string;
  readonly kind: SubjectKind;
  readonly count: number;
  /** 1-based rows of the section on the list sheet. */
  readonly firstRow: number;
  readonly lastRow: number;
}

export interface ListAuthorityGroup {
  readonly authority: Authority;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly titles: readonly ListTitleCount[];
}

/** The ranking in rank order (unranked units last, as the sheet has them). */
export function rankingRows(analysis: Analysis): RankingRow[] {
  const names = new Map(analysis.register.units.map((u) => [u.code, u.name]));
  return analysis.scoring.scores.map((s) => ({
    unit: s.unit,
    name: names.get(s.unit) ?? s.unit,
    self: s.selfScore,
    council: s.councilScore,
    rank: s.rank,
    classification: s.classification,
  }));
}

/** The list's parts as counts per title; a section ends where the next one (or the part) does. */
export function listGroups(parts: readonly ProposalListPart[]): ListAuthorityGroup[] {
  return parts.map((part) => ({
    authority: part.authority,
    firstRow: part.row,
    lastRow: part.lastRow,
    titles: part.sections.map((section, i) => ({
      award: section.award,
      awardName: awardByKey(section.award).name,
      kind: section.kind,
      count: section.count,
      firstRow: section.row,
      lastRow: (part.sections[i + 1]?.row ?? part.lastRow + 1) - 1,
    })),
  }));
}

/**
 * An entry of the list's tracking part: not proposed (not eligible, awaiting the vote, over the
 * quota), with its reasons as typed messages, worded by the pane in its own language.
 */
export interface NotProposedRow {
  readonly award: AwardKey;
  readonly awardName: string;
  readonly kind: SubjectKind;
  readonly subject: string;
  readonly name: string;
  readonly status: Exclude<ProposalStatus, "proposed">;
  readonly reasons: readonly ProposalReason[];
}

/** The entries not proposed, in the list's order (rulebook order, then the register's). */
export function notProposedRows(analysis: Analysis): NotProposedRow[] {
  const staff = new Map(analysis.register.staff.map((s) => [s.code, s.name]));
  const units = new Map(analysis.register.units.map((u) => [u.code, u.name]));
  return analysis.proposals.flatMap((p) =>
    p.status === "proposed"
      ? []
      : [
          {
            award: p.award,
            awardName: awardByKey(p.award).name,
            kind: p.subjectKind,
            subject: p.subject,
            name:
              (p.subjectKind === "individual" ? staff.get(p.subject) : units.get(p.subject)) ??
              p.subject,
            status: p.status,
            reasons: p.reasons,
          },
        ]
  );
}
