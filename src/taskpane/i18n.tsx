/** The pane's language: Vietnamese by default, English when Office runs in another language. */
import * as React from "react";
import { en } from "./strings.en";
import { vi, type Strings } from "./strings.vi";

import type { Language } from "../domain/messages/language";

export type { Language };

export const STRINGS: Readonly<Record<Language, Strings>> = { vi, en };

/** Office's display language ("vi-VN", "en-US", …) → the pane's language. */
export function languageFromOffice(displayLanguage: string | undefined): Language {
  if (displayLanguage === undefined || displayLanguage === "") return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

const StringsContext = React.createContext<Strings>(vi);
const LanguageContext = React.createContext<Language>("vi");

export function StringsProvider(props: {
  readonly language: Language;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  return (
    <LanguageContext.Provider value={props.language}>
      <StringsContext.Provider value={STRINGS[props.language]}>
        {props.children}
      </StringsContext.Provider>
    </LanguageContext.Provider>
  );
}

/** The pane's language, for text worded by the domain's catalogues (issues, reasons). */
export function usePaneLanguage(): Language {
  return React.useContext(LanguageContext);
}

export function useStrings(): Strings {
  return React.useContext(StringsContext);
}
