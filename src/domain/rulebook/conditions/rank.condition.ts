/** Conditions on a unit's place in the ranking by council score. */
import { z } from "zod";
import { formatNumberVi } from "../format-vi";
import { defineCondition, fail, pass } from "./condition";

/** The unit is ranked first (shared first place counts) by council total. */
export const rankedFirst = defineCondition({
  name: "ranked-first",
  description: "Tập thể dẫn đầu (xếp hạng 1) theo điểm Hội đồng chấm",
  subjects: ["collective"],
  args: z.object({}),
  evaluate(_args, subject, ctx) {
    const score = ctx.facts.unitScores.get(subject.code);
    if (!score || score.rank === null || score.councilScore === null) {
      const missing = ctx.facts.hasCriteria
        ? {
            sheet: `CĐ-${subject.code}`,
            cell: null,
            what: `điểm Hội đồng chấm của đơn vị ${subject.code}`,
          }
        : { sheet: "Tiêu chí", cell: null, what: "bảng tiêu chí chấm điểm (trang Tiêu chí trống)" };
      return fail(
        "Đơn vị chưa được xếp hạng (chưa đủ điểm Hội đồng chấm) — cần dẫn đầu, xếp hạng 1",
        [missing]
      );
    }
    const points = formatNumberVi(score.councilScore);
    if (score.rank !== 1)
      return fail(
        `Xếp hạng ${score.rank} theo điểm Hội đồng chấm (${points} điểm) — cần dẫn đầu, xếp hạng 1`
      );
    return pass([`Dẫn đầu, xếp hạng 1 theo điểm Hội đồng chấm (${points} điểm)`]);
  },
});
