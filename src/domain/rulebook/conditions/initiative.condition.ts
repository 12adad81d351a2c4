/** Conditions on a person's recognised initiatives, research topics and solutions (`Sáng kiến`). */
import { DEFAULT_INITIATIVE_KIND, SCOPE_TEXT } from "../../codec/vocabulary";
import { proposalReason, type ProposalReason } from "../../messages/proposal-reasons";
import type { Initiative, InitiativeScope } from "../../model";
import { formatDateVi } from "../format-vi";
import { defineCondition, fail, pass, yearSpan } from "./condition";
import { CONDITION_DESCRIPTIONS } from "./descriptions";

/** "Sáng kiến “Số hóa hồ sơ” (phạm vi Tỉnh; QĐ công nhận số 12/QĐ-UBND ngày 01/10/2024)". */
export function describeInitiative(initiative: Initiative): ProposalReason {
  const details: ProposalReason[] = [];
  if (initiative.scope !== null)
    details.push(proposalReason("initiative-scope", { scope: SCOPE_TEXT[initiative.scope] }));
  const decision = initiative.decisionNo.trim();
  const date = initiative.recognisedOn === null ? "" : formatDateVi(initiative.recognisedOn);
  if (decision !== "" || date !== "")
    details.push(proposalReason("initiative-decision", { number: decision, date }));
  return proposalReason("initiative", {
    kind: initiativeKind(initiative),
    title: initiative.title,
    details,
  });
}

/** `Loại` as compared: an empty cell counts as Sáng kiến (register-format.md). */
export function initiativeKind(initiative: Initiative): string {
  const kind = initiative.kind.trim();
  return kind === "" ? DEFAULT_INITIATIVE_KIND : kind;
}

/**
 * An initiative is a ground only with its recognition: both `Số quyết định` and `Ngày công nhận`
 * (Law Art. 3(4), Art. 84(1)(d)); a row without them is reported and never counted.
 */
export function isRecognised(initiative: Initiative): boolean {
  return initiative.decisionNo.trim() !== "" && initiative.recognisedOn !== null;
}

/**
 * At least `minCount` recognised initiatives of the person with a scope in `scopes` (null = any
 * scope), recognised within the `withinYears` years ending at y (null = any year up to y); with
 * `sameKind`, `minCount` of one `Loại` (two Sáng kiến, or two Đề tài: Law Art. 74(1)(d)).
 */
export const initiativeRecognised = defineCondition({
  name: "initiative",
  description: CONDITION_DESCRIPTIONS["initiative"],
  subjects: ["individual"],
  args: (z) =>
    z.object({
      scopes: z
        .array(z.enum(["CO_SO", "TINH", "TOAN_QUOC"]))
        .min(1)
        .nullable()
        .optional(),
      withinYears: z.number().int().min(1).nullable().optional(),
      minCount: z.number().int().min(1).optional(),
      sameKind: z.boolean().optional(),
    }),
  evaluate({ scopes = null, withinYears = null, minCount = 1, sameKind = false }, subject, ctx) {
    if (subject.kind !== "individual") return pass();
    const y = ctx.facts.year;
    const from = withinYears === null ? null : y - withinYears + 1;
    const all = ctx.facts.initiativesByStaff.get(subject.code) ?? [];
    const inScope = all.filter((i) => {
      if (!inScopes(i, scopes)) return false;
      const year = i.recognisedOn?.year ?? null;
      if (year === null) return !isRecognised(i); // counted below as "without decision"
      return year <= y && (from === null || year >= from);
    });
    const matching = inScope.filter(isRecognised);
    const unrecognised = inScope.length - matching.length;
    let used = matching;
    if (sameKind) {
      const byKind = new Map<string, Initiative[]>();
      for (const i of matching)
        byKind.set(initiativeKind(i), [...(byKind.get(initiativeKind(i)) ?? []), i]);
      used = [...byKind.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    }
    if (used.length >= minCount) {
      const chosen = used.slice(0, Math.max(minCount, 1));
      return pass(
        chosen.map(describeInitiative),
        chosen.flatMap((i) => (i.recognisedOn ? [i.recognisedOn.year] : [])),
        chosen
      );
    }
    const what = proposalReason("initiatives-what", {
      scopes: scopes === null ? [] : scopes.map((s) => SCOPE_TEXT[s]),
    });
    const when =
      from === null
        ? ""
        : proposalReason("initiatives-when", { span: yearSpan(from, y), oneYear: from === y });
    const note =
      unrecognised > 0 ? [proposalReason("initiatives-unrecognised", { count: unrecognised })] : [];
    const kindNote =
      sameKind && matching.length >= minCount ? [proposalReason("initiatives-same-kind", {})] : [];
    if (used.length === 0)
      return fail(proposalReason("initiatives-none", { what, when, min: minCount, notes: note }));
    return fail(
      proposalReason("initiatives-too-few", {
        count: used.length,
        what,
        when,
        min: minCount,
        notes: [...kindNote, ...note],
      })
    );
  },
  holds({ scopes = null, withinYears = null, minCount = 1, sameKind = false }, subject, ctx) {
    if (subject.kind !== "individual") return true;
    const y = ctx.facts.year;
    const from = withinYears === null ? null : y - withinYears + 1;
    // The recognised initiatives `evaluate` counts (`matching`), by kind when `sameKind`.
    let count = 0;
    const byKind = sameKind ? new Map<string, number>() : null;
    for (const i of ctx.facts.initiativesByStaff.get(subject.code) ?? []) {
      if (!inScopes(i, scopes) || !isRecognised(i) || i.recognisedOn === null) continue;
      const year = i.recognisedOn.year;
      if (year > y || (from !== null && year < from)) continue;
      if (byKind === null) count++;
      else {
        const kind = initiativeKind(i);
        const n = (byKind.get(kind) ?? 0) + 1;
        byKind.set(kind, n);
        if (n > count) count = n;
      }
    }
    return count >= minCount;
  },
});

function inScopes(initiative: Initiative, scopes: readonly InitiativeScope[] | null): boolean {
  return scopes === null || (initiative.scope !== null && scopes.includes(initiative.scope));
}
