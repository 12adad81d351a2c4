/** Conditions on a unit's place in the ranking by council score. */
import { z } from "zod";
import { SHEET } from "../../codec/register-layout";
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
            what: { kind: "council-score" as const, year: "" as const, name: subject.code },
          }
        : {
            sheet: SHEET.criteria,
            cell: null,
            what: { kind: "criteria" as const, year: "" as const, name: "" },
          };
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

/**
 * The unit leads its provincial emulation bloc: `Xếp hạng trong khối` = 1 (Law Art. 26(1), 25(1):
 * flags go to the leaders of the province's cụm/khối, not to the Sở's first-ranked division).
 */
export const blocLeader = defineCondition({
  name: "bloc-leader",
  description:
    "Tập thể dẫn đầu cụm, khối thi đua do tỉnh tổ chức (Xếp hạng trong khối = 1, theo kết quả bình xét của khối)",
  subjects: ["collective"],
  args: z.object({}),
  evaluate(_args, subject) {
    if (subject.kind !== "collective") return pass();
    const { unit } = subject;
    const bloc = unit.bloc.trim() === "" ? "khối thi đua" : `khối “${unit.bloc.trim()}”`;
    if (unit.blocRank === null)
      return fail(
        `Chưa có kết quả xếp hạng khối (cột "Xếp hạng trong khối" của trang Đơn vị) — Cờ thi đua chỉ xét cho tập thể dẫn đầu cụm, khối thi đua của tỉnh`,
        [
          {
            sheet: unit.src.sheet,
            cell: unit.src.cells.blocRank ?? null,
            what: { kind: "bloc-rank", year: "", name: unit.name || unit.code },
          },
        ]
      );
    if (unit.blocRank !== 1)
      return fail(`Xếp hạng ${unit.blocRank} trong ${bloc} — cần dẫn đầu khối (xếp hạng 1)`);
    return pass([`Dẫn đầu ${bloc} (xếp hạng 1)`]);
  },
});
