/**
 * The province's roll-up (issue 12, item 5): from many departments' registers, the proposals
 * that go above the Sở (decided by the Chủ tịch UBND tỉnh, a Bộ trưởng, the Thủ tướng or the
 * Chính phủ), one intake list per deciding authority. Each row says which file it came from;
 * the same person or collective proposed for the same award by two registers is flagged, and so
 * is a register given twice.
 */
import type { UnusableReason } from "../messages/unusable-reasons";
import { analyseRegister } from "../analyse-register";
import { formatDate } from "../codec/cell-values";
import type { GridSet } from "../grid";
import type { Register } from "../model";
import type { Proposal } from "../report";
import { reasonTexts } from "../messages/proposal-reason-text";
import {
  AUTHORITY_TEXT,
  HIGHER_AUTHORITIES_BY_RANK,
  awardByKey,
} from "../rulebook/award-catalogue";
import { foldKey, looseKey } from "../text/normalize";

/** The authority of what the Sở decides itself: not part of the roll-up. */
export const OWN_AUTHORITY = AUTHORITY_TEXT.GIAM_DOC_SO;

export interface RollupSource {
  /** The file's name, as the user gave it (the row's trace). */
  readonly file: string;
  readonly grids: GridSet;
}

/** One proposal in an intake list. */
export interface RollupRow {
  readonly authority: string;
  readonly kind: "individual" | "collective";
  readonly name: string;
  readonly position: string;
  readonly unit: string;
  readonly agency: string;
  readonly award: string;
  readonly grounds: string;
  /** The council's vote, when one was recorded. */
  readonly vote: RollupVote | null;
  readonly file: string;
  /** The subject's code in its register (Mã CB / Mã đơn vị). */
  readonly subject: string;
  /** What the row duplicates (an earlier row), or that a later row duplicates it; null: none. */
  readonly duplicate: RollupDuplicate | null;
}

/** Votes for, out of the council's members when known. */
export interface RollupVote {
  readonly yes: number;
  readonly members: number | null;
}

/** A row proposed twice: `of` the earlier row (its number and file), or a `later` row. */
export type RollupDuplicate =
  | { readonly kind: "of"; readonly line: number; readonly file: string }
  | { readonly kind: "later" };

/** How each register was read. */
export interface RollupFileSummary {
  readonly file: string;
  readonly agency: string;
  readonly year: number | null;
  /** Rows taken from this file. */
  readonly rows: number;
  /** Why the file could not be used, or null. */
  readonly unusable: UnusableReason | null;
  /** Errors in the register (its proposals are still taken, as its own `run` lists them). */
  readonly errors: number;
  /** The file repeats another file's register (same agency and year); its rows are left out. */
  readonly repeats: string | null;
}

export interface Rollup {
  /** Deciding authorities in order of rank, each with its rows (numbered per list). */
  readonly lists: readonly { readonly authority: string; readonly rows: readonly RollupRow[] }[];
  readonly files: readonly RollupFileSummary[];
}

/** Authorities from the provincial level up, for the order of the lists. */
const AUTHORITY_ORDER = HIGHER_AUTHORITIES_BY_RANK;

function authorityRank(name: string): number {
  const i = AUTHORITY_ORDER.indexOf(name);
  return i < 0 ? AUTHORITY_ORDER.length : i;
}

function voteOf(register: Register, p: Proposal): RollupVote | null {
  const key = foldKey(p.subject);
  const vote = register.votes.find((v) => foldKey(v.subject) === key && v.awardKey === p.award);
  if (vote?.yes === null || vote === undefined) return null;
  const members = vote.members ?? register.settings.councilMembers;
  return { yes: vote.yes, members: members === null || members <= 0 ? null : members };
}

/** The rows of one register: its proposals that go above the Sở. */
function rowsOf(file: string, register: Register, proposals: readonly Proposal[]): RollupRow[] {
  const staff = new Map(register.staff.map((s) => [foldKey(s.code), s]));
  const units = new Map(register.units.map((u) => [foldKey(u.code), u]));
  const rows: RollupRow[] = [];
  for (const p of proposals) {
    if (p.status !== "proposed" || p.decidedBy === OWN_AUTHORITY) continue;
    const person = p.subjectKind === "individual" ? staff.get(foldKey(p.subject)) : undefined;
    const unit = units.get(foldKey(person?.unitCode ?? p.subject));
    rows.push({
      authority: p.decidedBy,
      kind: p.subjectKind,
      name: person?.name ?? unit?.name ?? p.subject,
      position: person?.position ?? "",
      unit: p.subjectKind === "individual" ? (unit?.name ?? person?.unitCode ?? "") : "",
      agency: register.settings.agency,
      award: awardByKey(p.award).name,
      grounds: reasonTexts(p.grounds, "vi").join("; "),
      vote: voteOf(register, p),
      file,
      subject: p.subject,
      duplicate: null,
    });
  }
  return rows;
}

/**
 * Who a row is about, across registers: a person by name and date of birth (codes differ from
 * one register to another), a collective by its name and agency.
 */
function identity(row: RollupRow, birth: string): string {
  return row.kind === "collective"
    ? `c|${looseKey(row.name)}|${looseKey(row.agency)}|${row.award}`
    : `p|${looseKey(row.name)}|${birth}|${row.award}`;
}

/** Rolls the registers up. Pure: the grids of each file in, the intake lists out. */
export function rollupProposals(sources: readonly RollupSource[]): Rollup {
  const files: RollupFileSummary[] = [];
  const all: { row: RollupRow; birth: string }[] = [];
  const seenRegisters = new Map<string, string>();
  for (const source of sources) {
    const outcome = analyseRegister(source.grids);
    if (outcome.kind === "unusable") {
      files.push({
        file: source.file,
        agency: "",
        year: null,
        rows: 0,
        unusable: outcome.reason,
        errors: 0,
        repeats: null,
      });
      continue;
    }
    const { register, proposals, issues } = outcome.analysis;
    const errors = issues.filter((i) => i.severity === "error").length;
    const registerKey = `${looseKey(register.settings.agency)}|${register.settings.year ?? ""}`;
    const first = seenRegisters.get(registerKey);
    if (first !== undefined) {
      files.push({
        file: source.file,
        agency: register.settings.agency,
        year: register.settings.year,
        rows: 0,
        unusable: null,
        errors,
        repeats: first,
      });
      continue;
    }
    seenRegisters.set(registerKey, source.file);
    const births = new Map(
      register.staff.map((s) => [
        foldKey(s.code),
        s.birthDate === null ? "" : formatDate(s.birthDate),
      ])
    );
    const rows = rowsOf(source.file, register, proposals);
    for (const row of rows) all.push({ row, birth: births.get(foldKey(row.subject)) ?? "" });
    files.push({
      file: source.file,
      agency: register.settings.agency,
      year: register.settings.year,
      rows: rows.length,
      unusable: null,
      errors,
      repeats: null,
    });
  }

  const byAuthority = new Map<string, { row: RollupRow; birth: string }[]>();
  for (const item of all) {
    const list = byAuthority.get(item.row.authority) ?? [];
    list.push(item);
    byAuthority.set(item.row.authority, list);
  }
  const lists = [...byAuthority.entries()]
    .sort((a, b) => authorityRank(a[0]) - authorityRank(b[0]) || (a[0] < b[0] ? -1 : 1))
    .map(([authority, items]) => {
      const firstSeen = new Map<string, { file: string; line: number }>();
      const rows = items.map(({ row, birth }, i) => {
        const key = identity(row, birth);
        const earlier = firstSeen.get(key);
        if (earlier === undefined) {
          firstSeen.set(key, { file: row.file, line: i + 1 });
          return row;
        }
        const duplicate: RollupDuplicate = { kind: "of", line: earlier.line, file: earlier.file };
        return { ...row, duplicate };
      });
      // Mark the first of each duplicated pair too, so neither is missed.
      const duplicated = new Set(
        rows.map((r) => (r.duplicate?.kind === "of" ? r.duplicate.line : null))
      );
      const later: RollupDuplicate = { kind: "later" };
      return {
        authority,
        rows: rows.map((r, i) =>
          r.duplicate === null && duplicated.has(i + 1) ? { ...r, duplicate: later } : r
        ),
      };
    });
  return { lists, files };
}
