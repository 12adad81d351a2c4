/**
 * The shape of a rulebook: one declarative definition per title/award, checked when the rulebook
 * is loaded, then bound to a run's parameter values. A definition composes named conditions
 * (conditions/registry.ts) with literal arguments or references to parameters. The shapes and
 * arguments of a rulebook read from outside are checked by zod (rulebook-schema.ts); the shipped
 * rulebook is trusted data, proven valid by its tests with that same check, so a run loads no zod.
 */
import type { AwardKey } from "../model";
import type { SubjectKind } from "../report";
import { awardByKey } from "./award-catalogue";
import type { BoundCondition, Zod } from "./conditions/condition";
import { CONDITIONS } from "./conditions/registry";
import { GENERAL_PARAMETERS } from "./general-parameters";
import { DECREE_152_2025, type CitationKey, type LegalBasis } from "./legal-basis";
import type { ParameterDefinition, ParameterValues } from "./parameter-definition";

/** A condition argument: a literal, or `{ param: "id" }` for a parameter's value in this run. */
export type ArgValue =
  number | string | boolean | null | readonly (string | number)[] | { readonly param: string };

export interface ConditionSpec {
  readonly use: string;
  readonly args?: Readonly<Record<string, ArgValue>>;
}

/** Holds when every condition of at least one alternative holds (a law's "một trong các tiêu chuẩn"). */
export interface AnyOfSpec {
  /** Vietnamese, names the requirement as a whole in reasons. */
  readonly label: string;
  readonly anyOf: readonly { readonly label: string; readonly all: readonly ConditionStep[] }[];
}

export type ConditionStep = ConditionSpec | AnyOfSpec;

/** Tie-break keys for a quota cut, in order (rules.md: CSTDCS). */
export const TIE_BREAK_KEYS = ["voteShare", "rating", "women", "code"] as const;
export type TieBreakKey = (typeof TIE_BREAK_KEYS)[number];

export interface QuotaSpec {
  /** At most floor(share × number proposed for `of`) subjects are proposed. */
  readonly kind: "share-of-proposed";
  readonly of: AwardKey;
  /** A share, or a parameter whose value may be null (no quota). */
  readonly share: number | { readonly param: string };
  readonly order: readonly TieBreakKey[];
}

export interface RuleVariant {
  readonly conditions: readonly ConditionStep[];
  /** Council vote required: yes / total members ≥ threshold. */
  readonly vote?: { readonly threshold: number | { readonly param: string } };
  readonly quota?: QuotaSpec;
}

export interface RuleDefinition {
  readonly key: AwardKey;
  /** One line: the legal source. */
  readonly source: string;
  /** Lower titles evaluated with it for the same subject (rules.md, "What gets evaluated"). */
  readonly implies: readonly AwardKey[];
  /** Warn about subjects who meet it without pledging it. */
  readonly reconcile?: boolean;
  readonly individual?: RuleVariant;
  readonly collective?: RuleVariant;
  /** Parameters this rule introduces (others it references may come from other rules). */
  readonly parameters: readonly ParameterDefinition[];
  /**
   * Vietnamese: who votes or decides after the Sở proposes it (rules.md, "Council votes"); absent
   * for what the Giám đốc Sở decides, whose `nextStep` is null.
   */
  readonly nextStep?: string;
  /**
   * One achievement is rewarded once (rules.md, "Achievement periods"): every year the conditions
   * use as a ground must come after the period of the subject's latest earlier award of these
   * keys (normally the rule's own key).
   */
  readonly periodGuard?: readonly AwardKey[];
  /**
   * Rules of one group share an achievement: in one run a subject gets at most one of them (the
   * one pledged first is evaluated, the others are `not_eligible`).
   */
  readonly exclusiveGroup?: string;
}

export interface RulebookSource {
  readonly name: string;
  readonly source: string;
  readonly rules: readonly RuleDefinition[];
  /**
   * The legal basis of this version: its effective dates, and the articles `{cite:<key>}` in
   * sources and next steps resolve to. Without one, citations are those of the current basis
   * (Decree 152/2025).
   */
  readonly legalBasis?: LegalBasis;
}

export interface Rulebook extends RulebookSource {
  /** Keys in an order where every rule comes after the titles of the year it reads. */
  readonly order: readonly AwardKey[];
  /** General parameters and every rule's parameters. */
  readonly parameters: readonly ParameterDefinition[];
  readonly byKey: ReadonlyMap<AwardKey, RuleDefinition>;
}

const CITE = /\{cite:([A-Za-z]+)\}/g;

/** Replaces `{cite:key}` by the basis's article; an unknown key or no basis is an error. */
function resolveCitations(text: string, basis: LegalBasis | undefined, errors: string[]): string {
  return text.replace(CITE, (whole, key: string) => {
    const found = basis?.citations[key as CitationKey];
    if (found === undefined) {
      errors.push(`unknown citation: ${whole}`);
      return whole;
    }
    return found;
  });
}

/** The rulebook's texts with citations resolved: sources of rules and parameters, next steps. */
function withCitations(source: RulebookSource, errors: string[]): RulebookSource {
  const basis = source.legalBasis ?? DECREE_152_2025;
  const cite = (t: string): string => resolveCitations(t, basis, errors);
  const param = (p: ParameterDefinition): ParameterDefinition => ({ ...p, source: cite(p.source) });
  return {
    ...source,
    rules: source.rules.map((r) => ({
      ...r,
      source: cite(r.source),
      parameters: r.parameters.map(param),
      ...(r.nextStep === undefined ? {} : { nextStep: cite(r.nextStep) }),
    })),
  };
}

export function isAnyOf(step: ConditionStep): step is AnyOfSpec {
  return "anyOf" in step;
}

function isParamRef(value: unknown): value is { readonly param: string } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "param" in value;
}

/** Replaces parameter references by their values. */
export function resolveArgs(
  args: Readonly<Record<string, ArgValue>> | undefined,
  params: ParameterValues
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args ?? {})) {
    out[name] = isParamRef(value) ? params[value.param] : value;
  }
  return out;
}

/** A share given literally or by parameter, in this run (null = none). */
export function resolveShare(
  value: number | { readonly param: string },
  params: ParameterValues
): number | null {
  if (typeof value === "number") return value;
  const v = params[value.param];
  return typeof v === "number" ? v : null;
}

export type BoundStep =
  | { readonly kind: "condition"; readonly condition: BoundCondition }
  | {
      readonly kind: "anyOf";
      readonly label: string;
      readonly alternatives: readonly {
        readonly label: string;
        readonly all: readonly BoundStep[];
      }[];
    };

/**
 * Binds a variant's conditions to parameter values; an error names the step at fault. With `zod`,
 * each condition's arguments are checked by its schema first (a rulebook read from outside);
 * without, they are trusted (the shipped rulebook, whose tests check them with every value its
 * parameters accept).
 */
export function bindSteps(
  steps: readonly ConditionStep[],
  params: ParameterValues,
  kind: SubjectKind,
  zod: Zod | null = null
):
  | { readonly ok: true; readonly steps: readonly BoundStep[] }
  | { readonly ok: false; readonly error: string } {
  const bound: BoundStep[] = [];
  for (const step of steps) {
    if (isAnyOf(step)) {
      const alternatives: { label: string; all: readonly BoundStep[] }[] = [];
      for (const alt of step.anyOf) {
        const inner = bindSteps(alt.all, params, kind, zod);
        if (!inner.ok) return inner;
        alternatives.push({ label: alt.label, all: inner.steps });
      }
      bound.push({ kind: "anyOf", label: step.label, alternatives });
      continue;
    }
    const condition = CONDITIONS.get(step.use);
    if (!condition) return { ok: false, error: `unknown condition: ${step.use}` };
    if (!condition.subjects.includes(kind))
      return { ok: false, error: `condition ${step.use} does not apply to ${kind}` };
    for (const value of Object.values(step.args ?? {})) {
      if (isParamRef(value) && !(value.param in params))
        return { ok: false, error: `unknown parameter: ${value.param}` };
    }
    const args = resolveArgs(step.args, params);
    const error = zod === null ? null : condition.check(args, zod);
    if (error !== null) return { ok: false, error };
    bound.push({ kind: "condition", condition: condition.bind(args) });
  }
  return { ok: true, steps: bound };
}

/** Titles of the year the bound steps read. */
export function requiredKeys(steps: readonly BoundStep[]): AwardKey[] {
  return steps.flatMap((s) =>
    s.kind === "condition"
      ? [...s.condition.requires]
      : s.alternatives.flatMap((a) => requiredKeys(a.all))
  );
}

export function variantOf(rule: RuleDefinition, kind: SubjectKind): RuleVariant | undefined {
  return kind === "individual" ? rule.individual : rule.collective;
}

/** Default values of a list of parameter definitions. */
export function defaultsOf(parameters: readonly ParameterDefinition[]): ParameterValues {
  return Object.fromEntries(parameters.map((p) => [p.id, p.defaultValue]));
}

/**
 * Checks a rulebook of the right shape (types, or rulebook-schema.ts's zod check) and computes its
 * evaluation order. Returns every problem found; a rulebook shipped with the program that fails
 * this is a bug (loadRulebook throws), so its messages are for developers, in English like zod's
 * beside them, not the users' catalogue. With `zod`, conditions' arguments are checked too.
 */
export function checkRulebook(
  raw: RulebookSource,
  zod: Zod | null
):
  | { readonly ok: true; readonly rulebook: Rulebook }
  | { readonly ok: false; readonly errors: readonly string[] } {
  const errors: string[] = [];
  // Citations of the version resolved.
  const source = withCitations(raw, errors);
  const byKey = new Map<AwardKey, RuleDefinition>();
  for (const rule of source.rules) {
    if (byKey.has(rule.key)) errors.push(`${rule.key}: defined twice`);
    byKey.set(rule.key, rule);
  }
  const parameters = [
    ...GENERAL_PARAMETERS.map((p) => ({
      ...p,
      source: resolveCitations(p.source, source.legalBasis ?? DECREE_152_2025, errors),
    })),
    ...source.rules.flatMap((r) => r.parameters),
  ];
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const p of parameters) {
    if (ids.has(p.id)) errors.push(`parameter id used twice: ${p.id}`);
    ids.add(p.id);
    for (const label of [p.label, ...(p.aliases ?? [])]) {
      const folded = label.toLocaleLowerCase("vi");
      if (labels.has(folded)) errors.push(`parameter label used twice: ${label}`);
      labels.add(folded);
    }
  }
  const defaults = defaultsOf(parameters);
  const deps = new Map<AwardKey, Set<AwardKey>>();
  for (const rule of source.rules) {
    const scope = awardByKey(rule.key).scope;
    const need = new Set<AwardKey>(rule.implies);
    if (!rule.individual && !rule.collective)
      errors.push(`${rule.key}: no conditions for individuals or collectives`);
    // Above the Sở, "proposed" is only a nomination: the list must say who acts next.
    if (awardByKey(rule.key).authority !== "GIAM_DOC_SO" && rule.nextStep === undefined)
      errors.push(`${rule.key}: no nextStep, though a higher authority decides`);
    for (const kind of ["individual", "collective"] as const) {
      const variant = variantOf(rule, kind);
      if (!variant) continue;
      if (scope !== "both" && scope !== kind)
        errors.push(`${rule.key}: the award catalogue does not give it to ${kind}`);
      const bound = bindSteps(variant.conditions, defaults, kind, zod);
      if (!bound.ok) {
        errors.push(`${rule.key} (${kind}): ${bound.error}`);
        continue;
      }
      for (const k of requiredKeys(bound.steps)) need.add(k);
      if (variant.quota) need.add(variant.quota.of);
      for (const ref of [variant.vote?.threshold, variant.quota?.share]) {
        if (isParamRef(ref) && !ids.has(ref.param))
          errors.push(`${rule.key}: unknown parameter: ${ref.param}`);
      }
      for (const implied of rule.implies) {
        const target = byKey.get(implied);
        if (!target) errors.push(`${rule.key}: implied title ${implied} is not in the rulebook`);
        else if (!variantOf(target, kind))
          errors.push(`${rule.key}: ${implied} is not evaluated for ${kind}`);
      }
    }
    need.delete(rule.key);
    deps.set(rule.key, need);
  }
  for (const [key, need] of deps) {
    for (const k of need)
      if (!byKey.has(k)) errors.push(`${key}: needs ${k}, which the rulebook lacks`);
  }
  const order = topologicalOrder(
    source.rules.map((r) => r.key),
    deps
  );
  if (order === null) errors.push("the rules depend on each other in a cycle");
  if (errors.length > 0 || order === null) return { ok: false, errors };
  return { ok: true, rulebook: { ...source, order, parameters, byKey } };
}

/**
 * Loads a rulebook that must be valid (one shipped with the program): its shape and conditions'
 * arguments are trusted (tests check them with zod), the rest is checked here.
 */
export function loadRulebook(raw: RulebookSource): Rulebook {
  const parsed = checkRulebook(raw, null);
  if (!parsed.ok) throw new Error(`invalid rulebook ${raw.name}: ${parsed.errors.join("; ")}`);
  return parsed.rulebook;
}

/** Keys ordered so each comes after what it needs (declaration order among equals), or null on a cycle. */
function topologicalOrder(
  keys: readonly AwardKey[],
  deps: ReadonlyMap<AwardKey, ReadonlySet<AwardKey>>
): AwardKey[] | null {
  const order: AwardKey[] = [];
  const state = new Map<AwardKey, "visiting" | "done">();
  const visit = (key: AwardKey): boolean => {
    const s = state.get(key);
    if (s === "done") return true;
    if (s === "visiting") return false;
    state.set(key, "visiting");
    for (const dep of deps.get(key) ?? []) if (deps.has(dep) && !visit(dep)) return false;
    state.set(key, "done");
    order.push(key);
    return true;
  };
  for (const key of keys) if (!visit(key)) return null;
  return order;
}
