/**
 * What `tdkt` prints itself, in the language of `--lang`: `loadCliTexts(language)` gives the
 * catalogue (`CLI_TEXTS_VI` is its shape; the English one must match it key for key, so a missing
 * key or a wrong param is a compile error). Vietnamese, the default, is always loaded; English
 * only when asked for, so `tdkt check` starts no slower.
 */
import type { Language } from "../../domain/messages/language";
import { CLI_TEXTS_VI } from "./cli-texts.vi";

/** The shape of a console catalogue: the Vietnamese one's keys and params. */
export type CliTexts = typeof CLI_TEXTS_VI;

export { CLI_TEXTS_VI };

/** The console wording in `language`. */
export async function loadCliTexts(language: Language): Promise<CliTexts> {
  if (language === "vi") return CLI_TEXTS_VI;
  return (await import("./cli-texts.en")).CLI_TEXTS_EN;
}
