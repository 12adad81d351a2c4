/** Order of codes (Mã CB, Mã tiêu chí): digits compared as numbers, so "CB2" < "CB10" and "1.2" < "1.10". */
const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

export function compareCodes(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
