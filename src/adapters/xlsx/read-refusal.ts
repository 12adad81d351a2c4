/**
 * Why the .xlsx reader refuses a file (exit status 2 in the CLI): a typed code with the values its
 * wording needs, worded at the edge in the user's language (messages/read-refusals.*.ts).
 * Browser-safe. A refusal is built only when the reader throws, never on its hot paths.
 */

/** What is wrong with the zip's own directory (not with one named part). */
export type BrokenZipReason =
  /** No end-of-directory record: the file was probably cut short. */
  "no-directory" | "directory-outside-file" | "directory-broken" | "entry-count-mismatch";

/** What is wrong with one named part of the zip. */
export type BrokenPartReason =
  /** A stored (uncompressed) part whose two sizes differ. */
  | "stored-size-mismatch"
  /** Its local header is missing or out of place. */
  | "unreadable"
  | "outside-file"
  | "bad-crc"
  | "inflate-broken"
  | "inflate-too-long"
  | "inflate-truncated"
  | "inflate-size-mismatch";

/** A sheet as a refusal names it: its name, or null when the reader does not know it. */
export type SheetName = string | null;

/** A place outside Excel's grid: a row number, a cell reference, or a column number. */
export type GridPlace =
  { kind: "row"; row: string } | { kind: "cell"; ref: string } | { kind: "column"; column: number };

/** A refusal that a larger read limit would lift (XlsxLimitError). */
export type LimitRefusal =
  | { code: "file-too-large"; params: { bytes: number; maxBytes: number } }
  | { code: "too-many-entries"; params: { entries: number; maxEntries: number } }
  | { code: "part-too-large"; params: { part: string; bytes: number; maxBytes: number } }
  | { code: "package-too-large"; params: { maxBytes: number } }
  | { code: "too-many-rows"; params: { sheet: SheetName; rows: number; maxRows: number } }
  | { code: "too-many-columns"; params: { sheet: SheetName; column: number; maxColumns: number } }
  | { code: "too-many-cells"; params: { sheet: SheetName; maxCells: number } }
  | { code: "cell-too-long"; params: { sheet: SheetName; chars: number; maxChars: number } }
  | { code: "shared-string-too-long"; params: { chars: number; maxChars: number } };

/** Every reason the reader refuses a file. */
export type ReadRefusal =
  | LimitRefusal
  | { code: "not-regular-file"; params: Record<string, never> }
  | { code: "legacy-xls-or-encrypted"; params: Record<string, never> }
  /** Not a zip, or a zip without the part every workbook has. */
  | { code: "not-xlsx"; params: { missing: "[Content_Types].xml" | "workbook.xml" | null } }
  | { code: "zip64"; params: Record<string, never> }
  | { code: "broken-zip"; params: { reason: BrokenZipReason } }
  | { code: "broken-part"; params: { part: string; reason: BrokenPartReason } }
  | { code: "duplicate-entry"; params: { part: string; caseOnly: boolean } }
  | { code: "overlapping-parts"; params: { part: string; previous: string } }
  | { code: "encrypted-part"; params: { part: string } }
  | { code: "unknown-compression"; params: { part: string; method: number } }
  | { code: "missing-sheet-part"; params: { sheet: string } }
  | { code: "missing-shared-strings"; params: Record<string, never> }
  /** Some XML part (not known which) ends early or is malformed. */
  | { code: "truncated-xml"; params: Record<string, never> }
  | { code: "truncated-sheet-xml"; params: { sheet: SheetName } }
  | { code: "truncated-shared-strings"; params: Record<string, never> }
  | { code: "bad-row-number"; params: { sheet: SheetName; text: string } }
  | {
      code: "outside-grid";
      params: { sheet: SheetName; place: GridPlace; gridRows: number; gridColumns: number };
    };

/** The codes of all refusals. */
export type ReadRefusalCode = ReadRefusal["code"];

/** The wording of every refusal in one language: one function per code, taking its params. */
export type ReadRefusalTexts = {
  readonly [C in ReadRefusalCode]: (p: Extract<ReadRefusal, { code: C }>["params"]) => string;
};

/** The refusal worded by `texts`. */
export function wordReadRefusal(refusal: ReadRefusal, texts: ReadRefusalTexts): string {
  return (texts[refusal.code] as (p: ReadRefusal["params"]) => string)(refusal.params);
}
