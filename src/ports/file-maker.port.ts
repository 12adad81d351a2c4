/**
 * What the pane needs to make and read files (issues 9, 11, 12): new .xlsx workbooks (next
 * year's register, units' files), zip archives, dossier documents as Word files, and the values
 * of a workbook the user picked. Implemented over the project's own .xlsx core and the `docx`
 * library (src/adapters/files); the pane loads it only when a file action runs.
 */
import type { DossierDocument } from "../domain/dossier/document";
import type { GridSet } from "../domain/grid";
import type { OutputSheet } from "../domain/output/sheet-spec";

export interface FileMaker {
  /** An .xlsx workbook holding these sheets, in order. */
  workbook(sheets: readonly OutputSheet[]): Uint8Array;
  /** A zip archive of these files, in order. */
  zip(files: readonly { readonly name: string; readonly data: Uint8Array }[]): Uint8Array;
  /** Every sheet's values of .xlsx bytes; rejects when the bytes are not a workbook. */
  readWorkbook(bytes: Uint8Array): Promise<GridSet>;
  /** A dossier document as .docx bytes. */
  docx(document: DossierDocument): Promise<Uint8Array>;
  /** A document's file name made safe on every system, without extension. */
  safeFileName(name: string): string;
}
