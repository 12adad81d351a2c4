/** PLACEHOLDER (owned by the codec helper): sheets created for people to fill in. */
import type { Register } from "../model";
import type { OutputSheet } from "../output/sheet-spec";

/** Every input sheet of an empty register: headers, styling, widths, frozen header, dropdowns. */
export function registerTemplateSheets(): readonly OutputSheet[] {
  return [];
}

/** One pledge sheet (ĐK-<code>) and one score sheet (CĐ-<code>) per unit, prefilled. */
export function unitSheets(
  _register: Register,
  _options: { readonly protect: boolean }
): readonly OutputSheet[] {
  return [];
}
