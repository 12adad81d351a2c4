/**
 * Three units scored on two criteria, unit A pledging a flag (Cờ thi đua): what decides is A's
 * place in its provincial bloc (`Xếp hạng trong khối`), not the Sở's own ranking (rules.md v2).
 */
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

export const BLOC = "Khối các sở, ngành kinh tế";

export interface FlagCase {
  /** Council totals of A, B, C in the Sở (criterion 1 = total − 10, criterion 2 = 10). */
  readonly totals?: readonly [number | null, number | null, number | null];
  /** A's place in its provincial bloc; null = not entered yet. */
  readonly blocRank?: number | null;
  readonly ratingA?: Rating | null;
  /** Whether A's member is proposed for CSTĐCS (TTLĐXS needs one). */
  readonly memberCstdcs?: boolean;
  /** Yes-votes for A's flag out of `members` (null = no vote row). */
  readonly yes?: number | null;
  readonly members?: number | null;
}

export function flagRegister(
  award: AwardKey,
  {
    totals = [95, 90, 80],
    blocRank = 1,
    ratingA = "HTXSNV",
    memberCstdcs = true,
    yes = 8,
    members = null,
  }: FlagCase
): Register {
  const codes = ["A", "B", "C"] as const;
  return register({
    units: codes.map((c) =>
      unit(c, c === "A" ? { rating: ratingA, bloc: BLOC, blocRank } : { bloc: BLOC })
    ),
    staff: codes.map((c) => staff(`${c}1`, c, c === "A" ? { rating: "HTXSNV" } : {})),
    criteria: [criterion("1", 90), criterion("2", 10)],
    scoreSheets: codes.map((c, i) => {
      const total = totals[i] ?? null;
      return scoreSheet(c, {
        "1": [total === null ? 80 : total - 10, total === null ? null : total - 10],
        "2": [10, 10],
      });
    }),
    pledges: [
      pledgeSheet("A", memberCstdcs ? [{ code: "A1", title: "CSTDCS" }] : [], { title: award }),
    ],
    votes: [
      ...(yes === null ? [] : [vote("A", award, yes, members)]),
      ...(memberCstdcs ? [vote("A1", "CSTDCS", 9)] : []),
    ],
  });
}

/**
 * The boundary cases both flags share (rules.md gives Cờ thi đua tỉnh and Cờ thi đua Chính phủ the
 * same conditions): name, case, expected status, expected text in the reasons (null = none).
 */
export const FLAG_CASES: readonly [string, FlagCase, string, string | null][] = [
  ["bloc leader, HTXSNV, TTLĐXS, 8/9 votes", {}, "proposed", null],
  [
    "second in the Sở's own ranking but leader of its bloc",
    { totals: [80, 95, 90] },
    "proposed",
    null,
  ],
  [
    "first in the Sở's own ranking but second in its bloc",
    { blocRank: 2 },
    "not_eligible",
    `Xếp hạng 2 trong khối “${BLOC}” — cần dẫn đầu khối (xếp hạng 1)`,
  ],
  ["no bloc result yet", { blocRank: null }, "not_eligible", "Chưa có kết quả xếp hạng khối"],
  ["not ranked in the Sở does not matter", { totals: [null, 95, 80] }, "proposed", null],
  [
    "bloc leader but rated HTTNV",
    { ratingA: "HTTNV" },
    "not_eligible",
    "cần Hoàn thành xuất sắc nhiệm vụ",
  ],
  [
    "bloc leader without TTLĐXS (no member with CSTĐCS)",
    { memberCstdcs: false },
    "not_eligible",
    "Không đủ điều kiện TTLĐXS năm 2024",
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
