/** Conditions on a person's recognised initiatives, research topics and solutions (`Sáng kiến`). */
import { z } from "zod";
import type { Initiative, InitiativeScope } from "../../model";
import { formatDateVi } from "../format-vi";
import { defineCondition, fail, pass, yearSpan } from "./condition";
import { CONDITION_DESCRIPTIONS } from "./descriptions";

const SCOPE_TEXT: Readonly<Record<InitiativeScope, string>> = {
  CO_SO: "Cơ sở",
  TINH: "Tỉnh",
  TOAN_QUOC: "Toàn quốc",
};

/** "Sáng kiến “Số hóa hồ sơ” (phạm vi Tỉnh; QĐ công nhận số 12/QĐ-UBND ngày 01/10/2024)". */
export function describeInitiative(initiative: Initiative): string {
  const kind = initiative.kind.trim() === "" ? "Sáng kiến" : initiative.kind.trim();
  const details: string[] = [];
  if (initiative.scope !== null) details.push(`phạm vi ${SCOPE_TEXT[initiative.scope]}`);
  const decision = initiative.decisionNo.trim();
  const date =
    initiative.recognisedOn === null ? "" : ` ngày ${formatDateVi(initiative.recognisedOn)}`;
  if (decision !== "" || date !== "")
    details.push(`QĐ công nhận${decision === "" ? "" : ` số ${decision}`}${date}`);
  return `${kind} “${initiative.title}”${details.length > 0 ? ` (${details.join("; ")})` : ""}`;
}

/** `Loại` as compared: an empty cell counts as Sáng kiến (register-format.md). */
export function initiativeKind(initiative: Initiative): string {
  const kind = initiative.kind.trim();
  return kind === "" ? "Sáng kiến" : kind;
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
  args: z.object({
    scopes: z
      .array(z.enum(["CO_SO", "TINH", "TOAN_QUOC"]))
      .min(1)
      .nullable()
      .default(null),
    withinYears: z.number().int().min(1).nullable().default(null),
    minCount: z.number().int().min(1).default(1),
    sameKind: z.boolean().default(false),
  }),
  evaluate({ scopes, withinYears, minCount, sameKind }, subject, ctx) {
    if (subject.kind !== "individual") return pass();
    const y = ctx.facts.year;
    const from = withinYears === null ? null : y - withinYears + 1;
    const all = ctx.facts.initiativesByStaff.get(subject.code) ?? [];
    const inScope = all.filter((i) => {
      if (scopes !== null && (i.scope === null || !scopes.includes(i.scope))) return false;
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
    const what =
      scopes === null
        ? "sáng kiến/đề tài"
        : `sáng kiến/đề tài có phạm vi ảnh hưởng ${scopes.map((s) => SCOPE_TEXT[s]).join(" hoặc ")}`;
    const when =
      from === null ? "" : ` được công nhận ${from === y ? "năm" : "trong"} ${yearSpan(from, y)}`;
    const note =
      unrecognised > 0
        ? ` (${unrecognised} dòng chưa có đủ số quyết định và ngày công nhận nên chưa được tính)`
        : "";
    const kindNote =
      sameKind && matching.length >= minCount
        ? " cùng một loại (Sáng kiến, Đề tài hoặc Giải pháp)"
        : "";
    if (used.length === 0)
      return fail(
        `Không có ${what}${when}${minCount > 1 ? ` (cần ít nhất ${minCount})` : ""}${note}`
      );
    return fail(`Có ${used.length} ${what}${when}, cần ít nhất ${minCount}${kindNote}${note}`);
  },
});
