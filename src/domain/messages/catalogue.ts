/** The shape of a message catalogue: one wording function per code, for one language. */
import type { IssueCode, IssueParamsByCode } from "./issue-codes";

/** Code → its message in one language, built from the code's params. */
export type IssueCatalogue = {
  readonly [C in IssueCode]: (params: IssueParamsByCode[C]) => string;
};
