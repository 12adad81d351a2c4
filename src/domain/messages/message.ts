/**
 * The shapes every catalogue shares: a typed message is a code with its params (one variant per
 * code), and a catalogue words each code of a vocabulary in one language.
 */

/** A message of a vocabulary (`ByCode`: code → params), one variant per code. */
export type Message<ByCode> = {
  readonly [C in keyof ByCode]: { readonly code: C; readonly params: ByCode[C] };
}[keyof ByCode];

/** One wording function per code of a vocabulary, for one language. */
export type Catalogue<ByCode> = {
  readonly [C in keyof ByCode]: (params: ByCode[C]) => string;
};
