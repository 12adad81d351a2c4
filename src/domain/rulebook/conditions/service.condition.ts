/** Conditions on a person's year of service: months worked and discipline. */
import { z } from "zod";
import { DISCIPLINE_LEVELS, disciplineReaches } from "../discipline";
import { formatNumberVi } from "../format-vi";
import { defineCondition, fail, pass } from "./condition";

/** Months worked in y ≥ minimum; maternity leave counts as worked (Decree 152/2025 Art. 4). */
export const minMonthsWorked = defineCondition({
  name: "min-months-worked",
  description:
    "Số tháng công tác trong năm không dưới mức tối thiểu (thời gian nghỉ thai sản được tính)",
  subjects: ["individual"],
  args: z.object({ months: z.number().min(0).max(12), maternityCounts: z.boolean().default(true) }),
  evaluate({ months, maternityCounts }, subject, ctx) {
    if (subject.kind !== "individual") return pass();
    const y = ctx.facts.year;
    const { staff } = subject;
    if (maternityCounts && staff.maternityLeave) {
      return pass([`Nghỉ thai sản trong năm ${y} (được tính là thời gian công tác)`]);
    }
    // An empty cell means the whole year (register-format.md, rules.md "Empty cells").
    const worked = staff.monthsWorked ?? 12;
    if (worked < months) {
      return fail(
        `Số tháng công tác năm ${y}: ${formatNumberVi(worked)} < ${formatNumberVi(months)} tháng tối thiểu`
      );
    }
    return pass();
  },
});

/** No discipline in y at `level` or heavier (null = no such check). */
export const noDisciplineFrom = defineCondition({
  name: "no-discipline-from",
  description: "Không bị kỷ luật trong năm từ hình thức đã định trở lên",
  subjects: ["individual"],
  args: z.object({ level: z.enum(DISCIPLINE_LEVELS).nullable() }),
  evaluate({ level }, subject, ctx) {
    if (subject.kind !== "individual" || level === null) return pass();
    const text = subject.staff.discipline;
    if (text === null || text.trim() === "") return pass();
    const { reaches, level: found } = disciplineReaches(text, level);
    if (!reaches) return pass();
    const y = ctx.facts.year;
    if (found === null) {
      return fail(
        `Bị kỷ luật năm ${y}: “${text}” — không nhận ra hình thức kỷ luật nên coi như từ ${level} trở lên`
      );
    }
    return fail(`Bị kỷ luật năm ${y}: ${found} (từ ${level} trở lên thì không được xét)`);
  },
});
