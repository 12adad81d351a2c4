/**
 * A register the program cannot use at all (the CLI exits 2; the pane warns and writes nothing).
 * The reason is typed, worded at the edge in the reader's language (`unusableReasonText`).
 */
import { unusableReason, type UnusableReason } from "./messages/unusable-reasons";

/** The outcome of a use case whose register cannot be used. */
export type Unusable = { readonly kind: "unusable"; readonly reason: UnusableReason };

/** A register lacking required sheets (contract names). */
export function missingSheetsOutcome(sheets: readonly string[]): Unusable {
  return { kind: "unusable", reason: unusableReason("missing-sheets", { sheets: [...sheets] }) };
}
