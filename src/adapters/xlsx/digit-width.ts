/**
 * The maximum digit width, in pixels, of a workbook's default font: the unit Excel measures
 * column widths in (7 px for 11 pt Calibri, 8 px for 12 pt Times New Roman). Output sheets give
 * widths in 7-px units; a sheet printed at a fixed scale needs them converted to the workbook's
 * unit, or its columns would be wider on paper than the page. Browser-safe.
 */
import { attr, findTags } from "./xml-text";

/** Digit advance as a fraction of the em, for fonts Vietnamese agencies' workbooks use. */
const DIGIT_EM: Readonly<Record<string, number>> = {
  calibri: 0.507,
  carlito: 0.507,
  arial: 0.556,
  "liberation sans": 0.556,
  "times new roman": 0.5,
  "liberation serif": 0.5,
  tahoma: 0.546,
  verdana: 0.636,
};

/** Excel's unit when the font is unknown or not in the table (11 pt Calibri). */
export const DEFAULT_DIGIT_PIXELS = 7;

/** The default font's maximum digit width in pixels at 96 dpi, from styles.xml. */
export function digitPixels(stylesXml: string | undefined): number {
  if (stylesXml === undefined) return DEFAULT_DIGIT_PIXELS;
  const fonts = /<(?:\w+:)?fonts[\s>][\s\S]*?<\/(?:\w+:)?fonts>/.exec(stylesXml)?.[0] ?? "";
  const first = /<(?:\w+:)?font[\s>/][\s\S]*?<\/(?:\w+:)?font>/.exec(fonts)?.[0];
  if (first === undefined) return DEFAULT_DIGIT_PIXELS;
  const name = attr(findTags(first, "name")[0] ?? "", "val")?.toLowerCase() ?? "";
  const size = Number(attr(findTags(first, "sz")[0] ?? "", "val"));
  const em = DIGIT_EM[name];
  if (em === undefined || !Number.isFinite(size) || size <= 0) return DEFAULT_DIGIT_PIXELS;
  return Math.max(1, Math.round(((size * 96) / 72) * em));
}
