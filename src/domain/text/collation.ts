/** Vietnamese collation: the order of names in lists the agency prints. */
import { memoize } from "./normalize";

// Made on first use, like compare-codes.ts's: the first collator of a process loads ICU's data.
let collator: Intl.Collator | null = null;

/** Vietnamese dictionary order of two strings. */
export function compareVi(a: string, b: string): number {
  collator ??= new Intl.Collator("vi", { sensitivity: "base", numeric: true });
  return collator.compare(a, b);
}

/**
 * Order of personal names as Vietnamese lists sort them: by given name (the last word) first,
 * then by the family and middle names, then by the whole text.
 */
export function compareVietnameseNames(a: string, b: string): number {
  const [givenA, restA] = nameParts(a);
  const [givenB, restB] = nameParts(b);
  return compareVi(givenA, givenB) || compareVi(restA, restB) || compareVi(a, b);
}

/** Given name and the rest; remembered, as a sort compares each name many times. */
const nameParts = memoize((name: string): readonly [string, string] => {
  const words = name.trim().split(/\s+/);
  const given = words.pop() ?? "";
  return [given, words.join(" ")];
});
