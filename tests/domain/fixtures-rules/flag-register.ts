/** Three units scored on two criteria, for rules that read the council ranking (Cờ thi đua). */
import type { AwardKey, Rating, Register } from "../../../src/domain/model";
import {
  criterion,
  pledgeSheet,
  register,
  scoreSheet,
  staff,
  unit,
  vote,
} from "./register-builder";

export interface FlagCase {
  /** Council totals of A, B, C (criterion 1 = total − 10, criterion 2 = 10); null = a missing score. */
  readonly totals?: readonly [number | null, number | null, number | null];
  readonly ratingA?: Rating | null;
  /** Yes-votes for A's flag out of `members` (null = no vote row). */
  readonly yes?: number | null;
  readonly members?: number | null;
}

export function flagRegister(
  award: AwardKey,
  { totals = [95, 90, 80], ratingA = "HTXSNV", yes = 8, members = null }: FlagCase
): Register {
  const codes = ["A", "B", "C"] as const;
  return register({
    units: codes.map((c) => unit(c, c === "A" ? { rating: ratingA } : {})),
    staff: codes.map((c) => staff(`${c}1`, c)),
    criteria: [criterion("1", 90), criterion("2", 10)],
    scoreSheets: codes.map((c, i) => {
      const total = totals[i] ?? null;
      return scoreSheet(c, {
        "1": [total === null ? 80 : total - 10, total === null ? null : total - 10],
        "2": [10, 10],
      });
    }),
    pledges: [pledgeSheet("A", [], { title: award })],
    votes: yes === null ? [] : [vote("A", award, yes, members)],
  });
}
