/**
 * Numbers as a Vietnamese reader and a lawyer expect them in reasons: decimal comma, no trailing
 * zeros, and a share never rounded onto the threshold it failed (69,95% is not shown as "70%").
 */

/** `x` with at most `decimals` decimals, decimal comma, trailing zeros dropped: 62.5 → "62,5". */
export function formatNumberVi(x: number, decimals = 2): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(x * factor) / factor;
  const text = rounded.toFixed(decimals).replace(/\.?0+$/, "");
  return (text === "-0" ? "0" : text).replace(".", ",");
}

/** A fraction as a percentage with one decimal: 0.625 → "62,5%". */
export function formatPercentVi(share: number, decimals = 1): string {
  return `${formatNumberVi(share * 100, decimals)}%`;
}

/**
 * A share shown next to the threshold it was compared with: enough decimals that a failing share
 * never reads as equal to the threshold (0.6995 against 0.7 → "69,95%", not "70%").
 */
export function formatShareAgainst(share: number, threshold: number): string {
  let decimals = 1;
  while (
    decimals < 6 &&
    formatPercentVi(share, decimals) === formatPercentVi(threshold, decimals) &&
    share !== threshold
  ) {
    decimals += 1;
  }
  return formatPercentVi(share, decimals);
}

/** "x/n = p%" as in "5/8 cá nhân đạt LĐTT = 62,5%". */
export function formatRatio(count: number, total: number, threshold?: number): string {
  const share = total === 0 ? 0 : count / total;
  const percent =
    threshold === undefined ? formatPercentVi(share) : formatShareAgainst(share, threshold);
  return `${count}/${total} = ${percent}`;
}

/** dd/mm/yyyy. */
export function formatDateVi(date: {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
}

/** True when count/total ≥ threshold, without floating-point surprises at the boundary (8/10 ≥ 0.8). */
export function meetsShare(count: number, total: number, threshold: number): boolean {
  if (total <= 0) return false;
  return count >= threshold * total - 1e-9;
}
