/**
 * The working sheets' wording in the reader's language: `sheetTexts(language)` gives the
 * catalogue (`SHEET_TEXTS_VI` is its shape; the English one must match it key for key, so a
 * missing key or a wrong param is a compile error).
 */
import type { Language } from "./language";
import { SHEET_TEXTS_EN } from "./sheet-texts.en";
import { SHEET_TEXTS_VI } from "./sheet-texts.vi";

/** The shape of a working-sheet catalogue: the Vietnamese one's keys and params. */
export type SheetTexts = typeof SHEET_TEXTS_VI;

export const SHEET_TEXT_CATALOGUES: Readonly<Record<Language, SheetTexts>> = {
  vi: SHEET_TEXTS_VI,
  en: SHEET_TEXTS_EN,
};

/** The working sheets' wording in `language` (Vietnamese by default). */
export function sheetTexts(language: Language = "vi"): SheetTexts {
  return SHEET_TEXT_CATALOGUES[language];
}
