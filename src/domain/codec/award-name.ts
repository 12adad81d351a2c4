/** Recognising title and award names typed in cells (rules.md, "Keys and names"). */
import { AWARD_CATALOGUE, type AwardKey } from "../rulebook/award-catalogue";
import { looseKey, memoize } from "../text/normalize";

const BY_NAME: ReadonlyMap<string, AwardKey> = new Map(
  AWARD_CATALOGUE.flatMap((a) =>
    [a.name, ...a.aliases, a.key].map((n) => [looseKey(n).replace(/_/g, " "), a.key] as const)
  )
);

/**
 * The award key a cell names, by the catalogue's name, any alias or the key itself, compared
 * without case, diacritics or extra spaces ("Lao động tiên tiến", "LĐTT", "ldtt" → LDTT).
 * Null when the text names no known title or award.
 */
export function parseAwardName(text: string): AwardKey | null {
  return memoAwardName(text);
}

// Remembered per text: `Lịch sử` names the same few titles in tens of thousands of rows.
const memoAwardName = memoize((text: string): AwardKey | null => {
  const key = looseKey(text).replace(/_/g, " ");
  return key === "" ? null : (BY_NAME.get(key) ?? null);
});
