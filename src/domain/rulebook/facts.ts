/**
 * The register indexed for the rules: every lookup a condition makes is a Map access, so that
 * 10,000 staff evaluate in linear time.
 */
import type {
  AwardKey,
  HistoryRecord,
  Initiative,
  Rating,
  Register,
  Staff,
  Unit,
  Vote,
} from "../model";
import type { ProposalStatus, SubjectKind, UnitScore } from "../report";

export type Subject =
  | { readonly kind: "individual"; readonly code: string; readonly staff: Staff }
  | { readonly kind: "collective"; readonly code: string; readonly unit: Unit };

export interface RegisterFacts {
  /** `Năm` of the register. */
  readonly year: number;
  readonly staffByCode: ReadonlyMap<string, Staff>;
  readonly unitByCode: ReadonlyMap<string, Unit>;
  /** Unit code → its staff in roster order. */
  readonly membersByUnit: ReadonlyMap<string, readonly Staff[]>;
  /** Subject code → award → year → the `Lịch sử` record. */
  readonly awardsBySubject: ReadonlyMap<
    string,
    ReadonlyMap<AwardKey, ReadonlyMap<number, HistoryRecord>>
  >;
  /** Subject code → year → rating recorded in `Lịch sử`. */
  readonly ratingsBySubject: ReadonlyMap<string, ReadonlyMap<number, Rating>>;
  readonly initiativesByStaff: ReadonlyMap<string, readonly Initiative[]>;
  /** voteKey(subject, award) → the first `Bình xét` row for it. */
  readonly votes: ReadonlyMap<string, Vote>;
  /** `Số thành viên Hội đồng` of `Cấu hình`. */
  readonly councilMembers: number | null;
  /** Unit code → its score and rank. */
  readonly unitScores: ReadonlyMap<string, UnitScore>;
  /** Whether `Tiêu chí` has any scored (leaf) criterion: without one nothing can be ranked. */
  readonly hasCriteria: boolean;
  /** One Subject object per person and per unit, built once. */
  readonly staffSubjects: ReadonlyMap<string, Subject>;
  readonly unitSubjects: ReadonlyMap<string, Subject>;
}

export function voteKey(subject: string, award: AwardKey): string {
  return `${subject}\u0000${award}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes a register for evaluation in year `year`. */
export function buildFacts(
  register: Register,
  year: number,
  scores: readonly UnitScore[]
): RegisterFacts {
  // Indexed loops over the register's long lists: they run once, mostly before the engine
  // optimises them, and an iterator result per record is garbage the collector copies around.
  const staffByCode = new Map<string, Staff>();
  const membersByUnit = new Map<string, Staff[]>();
  const staffSubjects = new Map<string, Subject>();
  for (let i = 0; i < register.staff.length; i++) {
    const person = register.staff[i] as Staff;
    if (staffByCode.has(person.code)) continue; // a duplicate code is a validation error; the first row wins
    staffByCode.set(person.code, person);
    staffSubjects.set(person.code, subjectOfStaff(person));
    push(membersByUnit, person.unitCode, person);
  }
  const unitByCode = new Map<string, Unit>();
  for (const unit of register.units)
    if (!unitByCode.has(unit.code)) unitByCode.set(unit.code, unit);

  const awardsBySubject = new Map<string, Map<AwardKey, Map<number, HistoryRecord>>>();
  const ratingsBySubject = new Map<string, Map<number, Rating>>();
  for (let i = 0; i < register.history.length; i++) {
    const record = register.history[i] as HistoryRecord;
    // Rows of year y or later are ignored (a warning says so); đột xuất / chuyên đề awards
    // reward another achievement and are no ground of a công trạng award (Decree 152 Art. 4(3)).
    if (record.year === null || record.year >= year) continue;
    if (record.awardKey !== null && record.awardKind === "CONG_TRANG") {
      let byAward = awardsBySubject.get(record.subject);
      if (!byAward)
        awardsBySubject.set(
          record.subject,
          (byAward = new Map<AwardKey, Map<number, HistoryRecord>>())
        );
      let byYear = byAward.get(record.awardKey);
      if (!byYear) byAward.set(record.awardKey, (byYear = new Map<number, HistoryRecord>()));
      if (!byYear.has(record.year)) byYear.set(record.year, record);
    }
    if (record.rating !== null) {
      let byYear = ratingsBySubject.get(record.subject);
      if (!byYear) ratingsBySubject.set(record.subject, (byYear = new Map<number, Rating>()));
      if (!byYear.has(record.year)) byYear.set(record.year, record.rating);
    }
  }

  const initiativesByStaff = new Map<string, Initiative[]>();
  for (const initiative of register.initiatives)
    push(initiativesByStaff, initiative.staffCode, initiative);

  const votes = new Map<string, Vote>();
  for (const vote of register.votes) {
    if (vote.awardKey === null) continue;
    const key = voteKey(vote.subject, vote.awardKey);
    if (!votes.has(key)) votes.set(key, vote);
  }

  return {
    year,
    staffByCode,
    unitByCode,
    membersByUnit,
    awardsBySubject,
    ratingsBySubject,
    initiativesByStaff,
    votes,
    councilMembers: register.settings.councilMembers,
    unitScores: new Map(scores.map((s) => [s.unit, s])),
    hasCriteria: register.criteria.some((c) => c.isLeaf),
    staffSubjects,
    unitSubjects: new Map([...unitByCode.values()].map((u) => [u.code, subjectOfUnit(u)])),
  };
}

/** What a condition may ask about this run: the status of a (title, subject) pair evaluated earlier. */
export interface EvaluationContext {
  readonly facts: RegisterFacts;
  /** Undefined when the pair was not evaluated (neither pledged nor implied). */
  statusOf(award: AwardKey, kind: SubjectKind, code: string): ProposalStatus | undefined;
}

/**
 * Titles whose status in this run counts as held in y (rules.md, notation): an award, a flag or a
 * CSTĐ tỉnh/toàn quốc proposed in this run is never a ground of another proposal of this run —
 * it would reward the same achievement twice.
 */
export const GROUND_THIS_YEAR: ReadonlySet<AwardKey> = new Set<AwardKey>([
  "LDTT",
  "CSTDCS",
  "TTLDTT",
  "TTLDXS",
]);

/** had(x, T, k): from `Lịch sử` (công trạng rows) for k < y, from this run's `proposed` for k = y. */
export function had(
  ctx: EvaluationContext,
  subject: Subject,
  award: AwardKey,
  year: number
): boolean {
  const y = ctx.facts.year;
  if (year > y) return false;
  if (year === y)
    return (
      GROUND_THIS_YEAR.has(award) && ctx.statusOf(award, subject.kind, subject.code) === "proposed"
    );
  return ctx.facts.awardsBySubject.get(subject.code)?.get(award)?.has(year) ?? false;
}

/** The `Lịch sử` record behind had(x, T, k) for k < y (for its decision number). */
export function historyRecord(
  facts: RegisterFacts,
  subject: string,
  award: AwardKey,
  year: number
): HistoryRecord | undefined {
  return facts.awardsBySubject.get(subject)?.get(award)?.get(year);
}

/** rating(x, k): `Xếp loại` of `Cán bộ`/`Đơn vị` for k = y, `Lịch sử` for earlier years. */
export function ratingOf(facts: RegisterFacts, subject: Subject, year: number): Rating | null {
  if (year === facts.year)
    return subject.kind === "individual" ? subject.staff.rating : subject.unit.rating;
  if (year > facts.year) return null;
  return facts.ratingsBySubject.get(subject.code)?.get(year) ?? null;
}

export function subjectOfStaff(staff: Staff): Subject {
  return { kind: "individual", code: staff.code, staff };
}

export function subjectOfUnit(unit: Unit): Subject {
  return { kind: "collective", code: unit.code, unit };
}

/**
 * The default achievement window of an award, in years ending at its `Năm` (rules.md,
 * "Achievement periods"): what its conditions count.
 */
export const DEFAULT_PERIOD_YEARS: Readonly<Partial<Record<AwardKey, number>>> = {
  BK_TINH: 2,
  BK_BO: 2,
  CSTD_TINH: 3,
  BK_TTG: 5,
  CSTD_TQ: 6,
};

/** An achievement period `[from, to]`, both years included. */
export interface Period {
  readonly from: number;
  readonly to: number;
}

/**
 * The period a `Lịch sử` award rewarded: its own `Thành tích từ/đến năm`, or the key's default
 * window ending at `Năm`; only `from` given → to = `Năm`; only `to` given → the window ending at it.
 */
export function periodOf(record: HistoryRecord): Period | null {
  if (record.year === null || record.awardKey === null) return null;
  const window = DEFAULT_PERIOD_YEARS[record.awardKey] ?? 1;
  const to = record.periodTo ?? record.year;
  const from = record.periodFrom ?? to - window + 1;
  return { from, to };
}

/** An earlier công trạng award and the period it rewarded. */
export interface PeriodAward {
  readonly record: HistoryRecord;
  readonly award: AwardKey;
  readonly period: Period;
}

/** The subject's earlier award of one of `keys` whose period ends last ("latest"), if any. */
export function latestAward(
  facts: RegisterFacts,
  subject: string,
  keys: readonly AwardKey[]
): PeriodAward | null {
  let best: PeriodAward | null = null;
  const byAward = facts.awardsBySubject.get(subject);
  for (const award of keys) {
    for (const record of byAward?.get(award)?.values() ?? []) {
      const period = periodOf(record);
      if (period !== null && (best === null || period.to > best.period.to))
        best = { record, award, period };
    }
  }
  return best;
}
