/** Conditions on quality ratings (Xếp loại) of the subject itself. */
import { proposalReason, type ProposalReason } from "../../messages/proposal-reasons";
import { AWARD_KEYS, awardByKey } from "../award-catalogue";
import { had, ratingOf } from "../facts";
import { describeAccepted, ratingText } from "../rating";
import { defineCondition, fail, pass, yearSpan } from "./condition";
import { CONDITION_DESCRIPTIONS } from "./descriptions";

/** rating(x, y) ∈ accepted. */
export const ratingIn = defineCondition({
  name: "rating-in",
  description: CONDITION_DESCRIPTIONS["rating-in"],
  subjects: ["individual", "collective"],
  args: (z) => z.object({ ratings: z.array(z.enum(["HTXSNV", "HTTNV", "HTNV", "KHTNV"])).min(1) }),
  evaluate({ ratings }, subject, ctx) {
    const y = ctx.facts.year;
    const rating = ratingOf(ctx.facts, subject, y);
    if (rating === null) {
      if (subject.kind === "collective") {
        // The scoring's unit-rating-missing warning already points at this cell.
        return fail(proposalReason("unit-unrated", { year: y, wanted: describeAccepted(ratings) }));
      }
      const { staff } = subject;
      return fail(
        proposalReason("person-unrated", { year: y, wanted: describeAccepted(ratings) }),
        [
          {
            sheet: staff.src.sheet,
            cell: staff.src.cells.rating ?? null,
            what: { kind: "rating", year: y, name: staff.name },
          },
        ]
      );
    }
    if (!ratings.includes(rating))
      return fail(
        proposalReason("rating-not-accepted", {
          year: y,
          rating: ratingText(rating),
          wanted: describeAccepted(ratings),
        })
      );
    return pass([proposalReason("rating-of-year", { year: y, rating: ratingText(rating) })]);
  },
  holds({ ratings }, subject, ctx) {
    const rating = ratingOf(ctx.facts, subject, ctx.facts.year);
    return rating !== null && ratings.includes(rating);
  },
});

/** In each of the `years` years ending at y: rating ∈ accepted, or had one of `orTitles` that year. */
export const ratingEachYear = defineCondition({
  name: "rating-each-year",
  description: CONDITION_DESCRIPTIONS["rating-each-year"],
  subjects: ["individual", "collective"],
  args: (z) =>
    z.object({
      years: z.number().int().min(1),
      ratings: z.array(z.enum(["HTXSNV", "HTTNV", "HTNV", "KHTNV"])).min(1),
      orTitles: z.array(z.enum(AWARD_KEYS)).optional(),
    }),
  requires: ({ orTitles = [] }) => orTitles,
  evaluate({ years, ratings, orTitles = [] }, subject, ctx) {
    const y = ctx.facts.year;
    const from = y - years + 1;
    const wanted = proposalReason("either", {
      items: [
        describeAccepted(ratings),
        ...orTitles.map((k) => proposalReason("title-reached", { award: awardByKey(k).shortName })),
      ],
    });
    const gaps: ProposalReason[] = [];
    const basis: string[] = [];
    for (let k = from; k <= y; k++) {
      const rating = ratingOf(ctx.facts, subject, k);
      if (rating !== null && ratings.includes(rating)) {
        basis.push(`${k}: ${ratingText(rating)}`);
        continue;
      }
      const title = orTitles.find((t) => had(ctx, subject, t, k));
      if (title !== undefined) {
        basis.push(`${k}: ${awardByKey(title).shortName}`);
        continue;
      }
      gaps.push(
        rating !== null
          ? proposalReason("year-rating", { year: k, rating: ratingText(rating) })
          : k === y
            ? proposalReason("year-unrated", { year: k })
            : proposalReason("year-no-history-rating", { year: k })
      );
    }
    const span = yearSpan(from, y);
    if (gaps.length > 0)
      return fail(proposalReason("rating-streak-broken", { wanted, years, span, gaps }));
    return pass(
      [
        proposalReason("rating-streak", {
          wanted,
          years,
          span,
          basis,
        }),
      ],
      Array.from({ length: years }, (_, i) => from + i)
    );
  },
});
