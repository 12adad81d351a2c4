/** `--lang vi|en` anywhere on the command line: the language of the messages printed. */
import { DEFAULT_LANGUAGE, parseLanguage, type Language } from "../domain/messages/language";
import { UsageError } from "./args";
import { CLI_TEXTS_VI } from "./messages/cli-texts";

/**
 * `--lang` without a language tdkt speaks. No language is chosen yet, so the command line words
 * it in Vietnamese and in English.
 */
export class LanguageOptionError extends UsageError {}

/** The language asked for (Vietnamese by default) and the arguments without the option. */
export function takeLanguageOption(argv: readonly string[]): {
  readonly language: Language;
  readonly rest: readonly string[];
} {
  const rest: string[] = [];
  let language: Language = DEFAULT_LANGUAGE;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg !== "--lang" && !arg.startsWith("--lang=")) {
      rest.push(arg);
      continue;
    }
    const value = arg === "--lang" ? argv[++i] : arg.slice("--lang=".length);
    const parsed = value === undefined ? null : parseLanguage(value);
    if (parsed === null) throw new LanguageOptionError(CLI_TEXTS_VI.args.badLanguage);
    language = parsed;
  }
  return { language, rest };
}
