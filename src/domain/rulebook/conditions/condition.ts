/**
 * A condition is a small named predicate over one subject in the register's year. Rule
 * definitions compose conditions with arguments (literal values or parameter references), so a
 * different regulation is a different composition, not new code.
 */
import type { z } from "zod";
import type { MissingKind } from "../../messages/issue-codes";
import { proposalReason, type ProposalReason } from "../../messages/proposal-reasons";
import type { AwardKey, Initiative } from "../../model";
import type { SubjectKind } from "../../report";
import type { EvaluationContext, Subject } from "../facts";

/** Input a condition needed but the register lacks: the cell to fill in. */
export interface MissingData {
  readonly sheet: string;
  readonly cell: string | null;
  /** What is missing (worded by the catalogue): its kind, and whose value of which year. */
  readonly what: {
    readonly kind: MissingKind;
    /** The year it is for, or "" where the kind has none. */
    readonly year: number | "";
    /** Whose value (a person's or a unit's name), or "". */
    readonly name: string;
  };
}

export interface ConditionOutcome {
  readonly ok: boolean;
  /** Why it fails, with the numbers (empty when ok): worded at the edge, in the reader's language. */
  readonly reasons: readonly ProposalReason[];
  /** What it rests on when it holds (rating, years, initiative, …). */
  readonly grounds: readonly ProposalReason[];
  readonly missing: readonly MissingData[];
  /**
   * Fails only because a council vote this condition depends on (a lower title of this year)
   * is not recorded yet: once it is, the condition may hold.
   */
  readonly pendingVote?: boolean;
  /**
   * Years it used as grounds when it holds (ratings, titles, initiatives' recognition): each must
   * lie after the subject's earlier award of the same key (rules.md, "Achievement periods").
   */
  readonly years?: readonly number[];
  /** Initiatives (`Sáng kiến` rows) it rests on when it holds: each grounds one proposal only. */
  readonly initiatives?: readonly Initiative[];
}

const NOTHING: readonly never[] = Object.freeze([]);
const PASS: ConditionOutcome = Object.freeze({
  ok: true,
  reasons: NOTHING,
  grounds: NOTHING,
  missing: NOTHING,
});

export function pass(
  grounds: readonly ProposalReason[] = NOTHING,
  years: readonly number[] = NOTHING,
  initiatives: readonly Initiative[] = NOTHING
): ConditionOutcome {
  if (grounds.length === 0 && years.length === 0 && initiatives.length === 0) return PASS;
  return { ok: true, reasons: NOTHING, grounds, missing: NOTHING, years, initiatives };
}

export function fail(
  reason: ProposalReason,
  missing: readonly MissingData[] = NOTHING
): ConditionOutcome {
  return { ok: false, reasons: [reason], grounds: NOTHING, missing };
}

/** A failure that only waits for a council vote (see ConditionOutcome.pendingVote). */
export function pendingVote(reason: ProposalReason): ConditionOutcome {
  return { ok: false, reasons: [reason], grounds: NOTHING, missing: NOTHING, pendingVote: true };
}

/**
 * The zod namespace, handed to a condition's argument schema only where arguments are checked:
 * a rulebook read from outside (parseRulebook) and the tests that prove the shipped rulebooks
 * valid. A run binds the shipped rulebook's arguments as they are, so it does not load zod.
 */
export type Zod = typeof z;

/** A condition with typed arguments, as written in its file. */
export interface ConditionPredicate<A> {
  readonly name: string;
  /** One line, Vietnamese: what it checks. */
  readonly description: string;
  readonly subjects: readonly SubjectKind[];
  /**
   * The arguments' schema, built from the zod namespace it is given. Valid arguments parse to
   * themselves (no defaults or transforms: the predicate reads an absent optional argument
   * itself), so arguments once proven valid are bound as they are.
   */
  readonly args: (zod: Zod) => z.ZodType<A>;
  /** Titles/awards of the register's year this condition reads (evaluation order follows them). */
  readonly requires?: (args: A) => readonly AwardKey[];
  readonly evaluate: (args: A, subject: Subject, ctx: EvaluationContext) => ConditionOutcome;
  /**
   * Whether it holds, without wording why nor what on: always `evaluate(…).ok` (a property test
   * checks it), for reconciliation, which asks that of every subject that did not pledge the
   * title. Left out, `evaluate` answers.
   */
  readonly holds?: (args: A, subject: Subject, ctx: EvaluationContext) => boolean;
}

/** A condition with its arguments checked and fixed for one run. */
export interface BoundCondition {
  readonly name: string;
  readonly requires: readonly AwardKey[];
  evaluate(subject: Subject, ctx: EvaluationContext): ConditionOutcome;
  /** `evaluate(subject, ctx).ok`, worded nowhere. */
  holds(subject: Subject, ctx: EvaluationContext): boolean;
}

/** A condition of the registry: arguments arrive untyped from a rule definition. */
export interface AnyCondition {
  readonly name: string;
  readonly description: string;
  readonly subjects: readonly SubjectKind[];
  /** The arguments' zod schema (valid arguments parse to themselves). */
  schema(zod: Zod): z.ZodType;
  /** Checks arguments against the condition's zod schema: null when valid, else why not. */
  check(args: unknown, zod: Zod): string | null;
  /**
   * Binds arguments known to be valid: the shipped rulebook's (its tests run `check` over them,
   * with every value its parameters accept) or ones `check` passed.
   */
  bind(args: unknown): BoundCondition;
}

/** Wraps a typed condition so the registry can check and bind its untyped arguments. */
export function defineCondition<A>(condition: ConditionPredicate<A>): AnyCondition {
  let schema: z.ZodType<A> | null = null;
  const schemaOf = (zod: Zod): z.ZodType<A> => (schema ??= condition.args(zod));
  return {
    name: condition.name,
    description: condition.description,
    subjects: condition.subjects,
    schema: schemaOf,
    check(raw, zod) {
      const parsed = schemaOf(zod).safeParse(raw ?? {});
      return parsed.success ? null : `${condition.name}: ${parsed.error.message}`;
    },
    bind(raw) {
      const args = (raw ?? {}) as A;
      return {
        name: condition.name,
        requires: condition.requires?.(args) ?? [],
        evaluate: (subject, ctx) => condition.evaluate(args, subject, ctx),
        holds:
          condition.holds === undefined
            ? (subject, ctx) => condition.evaluate(args, subject, ctx).ok
            : (subject, ctx) => condition.holds?.(args, subject, ctx) === true,
      };
    },
  };
}

/** "2022–2024" or "2024". */
export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** "Nguyễn Văn A (CB012), Trần B (CB013) và 3 người khác". */
export function listPeople(
  people: readonly {
    readonly name: string;
    readonly code: string;
    readonly detail?: string | ProposalReason;
  }[],
  max = 5
): ProposalReason {
  const shown = people
    .slice(0, max)
    .map((p) => proposalReason("person", { name: p.name, code: p.code, detail: p.detail ?? "" }));
  return proposalReason("people-and-others", { shown, rest: people.length - shown.length });
}
