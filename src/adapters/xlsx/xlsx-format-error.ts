/**
 * Errors of the .xlsx core. Browser-safe. Each carries its typed `refusal` (read-refusal.ts) for
 * wording in the user's language; `message` is the Vietnamese wording. The CLI turns both into
 * exit status 2.
 */
import { READ_REFUSALS_VI } from "./messages/read-refusals.vi";
import { wordReadRefusal, type LimitRefusal, type ReadRefusal } from "./read-refusal";

/** The bytes are not a usable .xlsx workbook (corrupt, not a zip, parts missing…). */
export class XlsxFormatError extends Error {
  override readonly name: string = "XlsxFormatError";
  /** Why, as a code with params. */
  readonly refusal: ReadRefusal;

  constructor(refusal: ReadRefusal) {
    super(wordReadRefusal(refusal, READ_REFUSALS_VI));
    this.refusal = refusal;
  }
}

/** The workbook goes beyond one of the read limits (see read-limits.ts). */
export class XlsxLimitError extends XlsxFormatError {
  override readonly name: string = "XlsxLimitError";
  declare readonly refusal: LimitRefusal;

  // Not useless: it narrows what a limit error may carry to the limit refusals.
  // eslint-disable-next-line @typescript-eslint/no-useless-constructor
  constructor(refusal: LimitRefusal) {
    super(refusal);
  }
}
