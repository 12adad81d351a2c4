/** Conditions on a person's recognised initiatives, research topics and solutions (`Sáng kiến`). */
import { z } from "zod";
import type { Initiative, InitiativeScope } from "../../model";
import { formatDateVi } from "../format-vi";
import { defineCondition, fail, pass, yearSpan } from "./condition";

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

/**
 * At least `minCount` initiatives of the person with a scope in `scopes` (null = any scope),
 * recognised within the `withinYears` years ending at y (null = any year up to y).
 */
export const initiativeRecognised = defineCondition({
  name: "initiative",
  description: "Có sáng kiến/đề tài được công nhận (theo phạm vi ảnh hưởng và năm công nhận)",
  subjects: ["individual"],
  args: z.object({
    scopes: z
      .array(z.enum(["CO_SO", "TINH", "TOAN_QUOC"]))
      .min(1)
      .nullable()
      .default(null),
    withinYears: z.number().int().min(1).nullable().default(null),
    minCount: z.number().int().min(1).default(1),
  }),
  evaluate({ scopes, withinYears, minCount }, subject, ctx) {
    if (subject.kind !== "individual") return pass();
    const y = ctx.facts.year;
    const from = withinYears === null ? null : y - withinYears + 1;
    const matching = (ctx.facts.initiativesByStaff.get(subject.code) ?? []).filter((i) => {
      if (scopes !== null && (i.scope === null || !scopes.includes(i.scope))) return false;
      const year = i.recognisedOn?.year ?? null;
      if (from === null) return year === null || year <= y;
      return year !== null && year >= from && year <= y;
    });
    if (matching.length >= minCount) return pass(matching.map(describeInitiative));
    const what =
      scopes === null
        ? "sáng kiến/đề tài"
        : `sáng kiến/đề tài có phạm vi ảnh hưởng ${scopes.map((s) => SCOPE_TEXT[s]).join(" hoặc ")}`;
    const when =
      from === null ? "" : ` được công nhận ${from === y ? "năm" : "trong"} ${yearSpan(from, y)}`;
    if (matching.length === 0)
      return fail(`Không có ${what}${when}${minCount > 1 ? ` (cần ít nhất ${minCount})` : ""}`);
    return fail(`Có ${matching.length} ${what}${when}, cần ít nhất ${minCount}`);
  },
});
