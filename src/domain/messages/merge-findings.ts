/**
 * What merging the units' returned files finds (`Gộp phiếu đơn vị`, issue 12): typed codes with
 * params, worded only in the catalogues `merge-findings.vi.ts` and `…en.ts`, shown in the
 * reader's language (the `Gộp phiếu` sheet written by the pane or the CLI, the CLI's summary).
 *
 * Adding a code: add it here (alphabetical order), then word it in both catalogues.
 */
import type { Language } from "./language";

/** Code → params (the finding's file, unit, sheet and cell come with it, not in params). */
export interface MergeFindingParamsByCode {
  /** A cell was changed by someone else between the merge's read and its write. */
  readonly "changed-meanwhile": Record<string, never>;
  /** A cell outside the input ranges was changed in the unit's file (`cell` null: a whole reference sheet). */
  readonly "changed-outside-input": { readonly before: string; readonly theirs: string };
  /** Register and unit both changed the cell differently: not merged. */
  readonly conflict: { readonly base: string; readonly ours: string; readonly theirs: string };
  /** Register and unit both changed the cell differently: the unit's value taken (--force). */
  readonly "conflict-forced": {
    readonly base: string;
    readonly ours: string;
    readonly theirs: string;
  };
  /** Text typed in a legacy font, converted to Unicode. */
  readonly "legacy-text": { readonly encoding: string; readonly text: string };
  /** The unit's file lacks a sheet it was sent with. */
  readonly "missing-sheet-in-file": Record<string, never>;
  /** The file carries no unit-file stamp. */
  readonly "not-a-unit-file": Record<string, never>;
  /** The register's sheet changed since the split: only cells the register kept are merged. */
  readonly "register-sheet-changed": Record<string, never>;
  /** The register lost a sheet since the split. */
  readonly "register-sheet-missing": Record<string, never>;
  /** Two files of one unit in one merge. */
  readonly "same-unit-twice": { readonly others: string };
  /** The file belongs to another register. */
  readonly "wrong-register": { readonly register: string; readonly ours: string };
  /** The file's unit is not in `Đơn vị` (`sheets` ""), or it holds another unit's sheets. */
  readonly "wrong-unit": { readonly sheets: string };
  /** The file is of another year ("" = unknown). */
  readonly "wrong-year": { readonly year: string; readonly ours: string };
}

export type MergeFindingCode = keyof MergeFindingParamsByCode;

export type MergeSeverity = "error" | "warning" | "info";

/** Where a finding is: the returned file, its unit, and the sheet and cell when it has them. */
export interface MergeFindingPlace {
  /** The returned file's name, as the user picked it. */
  readonly file: string;
  readonly unit: string | null;
  readonly sheet: string | null;
  readonly cell: string | null;
}

/** A finding: code, params and place; `message` is its Vietnamese wording (the record's words). */
export type MergeFinding = {
  readonly [C in MergeFindingCode]: MergeFindingPlace & {
    readonly severity: MergeSeverity;
    readonly code: C;
    readonly params: MergeFindingParamsByCode[C];
    /** Vietnamese: what was found and what to do (use {@link mergeFindingText} to show it). */
    readonly message: string;
  };
}[MergeFindingCode];

/** One wording function per code, for one language: it reads the params and the place. */
export type MergeFindingCatalogue = {
  readonly [C in MergeFindingCode]: (
    params: MergeFindingParamsByCode[C],
    place: MergeFindingPlace
  ) => string;
};

export type MergeFindingCatalogues = Readonly<Record<Language, MergeFindingCatalogue>>;
