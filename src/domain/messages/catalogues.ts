/** The catalogues by language. */
import type { IssueCatalogue } from "./catalogue";
import { ISSUES_EN } from "./issues.en";
import { ISSUES_VI } from "./issues.vi";
import type { Language } from "./language";

export const ISSUE_CATALOGUES: Readonly<Record<Language, IssueCatalogue>> = {
  vi: ISSUES_VI,
  en: ISSUES_EN,
};
