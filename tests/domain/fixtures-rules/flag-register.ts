/** Three units scored on two criteria, for rules that read the council ranking (Cờ thi đua). */
import type { AwardKey, Rating, Register } from "../../../src/domain/model";
import { evaluate } from "./register-builder";
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

/**
 * The boundary cases both flags share (rules.md gives Cờ thi đua tỉnh and Cờ thi đua Chính phủ the
 * same conditions): name, case, expected status, expected text in the reasons (null = none).
 */
export const FLAG_CASES: readonly [string, FlagCase, string, string | null][] = [
  ["ranked first, HTXSNV, 8/9 votes", {}, "proposed", null],
  ["shared first place counts as first", { totals: [95, 95, 80] }, "proposed", null],
  [
    "ranked second",
    { totals: [90, 95, 80] },
    "not_eligible",
    "Xếp hạng 2 theo điểm Hội đồng chấm (90 điểm) — cần dẫn đầu, xếp hạng 1",
  ],
  [
    "not ranked: a council score is missing",
    { totals: [null, 95, 80] },
    "not_eligible",
    "Đơn vị chưa được xếp hạng",
  ],
  [
    "first but rated HTTNV",
    { ratingA: "HTTNV" },
    "not_eligible",
    "cần Hoàn thành xuất sắc nhiệm vụ",
  ],
  ["vote 79,9%", { yes: 799, members: 1000 }, "not_eligible", "799/1000 phiếu = 79,9% < 80%"],
  ["vote 80%", { yes: 800, members: 1000 }, "proposed", null],
  ["no vote yet", { yes: null }, "awaiting_vote", "Chưa có kết quả bỏ phiếu"],
];

/** Runs one FLAG_CASES row for `award` and checks its status and reasons. */
export function expectFlagCase(
  award: AwardKey,
  c: FlagCase,
  status: string,
  reason: string | null
): void {
  const proposal = evaluate(flagRegister(award, c)).find(award, "A");
  expect(proposal).toMatchObject({ status, subjectKind: "collective" });
  if (reason === null) expect(proposal?.reasons).toEqual([]);
  else expect(proposal?.reasons.join(" | ")).toContain(reason);
}
