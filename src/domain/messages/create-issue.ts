/** How the domain makes an Issue: a code with its params at a place; the wording comes from the catalogue. */
import type { Issue, Severity } from "../issue";
import { ISSUE_CATALOGUES } from "./catalogues";
import type { IssueCode, IssueParams } from "./issue-codes";
import { DEFAULT_LANGUAGE } from "./language";

/** Where an issue is: the sheet at fault (null: the whole register) and the A1 cell (or null). */
export interface IssuePlace {
  readonly sheet: string | null;
  readonly cell: string | null;
}

/** The message of `code` with `params`, in `language` (Vietnamese by default). */
export function messageOf<C extends IssueCode>(
  code: C,
  params: IssueParams<C>,
  language = DEFAULT_LANGUAGE
): string {
  const word = ISSUE_CATALOGUES[language][code] as (p: IssueParams<C>) => string;
  return word(params);
}

/**
 * An Issue of `code` at `where`: `message` is the Vietnamese wording (what the JSON report and
 * the `Kiểm tra` sheet show by default) and `params` the values it was built from, so any
 * catalogue can word it again.
 */
export function createIssue<C extends IssueCode>(
  severity: Severity,
  code: C,
  params: IssueParams<C>,
  where: IssuePlace
): Issue {
  return {
    severity,
    code,
    sheet: where.sheet,
    cell: where.cell,
    message: messageOf(code, params),
    params,
  };
}
