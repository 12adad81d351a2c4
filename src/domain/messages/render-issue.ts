/** An issue's text in a chosen language. */
import type { Issue } from "../issue";
import { ISSUE_CATALOGUES } from "./catalogues";
import type { IssueCode } from "./issue-codes";
import type { Language } from "./language";

/** True when `code` has a message in the catalogues. */
export function isCataloguedCode(code: string): code is IssueCode {
  return Object.prototype.hasOwnProperty.call(ISSUE_CATALOGUES.vi, code);
}

/**
 * The issue's message in `language`, worded by the catalogue from its code and params. An issue
 * made before its code was catalogued keeps its own (Vietnamese) message.
 */
export function issueText(issue: Issue, language: Language): string {
  if (language === "vi" || issue.params === undefined || !isCataloguedCode(issue.code)) {
    return issue.message;
  }
  const word = ISSUE_CATALOGUES[language][issue.code] as (p: object) => string;
  return word(issue.params);
}
