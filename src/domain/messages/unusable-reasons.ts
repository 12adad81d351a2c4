/**
 * Why a register cannot be used at all (the CLI exits 2, the pane shows a warning and writes
 * nothing): typed codes with params, worded only in the catalogues (`unusable-reasons.vi.ts`,
 * `…en.ts`) and only at the edge, in the reader's language (`unusableReasonText`).
 *
 * Adding a code: add it here, then word it in both catalogues (the compiler lists what is
 * missing), and give an example in tests/domain/messages/unusable-reasons.test.ts.
 */
import type { Catalogue, Message } from "./message";

/** Code → params. */
export interface UnusableReasonParamsByCode {
  /** Required input sheets (contract names) the workbook lacks. */
  readonly "missing-sheets": { readonly sheets: readonly string[] };
  /** No `Năm` in `Cấu hình`: the next year's register cannot be named nor dated. */
  readonly "no-year": Record<string, never>;
}

export type UnusableReasonCode = keyof UnusableReasonParamsByCode;

/** A reason a register is unusable, one variant per code. */
export type UnusableReason = Message<UnusableReasonParamsByCode>;

/** One wording function per code, for one language. */
export type UnusableReasonCatalogue = Catalogue<UnusableReasonParamsByCode>;

/** A reason of `code` with its params (the variant the compiler picks). */
export function unusableReason<C extends UnusableReasonCode>(
  code: C,
  params: UnusableReasonParamsByCode[C]
): UnusableReason {
  return { code, params } as UnusableReason;
}
