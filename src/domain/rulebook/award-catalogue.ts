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

/**
 * The deciding authorities the proposal list is split by (rules.md, "Council votes"): one part of
 * `Đề nghị khen thưởng` each, printed on its own.
 */
export const AUTHORITIES = [
  "GIAM_DOC_SO",
  "CHU_TICH_UBND_TINH",
  "BO_TRUONG",
  "THU_TUONG_CHINH_PHU",
] as const;

export type Authority = (typeof AUTHORITIES)[number];

/** Name of each authority as a list part's heading says it. */
export const AUTHORITY_TEXT: Readonly<Record<Authority, string>> = {
  GIAM_DOC_SO: "Giám đốc Sở",
  CHU_TICH_UBND_TINH: "Chủ tịch UBND tỉnh",
  BO_TRUONG: "Bộ trưởng",
  THU_TUONG_CHINH_PHU: "Thủ tướng Chính phủ / Chính phủ",
};

/** The authorities above the Sở as `decidedBy` writes them, from the province up. */
export const HIGHER_AUTHORITIES_BY_RANK: readonly string[] = [
  "Chủ tịch UBND tỉnh",
  "Bộ trưởng",
  "Thủ tướng",
  "Chính phủ",
  "Chủ tịch nước",
];

export interface AwardName {
  readonly key: AwardKey;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Short form used in reasons and messages ("LĐTT", "CSTĐ cấp tỉnh"). */
  readonly shortName: string;
  readonly form: AwardForm;
  readonly scope: SubjectScope;
  /** Who decides it, as `decidedBy` of a proposal says ("Chủ tịch UBND tỉnh"). */
  readonly decidedBy: string;
  /** The part of the proposal list it goes in. */
  readonly authority: Authority;
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
    authority: "GIAM_DOC_SO",
  },
  {
    key: "CSTDCS",
    name: "Chiến sĩ thi đua cơ sở",
    aliases: ["CSTĐCS"],
    shortName: "CSTĐCS",
    form: "title",
    scope: "individual",
    decidedBy: "Giám đốc Sở",
    authority: "GIAM_DOC_SO",
  },
  {
    key: "CSTD_TINH",
    name: "Chiến sĩ thi đua cấp tỉnh",
    aliases: ["CSTĐ cấp tỉnh", "Chiến sĩ thi đua tỉnh"],
    shortName: "CSTĐ cấp tỉnh",
    form: "title",
    scope: "individual",
    decidedBy: "Chủ tịch UBND tỉnh",
    authority: "CHU_TICH_UBND_TINH",
  },
  {
    key: "CSTD_TQ",
    name: "Chiến sĩ thi đua toàn quốc",
    aliases: ["CSTĐTQ"],
    shortName: "CSTĐ toàn quốc",
    form: "title",
    scope: "individual",
    decidedBy: "Thủ tướng",
    authority: "THU_TUONG_CHINH_PHU",
  },
  {
    key: "TTLDTT",
    name: "Tập thể lao động tiên tiến",
    aliases: ["TTLĐTT"],
    shortName: "TTLĐTT",
    form: "title",
    scope: "collective",
    decidedBy: "Giám đốc Sở",
    authority: "GIAM_DOC_SO",
  },
  {
    key: "TTLDXS",
    name: "Tập thể lao động xuất sắc",
    aliases: ["TTLĐXS"],
    shortName: "TTLĐXS",
    form: "title",
    scope: "collective",
    decidedBy: "Chủ tịch UBND tỉnh",
    authority: "CHU_TICH_UBND_TINH",
  },
  {
    key: "CO_TINH",
    name: "Cờ thi đua của UBND tỉnh",
    aliases: ["Cờ thi đua tỉnh"],
    shortName: "Cờ thi đua tỉnh",
    form: "title",
    scope: "collective",
    decidedBy: "Chủ tịch UBND tỉnh",
    authority: "CHU_TICH_UBND_TINH",
  },
  {
    key: "CO_CP",
    name: "Cờ thi đua của Chính phủ",
    aliases: [],
    shortName: "Cờ thi đua Chính phủ",
    form: "title",
    scope: "collective",
    decidedBy: "Chính phủ",
    authority: "THU_TUONG_CHINH_PHU",
  },
  {
    key: "GK",
    name: "Giấy khen của Giám đốc Sở",
    aliases: ["Giấy khen"],
    shortName: "Giấy khen",
    form: "award",
    scope: "both",
    decidedBy: "Giám đốc Sở",
    authority: "GIAM_DOC_SO",
  },
  {
    key: "BK_TINH",
    name: "Bằng khen của Chủ tịch UBND tỉnh",
    aliases: ["Bằng khen UBND tỉnh", "Bằng khen tỉnh"],
    shortName: "Bằng khen tỉnh",
    form: "award",
    scope: "both",
    decidedBy: "Chủ tịch UBND tỉnh",
    authority: "CHU_TICH_UBND_TINH",
  },
  {
    key: "BK_BO",
    name: "Bằng khen của Bộ trưởng",
    aliases: ["Bằng khen Bộ"],
    shortName: "Bằng khen Bộ",
    form: "award",
    scope: "both",
    decidedBy: "Bộ trưởng",
    authority: "BO_TRUONG",
  },
  {
    key: "BK_TTG",
    name: "Bằng khen của Thủ tướng Chính phủ",
    aliases: ["Bằng khen Thủ tướng"],
    shortName: "Bằng khen Thủ tướng",
    form: "award",
    scope: "both",
    decidedBy: "Thủ tướng",
    authority: "THU_TUONG_CHINH_PHU",
  },
];

const BY_KEY: ReadonlyMap<AwardKey, AwardName> = new Map(AWARD_CATALOGUE.map((a) => [a.key, a]));

export function awardByKey(key: AwardKey): AwardName {
  const found = BY_KEY.get(key);
  if (!found) throw new Error(`unknown award key ${key}`); // broken invariant: keys are a closed set
  return found;
}
