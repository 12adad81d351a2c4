/** Ranking by council total with shared ranks (1, 2, 2, 4) and optional tie-break keys. */

export interface RankInput {
  readonly id: string;
  readonly total: number;
  /** Tie-break values, compared in order, higher first. */
  readonly keys: readonly number[];
}

const EPS = 1e-9;

function compare(a: RankInput, b: RankInput): number {
  if (Math.abs(a.total - b.total) > EPS) return b.total - a.total;
  const n = Math.max(a.keys.length, b.keys.length);
  for (let i = 0; i < n; i++) {
    const d = (b.keys[i] ?? 0) - (a.keys[i] ?? 0);
    if (Math.abs(d) > EPS) return d;
  }
  return 0;
}

/**
 * Ranks highest first. Entries equal on the total and on every tie-break key share a rank, and
 * the next rank skips as many places (standard competition ranking). Input order breaks nothing:
 * equal entries keep their input order in the output.
 */
export function rankByTotal(
  entries: readonly RankInput[]
): { readonly id: string; readonly rank: number }[] {
  const sorted = entries.map((e, i) => ({ e, i })).sort((x, y) => compare(x.e, y.e) || x.i - y.i);
  const out: { id: string; rank: number }[] = [];
  sorted.forEach(({ e }, index) => {
    const prev = sorted[index - 1];
    const prevRank = out[index - 1]?.rank;
    out.push({
      id: e.id,
      rank: prev && prevRank !== undefined && compare(prev.e, e) === 0 ? prevRank : index + 1,
    });
  });
  return out;
}
