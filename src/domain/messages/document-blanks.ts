/** The dotted blanks a drafted document leaves where the register holds no value. */

/** The dotted blank left where the register holds no value, to fill in by hand. */
export const BLANK = "………………";
/** A short dotted blank (day, month, number). */
export const SHORT_BLANK = "……";
