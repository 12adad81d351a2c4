/** Codes compared the way people type them: "cb001" and "CB001 " name the same person. */
import { foldKey } from "../text/normalize";

/**
 * The codes of one table, looked up without regard to case or spacing. References elsewhere are
 * rewritten to the spelling of the defining table, so later steps can compare codes exactly.
 */
export class CodeBook {
  private readonly byKey = new Map<string, string>();
  /**
   * Each code as added → its defining spelling: most references are typed exactly as defined,
   * and are then found without folding (tens of thousands of lookups on a big register).
   */
  private readonly bySpelling = new Map<string, string>();

  constructor(codes: Iterable<string> = []) {
    for (const code of codes) this.add(code);
  }

  /** Adds a code; the first spelling of a key wins (a later one is a duplicate). */
  add(code: string): void {
    if (this.bySpelling.has(code)) return;
    const key = foldKey(code);
    if (key === "") return;
    let defining = this.byKey.get(key);
    if (defining === undefined) {
      defining = code;
      this.byKey.set(key, code);
    }
    this.bySpelling.set(code, defining);
  }

  /**
   * A new book of this one's codes and then `codes`, the same as one made from all of them in
   * that order, without folding this book's codes again (the subjects are the staff and units).
   */
  extendedWith(codes: Iterable<string>): CodeBook {
    const book = new CodeBook();
    this.byKey.forEach((code, key) => book.byKey.set(key, code));
    this.bySpelling.forEach((code, spelling) => book.bySpelling.set(spelling, code));
    for (const code of codes) book.add(code);
    return book;
  }

  /** The defining spelling of `code`, or null when unknown. */
  resolve(code: string): string | null {
    return this.bySpelling.get(code) ?? this.byKey.get(foldKey(code)) ?? null;
  }

  /** The defining spelling when known, else the code as typed. */
  canonical(code: string): string {
    return this.resolve(code) ?? code;
  }
}
