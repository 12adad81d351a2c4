/**
 * Reads sheet names and cell grids from an .xlsx package. Browser-safe (Uint8Array in), so the
 * browser preview can reuse it; the Node file adapter only adds fs.
 */
import type { Grid } from "../../domain/grid";
import type { OpcPackage } from "./opc-package";
import { scanSheetBytes } from "./sheet-byte-scanner";
import { scanSheet, type ScanContext } from "./sheet-scanner";
import { readWorkbookStructure, type WorkbookStructure } from "./workbook-structure";
import { parseDateStyles, parseSharedStrings } from "./workbook-tables";
import { XlsxFormatError } from "./xlsx-format-error";
import { decodeXmlBytes } from "./xml-decode";

export class XlsxReader {
  private readonly pkg: OpcPackage;
  private readonly structure: WorkbookStructure;
  private context: ScanContext | null = null;

  constructor(pkg: OpcPackage) {
    this.pkg = pkg;
    this.structure = readWorkbookStructure(pkg);
    // A sheet the workbook lists but whose part is gone is a broken file, not an empty sheet.
    for (const sheet of this.structure.sheets) {
      if (sheet.path === "" || !pkg.has(sheet.path)) throw missingSheet(sheet.name);
    }
  }

  /** Worksheet names in tab order (chart sheets and dialog sheets are left out). */
  sheetNames(): string[] {
    return this.structure.sheets.filter((s) => s.isWorksheet).map((s) => s.name);
  }

  /** The grid of a worksheet by its exact name; undefined when there is no such worksheet. */
  readGrid(name: string): Grid | undefined {
    const entry = this.structure.sheets.find((s) => s.isWorksheet && s.name === name);
    if (entry === undefined) return undefined;
    const bytes = this.pkg.get(entry.path);
    if (bytes === undefined) throw missingSheet(name);
    let context: ScanContext;
    try {
      context = this.scanContext();
    } catch (error: unknown) {
      // The sheet's own refusal comes first, as when its text was decoded before the context.
      decodeXmlBytes(bytes);
      throw error;
    }
    // Most sheets are read from their bytes; a part of another shape is decoded and read as text.
    return scanSheetBytes(bytes, context, name) ?? scanSheet(decodeXmlBytes(bytes), context, name);
  }

  private scanContext(): ScanContext {
    if (this.context !== null) return this.context;
    const { relationships, date1904 } = this.structure;
    const limits = this.pkg.limits;
    // endsWith: Strict OOXML uses other namespace URIs for the same relationship types.
    const ssPath = relationships.find(
      (r) => !r.external && r.type.endsWith("/sharedStrings")
    )?.path;
    const stylesPath = relationships.find((r) => !r.external && r.type.endsWith("/styles"))?.path;
    const ssXml = ssPath === undefined ? undefined : this.pkg.getText(ssPath);
    if (ssPath !== undefined && ssXml === undefined) {
      throw new XlsxFormatError({ code: "missing-shared-strings", params: {} });
    }
    this.context = {
      sharedStrings: ssXml === undefined ? [] : parseSharedStrings(ssXml, limits.maxCellChars),
      dateStyles: parseDateStyles(
        stylesPath === undefined ? undefined : this.pkg.getText(stylesPath)
      ),
      date1904,
      limits,
    };
    return this.context;
  }
}

function missingSheet(sheet: string): XlsxFormatError {
  return new XlsxFormatError({ code: "missing-sheet-part", params: { sheet } });
}
