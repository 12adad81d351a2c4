/** Table cases shared by Bằng khen tỉnh and Bằng khen Bộ (both Luật TĐKT Điều 74 khoản 1(d), 3(d)). */
import type {
  AwardKey,
  HistoryRecord,
  Initiative,
  Rating,
  Register,
} from "../../../src/domain/model";
import { history, initiative, pledgeSheet, register, staff, unit, vote } from "./register-builder";

export interface Article74Individual {
  readonly past: readonly HistoryRecord[];
  readonly rating?: Rating;
  /** Pledge CSTĐCS this year as well (with 9/9 votes). */
  readonly cstdcsNow?: boolean;
  readonly initiatives?: readonly Initiative[];
}

export function individual74(award: AwardKey, c: Article74Individual): Register {
  return register({
    units: [unit("VP")],
    staff: [staff("CB1", "VP", { rating: c.rating ?? "HTXSNV" })],
    history: [...c.past],
    initiatives: [...(c.initiatives ?? [])],
    pledges: [pledgeSheet("VP", [{ code: "CB1", title: c.cstdcsNow ? "CSTDCS" : "LDTT", award }])],
    votes: c.cstdcsNow ? [vote("CB1", "CSTDCS", 9)] : [],
  });
}

export const INDIVIDUAL_74_CASES: readonly [string, Article74Individual, string, string | null][] =
  [
    [
      "CSTĐCS 2023 and this year",
      { past: [history("CB1", 2023, "CSTDCS")], cstdcsNow: true },
      "proposed",
      null,
    ],
    [
      "CSTĐCS 2022 and this year (a gap year)",
      { past: [history("CB1", 2022, "CSTDCS")], cstdcsNow: true },
      "not_eligible",
      "Cần CSTĐCS 2 năm liên tục 2023–2024; thiếu năm 2023",
    ],
    [
      "CSTĐCS 2023 but not pledged this year",
      { past: [history("CB1", 2023, "CSTDCS")] },
      "not_eligible",
      "chưa đăng ký/xét CSTĐCS năm 2024",
    ],
    [
      "HTXSNV 2023 and 2024 with two initiatives in those years",
      {
        past: [history("CB1", 2023, "HTXSNV")],
        initiatives: [initiative("CB1", 2023), initiative("CB1", 2024)],
      },
      "proposed",
      null,
    ],
    [
      "HTXSNV two years but one initiative",
      { past: [history("CB1", 2023, "HTXSNV")], initiatives: [initiative("CB1", 2024)] },
      "not_eligible",
      "Có 1 sáng kiến/đề tài được công nhận trong 2023–2024, cần ít nhất 2",
    ],
    [
      "two initiatives but 2023 rated HTTNV",
      {
        past: [history("CB1", 2023, "HTTNV")],
        initiatives: [initiative("CB1", 2023), initiative("CB1", 2024)],
      },
      "not_eligible",
      "năm 2023: Hoàn thành tốt nhiệm vụ",
    ],
    [
      "two initiatives but no 2023 rating in Lịch sử",
      { past: [], initiatives: [initiative("CB1", 2023), initiative("CB1", 2024)] },
      "not_eligible",
      "năm 2023: không có xếp loại trong Lịch sử",
    ],
  ];

export interface Article74Collective {
  readonly past: readonly HistoryRecord[];
  readonly rating?: Rating | null;
}

export function collective74(award: AwardKey, c: Article74Collective): Register {
  return register({
    units: [unit("P1", { rating: c.rating === undefined ? "HTXSNV" : c.rating })],
    staff: [staff("M1", "P1")],
    history: [...c.past],
    pledges: [pledgeSheet("P1", [], { award })],
  });
}

export const COLLECTIVE_74_CASES: readonly [string, Article74Collective, string, string | null][] =
  [
    ["HTXSNV 2023 and 2024", { past: [history("P1", 2023, "HTXSNV")] }, "proposed", null],
    ["TTLĐXS 2023 and HTXSNV 2024", { past: [history("P1", 2023, "TTLDXS")] }, "proposed", null],
    [
      "HTTNV in 2023",
      { past: [history("P1", 2023, "HTTNV")] },
      "not_eligible",
      "năm 2023: Hoàn thành tốt nhiệm vụ",
    ],
    [
      "HTTNV this year",
      { past: [history("P1", 2023, "HTXSNV")], rating: "HTTNV" },
      "not_eligible",
      "năm 2024: Hoàn thành tốt nhiệm vụ",
    ],
    [
      "not rated this year",
      { past: [history("P1", 2023, "HTXSNV")], rating: null },
      "not_eligible",
      "năm 2024: chưa xếp loại",
    ],
  ];
