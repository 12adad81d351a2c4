import { makeIssue, type ValidationRule } from "../rule";

/** Default cap when the parameter is not set: 20 % (Decree 233/2026 Art. 12(6)). */
export const DEFAULT_MAX_HTXSNV_SHARE = 0.2;

/** The cap as a fraction: the parameter `maxHtxsnvShare`, a percentage above 1 read as such. */
export function maxHtxsnvShare(value: number | string | null | undefined): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    return DEFAULT_MAX_HTXSNV_SHARE;
  return value > 1 ? value / 100 : value;
}

/** HTXSNV count above the cap × HTTNV count: a warning naming the counts. */
export const htxsnvShareRule: ValidationRule = {
  id: "htxsnv-share",
  description:
    "Staff rated HTXSNV are at most `Tỷ lệ HTXSNV tối đa` (default 20 %) of those rated HTTNV (rules.md, Checks on ratings).",
  check: ({ register, params }) => {
    const share = maxHtxsnvShare(params.maxHtxsnvShare);
    let excellent = 0;
    let good = 0;
    for (const s of register.staff) {
      if (s.rating === "HTXSNV") excellent += 1;
      else if (s.rating === "HTTNV") good += 1;
    }
    // Integer cap with a tolerance: 0.2 × 15 must give 3, not 3.0000000000000004.
    const cap = Math.floor(share * good + 1e-9);
    if (excellent <= cap) return [];
    return [
      makeIssue(
        "warning",
        "htxsnv-share-exceeded",
        { sheet: register.staff[0]?.src.sheet ?? "Cán bộ" },
        null,
        { excellent, good, cap, share }
      ),
    ];
  },
};
