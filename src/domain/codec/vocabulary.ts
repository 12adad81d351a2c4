/**
 * The closed vocabularies of the register (ratings, gender, yes/no, scope, criterion kind,
 * discipline), read from the many ways people type them: case, diacritics and spacing ignored.
 */
import type { AwardKind, CriterionKind, Gender, InitiativeScope, Rating } from "../model";
import { looseKey } from "../text/normalize";
import { DISCIPLINE_LEVELS } from "../rulebook/discipline";

/** Full Vietnamese text of each rating, as written in sheets and reports. */
export const RATING_TEXT: Readonly<Record<Rating, string>> = {
  HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
  HTTNV: "Hoàn thành tốt nhiệm vụ",
  HTNV: "Hoàn thành nhiệm vụ",
  KHTNV: "Không hoàn thành nhiệm vụ",
};

function table<T>(entries: readonly (readonly [T, readonly string[]])[]): ReadonlyMap<string, T> {
  return new Map(
    entries.flatMap(([value, words]) => words.map((w) => [looseKey(w), value] as const))
  );
}

const RATINGS = table<Rating>(
  (Object.entries(RATING_TEXT) as [Rating, string][]).map(([key, text]) => [
    key,
    [key, text, text.replace(/ nhiệm vụ$/, "")],
  ])
);

/** A rating from its full text or short form (HTXSNV, HTTNV, HTNV, KHTNV); null if unknown. */
export function parseRating(text: string): Rating | null {
  const key = looseKey(text);
  return RATINGS.get(key) ?? RATINGS.get(key.replace(/[\s.]/g, "")) ?? null;
}

// Sets made once: an array literal in the function was a new array at every cell read.
const NOT_RATED: ReadonlySet<string> = new Set(["chua xep loai", "chua danh gia", "chua", "-"]);

/** "Chưa xếp loại", "chưa đánh giá": a rating not given yet, read as empty. */
export function isNotRated(text: string): boolean {
  return NOT_RATED.has(looseKey(text));
}

const GENDERS = table<Gender>([
  ["Nam", ["Nam", "M", "Male"]],
  ["Nữ", ["Nữ", "F", "Female"]],
]);

/** Nam / Nữ; null if unknown. */
export function parseGender(text: string): Gender | null {
  return GENDERS.get(looseKey(text)) ?? null;
}

const YES_NO = table<boolean>([
  [true, ["có", "x", "yes", "1", "true", "đúng"]],
  [false, ["không", "ko", "no", "0", "false", "sai", "-"]],
]);

/** có/không (also x, 1/0, TRUE/FALSE); null if the text is neither. */
export function parseYesNo(text: string): boolean | null {
  return YES_NO.get(looseKey(text)) ?? null;
}

/** `Loại` of a `Sáng kiến` row left empty (register-format.md). */
export const DEFAULT_INITIATIVE_KIND = "Sáng kiến";

/** Full text of each initiative scope. */
export const SCOPE_TEXT: Readonly<Record<InitiativeScope, string>> = {
  CO_SO: "Cơ sở",
  TINH: "Tỉnh",
  TOAN_QUOC: "Toàn quốc",
};

const SCOPES = table<InitiativeScope>([
  ["CO_SO", ["Cơ sở", "Cấp cơ sở"]],
  ["TINH", ["Tỉnh", "Cấp tỉnh"]],
  ["TOAN_QUOC", ["Toàn quốc", "Cấp toàn quốc", "Quốc gia", "Cấp quốc gia"]],
]);

/** Cơ sở / Tỉnh / Toàn quốc (also "cấp tỉnh", "quốc gia"); null if unknown. */
export function parseScope(text: string): InitiativeScope | null {
  return SCOPES.get(looseKey(text)) ?? null;
}

/** Text of each `Loại khen thưởng` of `Lịch sử` (v2). */
export const AWARD_KIND_TEXT: Readonly<Record<AwardKind, string>> = {
  CONG_TRANG: "Công trạng",
  DOT_XUAT: "Đột xuất",
  CHUYEN_DE: "Chuyên đề",
};

const AWARD_KINDS = table<AwardKind>([
  ["CONG_TRANG", ["Công trạng", "Khen thưởng công trạng", "Thường xuyên", "Tổng kết năm"]],
  ["DOT_XUAT", ["Đột xuất", "Khen thưởng đột xuất"]],
  ["CHUYEN_DE", ["Chuyên đề", "Theo chuyên đề", "Thi đua theo chuyên đề", "Khen thưởng chuyên đề"]],
]);

/** Công trạng / Đột xuất / Chuyên đề; null if unknown (an empty cell means Công trạng). */
export function parseAwardKind(text: string): AwardKind | null {
  return AWARD_KINDS.get(looseKey(text)) ?? null;
}

/** Text of each criterion kind in `Loại` of `Tiêu chí`. */
export const CRITERION_KIND_TEXT: Readonly<Record<CriterionKind, string>> = {
  plus: "Cộng",
  bonus: "Thưởng",
  minus: "Trừ",
};

const KINDS = table<CriterionKind>([
  ["plus", ["Cộng", "+", "Điểm cộng"]],
  ["bonus", ["Thưởng", "Điểm thưởng"]],
  ["minus", ["Trừ", "Điểm trừ"]],
]);

/** Cộng / Thưởng / Trừ; null if unknown (an empty cell means Cộng and is handled by the caller). */
export function parseCriterionKind(text: string): CriterionKind | null {
  return KINDS.get(looseKey(text)) ?? null;
}

// The ladder of disciplinary measures is the rulebook's (rules compare a measure with a threshold);
// the codec only needs its names to recognise a cell's text.
export { DISCIPLINE_LEVELS };

const DISCIPLINES: ReadonlyMap<string, string> = new Map(
  DISCIPLINE_LEVELS.map((d) => [looseKey(d), d] as const)
);

/** The canonical spelling of a known disciplinary measure; null when unknown. */
export function parseDiscipline(text: string): string | null {
  return DISCIPLINES.get(looseKey(text)) ?? null;
}

const NO_DISCIPLINE: ReadonlySet<string> = new Set(["", "khong", "khong co", "-", "0"]);

/** Words that mean "no discipline" in a `Kỷ luật` cell. */
export function isNoDiscipline(text: string): boolean {
  return NO_DISCIPLINE.has(looseKey(text));
}

/** What a rating cell accepts, for messages. */
export const RATING_CHOICES: readonly string[] = [
  ...Object.values(RATING_TEXT),
  "(hoặc viết tắt HTXSNV, HTTNV, HTNV, KHTNV)",
];
