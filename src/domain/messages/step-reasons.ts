/**
 * Why a step of the year's workflow (the pane's steps) is done, still to do, or blocked: typed
 * codes with params, worded only in the step catalogues (`step-reasons.vi.ts`, `…en.ts`).
 *
 * Adding a code: add it here (alphabetical order), then word it in both catalogues.
 */
import type { Language } from "./language";

/** Code → params. */
export interface StepReasonParamsByCode {
  /** No `Cơ quan` in `Cấu hình`: a list cannot be headed. */
  readonly "no-agency": Record<string, never>;
  /** `Tiêu chí` has no criterion: nothing to score. */
  readonly "no-criteria": Record<string, never>;
  /** No `CĐ-` sheet yet: no unit has a score sheet. */
  readonly "no-score-sheets": Record<string, never>;
  /** `Đơn vị` has no unit. */
  readonly "no-units": Record<string, never>;
  /** No `Năm` in `Cấu hình`. */
  readonly "no-year": Record<string, never>;
  /** Required input sheets are missing. */
  readonly "missing-sheets": { readonly sheets: string };
  /** The register step is not done yet. */
  readonly "register-not-ready": Record<string, never>;
  /** The register has errors (from the last reading). */
  readonly "register-has-errors": { readonly errors: number };
  /** The register has every sheet and the settings the workflow needs. */
  readonly "register-ready": { readonly units: number; readonly staff: number };
  /** The register has no errors (perhaps warnings). */
  readonly "register-clean": { readonly warnings: number };
  /** Ready to write the ranking; with errors it comes out as a draft. */
  readonly "ready-to-score": { readonly errors: number };
  /** Ready to write the proposal list; with errors it comes out as a draft. */
  readonly "ready-to-list": { readonly errors: number };
  /** `Kết quả chấm điểm` exists. */
  readonly "scores-written": { readonly sheet: string };
  /** `Đề nghị khen thưởng` exists. */
  readonly "list-written": { readonly sheet: string };
  /** Scoring comes before the council's vote. */
  readonly "not-scored": Record<string, never>;
  /** Every unit has its pledge and score sheets. */
  readonly "unit-sheets-created": { readonly units: number };
  /** Some units still lack a pledge or score sheet. */
  readonly "unit-sheets-missing": { readonly count: number };
  /** `Bình xét` holds the council's votes. */
  readonly "votes-entered": { readonly count: number };
  /** No vote entered in `Bình xét` yet. */
  readonly "votes-missing": { readonly sheet: string };
}

export type StepReasonCode = keyof StepReasonParamsByCode;

/** A reason with its params, one variant per code. */
export type StepReason = {
  readonly [C in StepReasonCode]: { readonly code: C; readonly params: StepReasonParamsByCode[C] };
}[StepReasonCode];

/** One wording function per code, for one language. */
export type StepReasonCatalogue = {
  readonly [C in StepReasonCode]: (params: StepReasonParamsByCode[C]) => string;
};

/** A reason of `code` with its params (the variant the compiler picks). */
export function reason<C extends StepReasonCode>(
  code: C,
  params: StepReasonParamsByCode[C]
): StepReason {
  return { code, params } as StepReason;
}

/** Used by the catalogues' lookup: `language` picks the catalogue. */
export type StepReasonCatalogues = Readonly<Record<Language, StepReasonCatalogue>>;
