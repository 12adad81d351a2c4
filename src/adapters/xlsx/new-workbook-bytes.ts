/**
 * A new .xlsx workbook holding the given sheets, as bytes (next year's register, a unit's file),
 * drawn by the same writer as every output sheet. Browser-safe: the pane builds files with it.
 */
import type { OutputSheet } from "../../domain/output/sheet-spec";
import { blankPackage } from "./blank-package";
import { putSheets } from "./xlsx-writer";

export function newWorkbookBytes(sheets: readonly OutputSheet[]): Uint8Array {
  const pkg = blankPackage();
  putSheets(pkg, sheets, "skip-existing");
  return pkg.toBytes();
}
