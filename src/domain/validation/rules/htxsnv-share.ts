/**
 * The HTXSNV cap's parameter (`Tỷ lệ HTXSNV tối đa`), read for the per-unit check of rules.md v2
 * (v2-rating-checks.rule.ts). v1's register-wide check is gone: v2 caps each unit, and the two
 * warned about the same ratings with different counts.
 */

/** Default cap when the parameter is not set: 20 % (Decree 233/2026 Art. 12(6)). */
export const DEFAULT_MAX_HTXSNV_SHARE = 0.2;

/** The cap as a fraction: the parameter `maxHtxsnvShare`, a percentage above 1 read as such. */
export function maxHtxsnvShare(value: number | string | null | undefined): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    return DEFAULT_MAX_HTXSNV_SHARE;
  return value > 1 ? value / 100 : value;
}
