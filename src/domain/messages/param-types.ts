/**
 * The vocabulary of message params shared by every catalogue (issues, proposal reasons, workflow
 * steps): plain values as they appear in the register, and the few typed values a catalogue
 * formats in its own language (shares, decimal numbers).
 */

/** Values a message may show: text as it appears in the register, or numbers. */
export type ParamValue = string | number;

/** A cell of a table: its address (empty when the column is absent) and its column's header. */
export type CellParams = { readonly cell: string; readonly column: string };

/** A title or award, by its short name as the register writes it ("LĐTT", "CSTĐCS"). */
export type AwardParams = { readonly award: string };

/** A year of the register's history or the register's own year. */
export type YearParams = { readonly year: number };

/** A decision's reference: its number and its date (dd/mm/yyyy), each "" when not known. */
export type DecisionRefParams = { readonly number: string; readonly date: string };

/** The kinds of record a message can name; each catalogue words them in its own language. */
export type RecordKind =
  "unit" | "staff" | "criterion" | "history" | "vote" | "decision" | "council";

/** What a pledge's evaluation lacks (a condition named the cell to fill in). */
export type MissingKind = "rating" | "council-score" | "criteria" | "bloc-rank" | "council-members";

/**
 * A share (0…1) shown as a percentage in the reader's language ("62,5%", "62.5%"). With
 * `against`, enough decimals that a failing share never reads as equal to the threshold it was
 * compared with (0.6995 against 0.7 → "69,95%", not "70%").
 */
export type Percent = { readonly percent: number; readonly against?: number };

/** A decimal number in the reader's language ("94,5", "94.5"), at most two decimals. */
export type Decimal = { readonly decimal: number };

/** `share` as a Percent param. */
export function percent(share: number, against?: number): Percent {
  return against === undefined ? { percent: share } : { percent: share, against };
}

/** `x` as a Decimal param. */
export function decimal(x: number): Decimal {
  return { decimal: x };
}
