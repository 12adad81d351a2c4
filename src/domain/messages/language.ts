/** The languages the program speaks: Vietnamese (the default everywhere) and English. */
export type Language = "vi" | "en";

export const LANGUAGES: readonly Language[] = ["vi", "en"];

/** The default language of the pane, the CLI and everything written to a workbook. */
export const DEFAULT_LANGUAGE: Language = "vi";

/** "en", "EN", "en-US" → "en"; "vi", "vi-VN" → "vi"; anything else → null. */
export function parseLanguage(text: string): Language | null {
  const key = text.trim().toLowerCase();
  if (key === "vi" || key.startsWith("vi-")) return "vi";
  if (key === "en" || key.startsWith("en-")) return "en";
  return null;
}
