/**
 * The mark of output made from a register that still has errors: "BẢN NHÁP — sổ còn N lỗi" in
 * the sheet's title area and in its printed header, so a printed list cannot pass for final.
 */
import type { Language } from "../messages/language";
import { sheetTexts } from "../messages/sheet-texts";
import type { CellStyle, PrintSetup } from "./sheet-spec";

/** The mark's text in `language`, or null for a register without errors. */
export function draftMark(errors: number, language: Language = "vi"): string | null {
  return errors > 0 ? sheetTexts(language).draftMark({ errors }) : null;
}

/** The mark's cell style: bold dark red, centred, in the sheet's font. */
export function draftStyle(fontName?: string): CellStyle {
  return {
    ...(fontName === undefined ? {} : { fontName, fontSize: 12 }),
    bold: true,
    color: "C00000",
    align: "center",
  };
}

/** The print setup with the mark in the page header (unchanged when there is no mark). */
export function withDraftHeader(print: PrintSetup, mark: string | null): PrintSetup {
  return mark === null ? print : { ...print, headerText: mark };
}
