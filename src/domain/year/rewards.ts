/**
 * Reward amounts for the budget (issue 11): Decree 152/2025/NĐ-CP Art. 50 sets each title's and
 * award's money as a multiple of the base salary (`Lương cơ sở` of `Cấu hình`). Every multiple and
 * the base salary are parameters with their source, overridable in `Cấu hình` like the rulebook's
 * (legal-notes.md: collective Giấy khen / Bằng khen amounts are [S]; individual ones were not found
 * and default to half the collective one, marked unverified).
 */
import type { Issue } from "../issue";
import type { Settings } from "../model";
import { AWARD_KEYS, awardByKey, type AwardKey } from "../rulebook/award-catalogue";
import type { ParameterDefinition, ParameterValues } from "../rulebook/parameter-definition";
import { DEFAULT_RULEBOOK } from "../rulebook/default-rulebook";
import { resolveParameters } from "../rulebook/parameters";
import type { SubjectKind } from "../report";

const ART50 = "Nghị định 152/2025/NĐ-CP, Điều 50";

/** The base salary parameter. */
export const BASE_SALARY: ParameterDefinition = {
  id: "baseSalary",
  label: "Lương cơ sở",
  kind: "score",
  defaultValue: 2_340_000,
  source:
    "Mức lương cơ sở 2.340.000 đồng/tháng từ 01/7/2024 (Nghị định 73/2024/NĐ-CP; chưa đối chiếu văn bản, hãy nhập mức đang áp dụng).",
};

interface RewardMultiple {
  readonly key: AwardKey;
  readonly kind: SubjectKind;
  readonly multiple: number;
  readonly source: string;
}

const MULTIPLES: readonly RewardMultiple[] = [
  { key: "CSTD_TQ", kind: "individual", multiple: 4.5, source: `${ART50} khoản 1 điểm a` },
  { key: "CSTD_TINH", kind: "individual", multiple: 3, source: `${ART50} khoản 1 điểm b` },
  { key: "CSTDCS", kind: "individual", multiple: 1, source: `${ART50} khoản 1 điểm c` },
  { key: "LDTT", kind: "individual", multiple: 0.3, source: `${ART50} khoản 1 điểm d` },
  { key: "TTLDXS", kind: "collective", multiple: 1.5, source: `${ART50} khoản 2 điểm a` },
  { key: "TTLDTT", kind: "collective", multiple: 0.8, source: `${ART50} khoản 2 điểm b` },
  { key: "CO_CP", kind: "collective", multiple: 12, source: `${ART50} khoản 2 điểm đ` },
  { key: "CO_TINH", kind: "collective", multiple: 8, source: `${ART50} khoản 2 điểm e` },
  { key: "GK", kind: "collective", multiple: 0.6, source: `${ART50} (Giấy khen tập thể)` },
  {
    key: "GK",
    kind: "individual",
    multiple: 0.3,
    source: `${ART50}: mức cá nhân chưa tìm thấy, mặc định bằng nửa mức tập thể (chưa kiểm chứng)`,
  },
  { key: "BK_TINH", kind: "collective", multiple: 3, source: `${ART50} (Bằng khen tập thể)` },
  {
    key: "BK_TINH",
    kind: "individual",
    multiple: 1.5,
    source: `${ART50}: mức cá nhân chưa tìm thấy, mặc định bằng nửa mức tập thể (chưa kiểm chứng)`,
  },
  { key: "BK_BO", kind: "collective", multiple: 3, source: `${ART50} (như Bằng khen tỉnh)` },
  {
    key: "BK_BO",
    kind: "individual",
    multiple: 1.5,
    source: `${ART50}: như Bằng khen tỉnh cá nhân (chưa kiểm chứng)`,
  },
  {
    key: "BK_TTG",
    kind: "collective",
    multiple: 7,
    source: `${ART50} (Bằng khen Thủ tướng tập thể)`,
  },
  {
    key: "BK_TTG",
    kind: "individual",
    multiple: 3.5,
    source: `${ART50}: mức cá nhân chưa tìm thấy, mặc định bằng nửa mức tập thể (chưa kiểm chứng)`,
  },
];

/** Awards given to both kinds of subject carry "(cá nhân)" / "(tập thể)" in their label. */
function multipleLabel(m: RewardMultiple): string {
  const both = awardByKey(m.key).scope === "both";
  const suffix = both ? (m.kind === "individual" ? " (cá nhân)" : " (tập thể)") : "";
  return `Hệ số thưởng ${awardByKey(m.key).shortName}${suffix}`;
}

function multipleId(m: RewardMultiple): string {
  return `reward${m.key.replace(/_/g, "")}${m.kind === "individual" ? "Individual" : "Collective"}`;
}

/** Every reward parameter: the base salary, then one multiple per (award, subject kind). */
export const REWARD_PARAMETERS: readonly ParameterDefinition[] = [
  BASE_SALARY,
  ...MULTIPLES.map((m): ParameterDefinition => ({
    id: multipleId(m),
    label: multipleLabel(m),
    kind: "score",
    defaultValue: m.multiple,
    max: 100,
    source: m.source,
  })),
];

export interface RewardTable {
  readonly baseSalary: number;
  /** The multiple of the base salary for an award to a kind of subject. */
  multiple(key: AwardKey, kind: SubjectKind): number;
  /** The amount in đồng (multiple × base salary, rounded to the đồng). */
  amount(key: AwardKey, kind: SubjectKind): number;
}

/** The reward table of a register, and an issue at each unusable `Cấu hình` value. */
export function resolveRewards(settings: Settings): {
  readonly rewards: RewardTable;
  readonly issues: readonly Issue[];
} {
  const { values, issues } = resolveParameters(settings, {
    ...DEFAULT_RULEBOOK,
    parameters: REWARD_PARAMETERS,
  });
  return { rewards: rewardTable(values), issues };
}

function rewardTable(values: ParameterValues): RewardTable {
  const number = (id: string, fallback: number): number => {
    const v = values[id];
    return typeof v === "number" ? v : fallback;
  };
  const baseSalary = number(BASE_SALARY.id, 2_340_000);
  const multiple = (key: AwardKey, kind: SubjectKind): number => {
    const m = MULTIPLES.find((x) => x.key === key && x.kind === kind);
    return m === undefined ? 0 : number(multipleId(m), m.multiple);
  };
  return {
    baseSalary,
    multiple,
    amount: (key, kind) => Math.round(multiple(key, kind) * baseSalary),
  };
}

/** One line of the budget: an award to a kind of subject, how many, and the money. */
export interface RewardTotal {
  readonly award: AwardKey;
  readonly kind: SubjectKind;
  readonly count: number;
  readonly multiple: number;
  readonly amount: number;
}

/** Totals per title (and kind of subject) in catalogue order, for the given (award, kind) items. */
export function totalRewards(
  items: readonly { readonly award: AwardKey; readonly kind: SubjectKind }[],
  rewards: RewardTable
): RewardTotal[] {
  const totals: RewardTotal[] = [];
  for (const m of MULTIPLES.slice().sort(
    (a, b) => order(a.key) - order(b.key) || (a.kind === "individual" ? -1 : 1)
  )) {
    const count = items.filter((i) => i.award === m.key && i.kind === m.kind).length;
    if (count === 0) continue;
    const each = rewards.amount(m.key, m.kind);
    totals.push({
      award: m.key,
      kind: m.kind,
      count,
      multiple: rewards.multiple(m.key, m.kind),
      amount: each * count,
    });
  }
  return totals;
}

function order(key: AwardKey): number {
  return AWARD_KEYS.indexOf(key);
}
