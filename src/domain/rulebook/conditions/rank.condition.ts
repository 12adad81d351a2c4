/** Conditions on a unit's place in the ranking by council score. */
import { SCORE_PREFIX, SHEET } from "../../codec/register-layout";
import { proposalReason } from "../../messages/proposal-reasons";
import { decimal } from "../../messages/param-types";
import { defineCondition, fail, pass } from "./condition";
import { CONDITION_DESCRIPTIONS } from "./descriptions";

/** The unit is ranked first (shared first place counts) by council total. */
export const rankedFirst = defineCondition({
  name: "ranked-first",
  description: CONDITION_DESCRIPTIONS["ranked-first"],
  subjects: ["collective"],
  args: (z) => z.object({}),
  evaluate(_args, subject, ctx) {
    const score = ctx.facts.unitScores.get(subject.code);
    if (!score || score.rank === null || score.councilScore === null) {
      const missing = ctx.facts.hasCriteria
        ? {
            sheet: `${SCORE_PREFIX}${subject.code}`,
            cell: null,
            what: { kind: "council-score" as const, year: "" as const, name: subject.code },
          }
        : {
            sheet: SHEET.criteria,
            cell: null,
            what: { kind: "criteria" as const, year: "" as const, name: "" },
          };
      return fail(proposalReason("unit-unranked", {}), [missing]);
    }
    const points = decimal(score.councilScore);
    if (score.rank !== 1)
      return fail(proposalReason("unit-rank-not-first", { rank: score.rank, points }));
    return pass([proposalReason("unit-rank-first", { points })]);
  },
});

/**
 * The unit leads its provincial emulation bloc: `Xếp hạng trong khối` = 1 (Law Art. 26(1), 25(1):
 * flags go to the leaders of the province's cụm/khối, not to the Sở's first-ranked division).
 */
export const blocLeader = defineCondition({
  name: "bloc-leader",
  description: CONDITION_DESCRIPTIONS["bloc-leader"],
  subjects: ["collective"],
  args: (z) => z.object({}),
  evaluate(_args, subject) {
    if (subject.kind !== "collective") return pass();
    const { unit } = subject;
    const bloc = proposalReason("bloc", { name: unit.bloc.trim() });
    if (unit.blocRank === null)
      return fail(proposalReason("bloc-rank-missing", {}), [
        {
          sheet: unit.src.sheet,
          cell: unit.src.cells.blocRank ?? null,
          what: { kind: "bloc-rank", year: "", name: unit.name || unit.code },
        },
      ]);
    if (unit.blocRank !== 1)
      return fail(proposalReason("bloc-rank-not-first", { rank: unit.blocRank, bloc }));
    return pass([proposalReason("bloc-leader", { bloc })]);
  },
});
