/** Order of codes (Mã CB, Mã tiêu chí): digits compared as numbers, so "CB2" < "CB10" and "1.2" < "1.10". */
// Made on first use: the process's first collator loads ICU's collation data (≈ 8 ms), which a
// command that never orders codes need not pay.
let collator: Intl.Collator | null = null;

export function compareCodes(a: string, b: string): number {
  collator ??= new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
