/** The vocabulary of messages: typed issue codes with params, and their wording in vi and en. */
export type { IssueCatalogue } from "./catalogue";
export { ISSUE_CATALOGUES } from "./catalogues";
export { createIssue, messageOf, type IssuePlace } from "./create-issue";
export type {
  CellParams,
  IssueCode,
  IssueParams,
  IssueParamsByCode,
  ParamValue,
  RecordKind,
} from "./issue-codes";
export { DEFAULT_LANGUAGE, LANGUAGES, parseLanguage, type Language } from "./language";
export { isCataloguedCode, issueText } from "./render-issue";
