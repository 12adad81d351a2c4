/**
 * Every issue code the domain emits, with the parameters its message is built from. This is the
 * vocabulary of findings: the code is stable (never reworded), the params are plain values, and
 * the wording lives only in the catalogues (`issues.vi.ts`, `issues.en.ts`).
 *
 * Adding a code: add it here (keep alphabetical order, so parallel additions merge cleanly), then
 * its message in both catalogues; the compiler lists what is missing.
 */

/** Values a message may show: text as it appears in the register, or numbers. */
export type ParamValue = string | number;

/** A cell of a table: its address (empty when the column is absent) and its column's header. */
export type CellParams = { readonly cell: string; readonly column: string };

/** The kinds of record a message can name; each catalogue words them in its own language. */
export type RecordKind = "unit" | "staff" | "criterion" | "history" | "vote" | "council";

/** Code → params. */
export interface IssueParamsByCode {
  /** A cell holds an Excel error value (#N/A, #REF!, …). */
  readonly "cell-error": CellParams & { readonly error: string };
  readonly "invalid-award-kind": CellParams & { readonly value: string; readonly accepted: string };
  readonly "invalid-bloc-rank": CellParams & { readonly value: string };
  readonly "invalid-council-role": CellParams & {
    readonly value: string;
    readonly accepted: string;
  };
  readonly "invalid-criterion-kind": CellParams & {
    readonly value: string;
    readonly accepted: string;
  };
  readonly "invalid-date": CellParams & { readonly value: string };
  readonly "invalid-gender": CellParams & { readonly value: string; readonly accepted: string };
  readonly "invalid-number": CellParams & { readonly value: string };
  readonly "invalid-rating": CellParams & { readonly value: string; readonly accepted: string };
  readonly "invalid-scope": CellParams & { readonly value: string; readonly accepted: string };
  readonly "invalid-year": CellParams & { readonly value: string };
  readonly "invalid-yes-no": CellParams & { readonly value: string; readonly accepted: string };
  /** Text typed with an old font encoding, read as its Unicode conversion. */
  readonly "legacy-encoding": {
    readonly cell: string;
    readonly encoding: "TCVN3" | "VNI";
    readonly original: string;
    readonly converted: string;
  };
  /** A data row without its code: it is left out. */
  readonly "missing-code": CellParams & {
    readonly row: number;
    readonly sheet: string;
    readonly table: string;
  };
  /** No row among the first ones holds every required header. */
  readonly "missing-headers": {
    readonly sheet: string;
    readonly missing: string;
    readonly searchRows: number;
  };
  /** A required value left empty; `record`/`subject` say whose. */
  readonly "missing-value": CellParams & {
    readonly record: RecordKind;
    readonly subject: string;
  };
  /** Not a title or award of the catalogue (nor, where `ratingAllowed`, a rating). */
  readonly "unknown-award": CellParams & {
    readonly value: string;
    readonly ratingAllowed: "yes" | "no";
  };
}

/** A stable issue code. */
export type IssueCode = keyof IssueParamsByCode;

/** The params of one code. */
export type IssueParams<C extends IssueCode> = IssueParamsByCode[C];
