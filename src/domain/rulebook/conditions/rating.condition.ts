/** Conditions on quality ratings (Xếp loại) of the subject itself. */
import { z } from "zod";
import { AWARD_KEYS, awardByKey } from "../award-catalogue";
import { had, ratingOf } from "../facts";
import { describeAccepted, ratingText } from "../rating";
import { defineCondition, fail, pass, yearSpan } from "./condition";

const ratingSchema = z.enum(["HTXSNV", "HTTNV", "HTNV", "KHTNV"]);

/** rating(x, y) ∈ accepted. */
export const ratingIn = defineCondition({
  name: "rating-in",
  description: "Xếp loại chất lượng năm xét thuộc các mức được chấp nhận",
  subjects: ["individual", "collective"],
  args: z.object({ ratings: z.array(ratingSchema).min(1) }),
  evaluate({ ratings }, subject, ctx) {
    const y = ctx.facts.year;
    const rating = ratingOf(ctx.facts, subject, y);
    if (rating === null) {
      if (subject.kind === "collective") {
        // The scoring's unit-rating-missing warning already points at this cell.
        return fail(`Đơn vị chưa xếp loại chất lượng năm ${y} (cần ${describeAccepted(ratings)})`);
      }
      const { staff } = subject;
      return fail(`Cá nhân chưa xếp loại chất lượng năm ${y} (cần ${describeAccepted(ratings)})`, [
        {
          sheet: staff.src.sheet,
          cell: staff.src.cells.rating ?? null,
          what: { kind: "rating", year: y, name: staff.name },
        },
      ]);
    }
    if (!ratings.includes(rating))
      return fail(`Xếp loại năm ${y}: ${ratingText(rating)} — cần ${describeAccepted(ratings)}`);
    return pass([`Xếp loại năm ${y}: ${ratingText(rating)}`]);
  },
});

/** In each of the `years` years ending at y: rating ∈ accepted, or had one of `orTitles` that year. */
export const ratingEachYear = defineCondition({
  name: "rating-each-year",
  description:
    "Mỗi năm trong khoảng liên tục đến năm xét đều đạt mức xếp loại (hoặc danh hiệu) yêu cầu",
  subjects: ["individual", "collective"],
  args: z.object({
    years: z.number().int().min(1),
    ratings: z.array(ratingSchema).min(1),
    orTitles: z.array(z.enum(AWARD_KEYS)).default([]),
  }),
  requires: ({ orTitles }) => orTitles,
  evaluate({ years, ratings, orTitles }, subject, ctx) {
    const y = ctx.facts.year;
    const from = y - years + 1;
    const wanted = [
      describeAccepted(ratings),
      ...orTitles.map((k) => `đạt ${awardByKey(k).shortName}`),
    ].join(" hoặc ");
    const gaps: string[] = [];
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
        `năm ${k}: ${rating === null ? (k === y ? "chưa xếp loại" : "không có xếp loại trong Lịch sử") : ratingText(rating)}`
      );
    }
    const span = yearSpan(from, y);
    if (gaps.length > 0)
      return fail(`Cần ${wanted} ${years} năm liên tục ${span}; không đạt ${gaps.join("; ")}`);
    return pass(
      [
        `${wanted.charAt(0).toUpperCase()}${wanted.slice(1)} ${years} năm liên tục ${span} (${basis.join("; ")})`,
      ],
      Array.from({ length: years }, (_, i) => from + i)
    );
  },
});
