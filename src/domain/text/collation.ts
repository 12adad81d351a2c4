/** Vietnamese collation: the order of names in lists the agency prints. */

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Vietnamese dictionary order of two strings. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Order of personal names as Vietnamese lists sort them: by given name (the last word) first,
 * then by the family and middle names, then by the whole text.
 */
export function compareVietnameseNames(a: string, b: string): number {
  const split = (name: string): [string, string] => {
    const words = name.trim().split(/\s+/);
    const given = words.pop() ?? "";
    return [given, words.join(" ")];
  };
  const [givenA, restA] = split(a);
  const [givenB, restB] = split(b);
  return compareVi(givenA, givenB) || compareVi(restA, restB) || compareVi(a, b);
}
