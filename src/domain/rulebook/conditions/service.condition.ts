/** Conditions on a person's year of service: months worked and discipline. */
import { DISCIPLINE_LEVELS, disciplineReaches } from "../discipline";
import { proposalReason } from "../../messages/proposal-reasons";
import { decimal } from "../../messages/param-types";
import { defineCondition, fail, pass } from "./condition";
import { CONDITION_DESCRIPTIONS } from "./descriptions";

/** Months worked in y ≥ minimum; maternity leave counts as worked (Decree 152/2025 Art. 4). */
export const minMonthsWorked = defineCondition({
  name: "min-months-worked",
  description: CONDITION_DESCRIPTIONS["min-months-worked"],
  subjects: ["individual"],
  args: (z) =>
    z.object({ months: z.number().min(0).max(12), maternityCounts: z.boolean().optional() }),
  evaluate({ months, maternityCounts = true }, subject, ctx) {
    if (subject.kind !== "individual") return pass();
    const y = ctx.facts.year;
    const { staff } = subject;
    if (maternityCounts && staff.maternityLeave) {
      return pass([proposalReason("maternity-leave", { year: y })]);
    }
    // An empty cell means the whole year (register-format.md, rules.md "Empty cells").
    const worked = staff.monthsWorked ?? 12;
    if (worked < months) {
      return fail(
        proposalReason("months-short", {
          year: y,
          worked: decimal(worked),
          min: decimal(months),
        })
      );
    }
    return pass();
  },
});

/** No discipline in y at `level` or heavier (null = no such check). */
export const noDisciplineFrom = defineCondition({
  name: "no-discipline-from",
  description: CONDITION_DESCRIPTIONS["no-discipline-from"],
  subjects: ["individual"],
  args: (z) => z.object({ level: z.enum(DISCIPLINE_LEVELS).nullable() }),
  evaluate({ level }, subject, ctx) {
    if (subject.kind !== "individual" || level === null) return pass();
    const text = subject.staff.discipline;
    if (text === null || text.trim() === "") return pass();
    const { reaches, level: found } = disciplineReaches(text, level);
    if (!reaches) return pass();
    const y = ctx.facts.year;
    if (found === null) {
      return fail(proposalReason("discipline-unknown", { year: y, text, level }));
    }
    return fail(proposalReason("discipline-blocks", { year: y, found, level }));
  },
});
