/** Unicode normalisation of text read from cells. */

/**
 * Words of printable ASCII and precomposed Latin letters (Vietnamese included), separated by
 * single spaces: already NFC and spaced, the common case, so the work is skipped.
 */
const ALREADY_NORMAL =
  /^[\x21-\x7e\u00a1-\u024f\u1e00-\u1eff]+(?: [\x21-\x7e\u00a1-\u024f\u1e00-\u1eff]+)*$/;

/** NFC, trimmed, runs of white space (including non-breaking) folded to one space. */
export function normalizeText(text: string): string {
  // Blank cells read as "" by the thousand: the slow path's global replace costs more than they.
  if (text === "" || ALREADY_NORMAL.test(text)) return text;
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim();
}

/**
 * Key for comparing names of sheets, headers and labels: NFC, case-folded, trimmed, single
 * spaces (register-format.md, "General reading rules").
 */
export function foldKey(text: string): string {
  // Vietnamese has no locale-specific case mappings, and the root mapping is many times faster.
  return normalizeText(text).toLowerCase();
}

/**
 * Key for matching words people type in many ways (ratings, scopes, yes/no, award names):
 * {@link foldKey} without diacritics, with "đ" as "d" and spaces around "/" removed, so that
 * "Hoàn thành TỐT nhiệm vụ", "hoan thanh tot nhiem vu" and "HTTNV" compare by their letters.
 */
export function looseKey(text: string): string {
  return memoLooseKey(text);
}

const memoLooseKey = memoize((text: string): string =>
  foldKey(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/\s*\/\s*/g, "/")
    .normalize("NFC")
);

/**
 * Key for header and label cells: {@link foldKey} with spaces around "/" removed and a trailing
 * ":" or "*" (a "required" marker) dropped, so "Danh hiệu/hình thức" finds "Danh hiệu / hình thức".
 */
export function headerKey(text: string): string {
  return foldKey(text)
    .replace(/\s*\/\s*/g, "/")
    .replace(/[\s:*]+$/, "");
}

/** How many distinct texts a memoised function remembers before it starts afresh. */
const MEMO_LIMIT = 20000;

/**
 * Remembers a pure function of text: a register repeats the same words (ratings, positions,
 * yes/no) thousands of times. The memory is bounded and cannot change any result.
 */
export function memoize<T>(fn: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text: string): T => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const value = fn(text);
    memo.set(text, value);
    return value;
  };
}
