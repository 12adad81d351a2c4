/**
 * The titles and awards of rules.md ("Keys and names"): keys, the names typed in cells with their
 * accepted short forms, and what kind of thing each is. Conditions live in the rule definitions;
 * this table is what the codec needs to recognise a name in a cell.
 */

export const AWARD_KEYS = [
  "LDTT",
  "CSTDCS",
  "CSTD_TINH",
  "CSTD_TQ",
  "TTLDTT",
  "TTLDXS",
  "CO_TINH",
  "CO_CP",
  "GK",
  "BK_TINH",
  "BK_BO",
  "BK_TTG",
] as const;

export type AwardKey = (typeof AWARD_KEYS)[number];

/** Danh hiệu (title) or hình thức khen thưởng (award): they go in different columns. */
export type AwardForm = "title" | "award";
/** Who may receive it. */
export type SubjectScope = "individual" | "collective" | "both";

export interface AwardName {
  readonly key: AwardKey;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Short form used in reasons and messages ("LĐTT", "CSTĐ cấp tỉnh"). */
  readonly shortName: string;
  readonly form: AwardForm;
  readonly scope: SubjectScope;
  readonly decidedBy: string;
}

export const AWARD_CATALOGUE: readonly AwardName[] = [
  {
    key: "LDTT",
    name: "Lao động tiên tiến",
    aliases: ["LĐTT"],
    shortName: "LĐTT",
    form: "title",
    scope: "individual",
    decidedBy: "Giám đốc Sở",
  },
  {
    key: "CSTDCS",
    name: "Chiến sĩ thi đua cơ sở",
    aliases: ["CSTĐCS"],
    shortName: "CSTĐCS",
    form: "title",
    scope: "individual",
    decidedBy: "Giám đốc Sở",
  },
  {
    key: "CSTD_TINH",
    name: "Chiến sĩ thi đua cấp tỉnh",
    aliases: ["CSTĐ cấp tỉnh", "Chiến sĩ thi đua tỉnh"],
    shortName: "CSTĐ cấp tỉnh",
    form: "title",
    scope: "individual",
    decidedBy: "Chủ tịch UBND tỉnh",
  },
  {
    key: "CSTD_TQ",
    name: "Chiến sĩ thi đua toàn quốc",
    aliases: ["CSTĐTQ"],
    shortName: "CSTĐ toàn quốc",
    form: "title",
    scope: "individual",
    decidedBy: "Thủ tướng",
  },
  {
    key: "TTLDTT",
    name: "Tập thể lao động tiên tiến",
    aliases: ["TTLĐTT"],
    shortName: "TTLĐTT",
    form: "title",
    scope: "collective",
    decidedBy: "Giám đốc Sở",
  },
  {
    key: "TTLDXS",
    name: "Tập thể lao động xuất sắc",
    aliases: ["TTLĐXS"],
    shortName: "TTLĐXS",
    form: "title",
    scope: "collective",
    decidedBy: "Chủ tịch UBND tỉnh",
  },
  {
    key: "CO_TINH",
    name: "Cờ thi đua của UBND tỉnh",
    aliases: ["Cờ thi đua tỉnh"],
    shortName: "Cờ thi đua tỉnh",
    form: "title",
    scope: "collective",
    decidedBy: "Chủ tịch UBND tỉnh",
  },
  {
    key: "CO_CP",
    name: "Cờ thi đua của Chính phủ",
    aliases: [],
    shortName: "Cờ thi đua Chính phủ",
    form: "title",
    scope: "collective",
    decidedBy: "Chính phủ",
  },
  {
    key: "GK",
    name: "Giấy khen của Giám đốc Sở",
    aliases: ["Giấy khen"],
    shortName: "Giấy khen",
    form: "award",
    scope: "both",
    decidedBy: "Giám đốc Sở",
  },
  {
    key: "BK_TINH",
    name: "Bằng khen của Chủ tịch UBND tỉnh",
    aliases: ["Bằng khen UBND tỉnh", "Bằng khen tỉnh"],
    shortName: "Bằng khen tỉnh",
    form: "award",
    scope: "both",
    decidedBy: "Chủ tịch UBND tỉnh",
  },
  {
    key: "BK_BO",
    name: "Bằng khen của Bộ trưởng",
    aliases: ["Bằng khen Bộ"],
    shortName: "Bằng khen Bộ",
    form: "award",
    scope: "both",
    decidedBy: "Bộ trưởng",
  },
  {
    key: "BK_TTG",
    name: "Bằng khen của Thủ tướng Chính phủ",
    aliases: ["Bằng khen Thủ tướng"],
    shortName: "Bằng khen Thủ tướng",
    form: "award",
    scope: "both",
    decidedBy: "Thủ tướng",
  },
];

const BY_KEY: ReadonlyMap<AwardKey, AwardName> = new Map(AWARD_CATALOGUE.map((a) => [a.key, a]));

export function awardByKey(key: AwardKey): AwardName {
  const found = BY_KEY.get(key);
  if (!found) throw new Error(`unknown award key ${key}`); // broken invariant: keys are a closed set
  return found;
}
