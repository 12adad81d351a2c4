/**
 * What the use cases need from a workbook, shaped by the domain rather than by any spreadsheet
 * API. Implemented by the Office.js adapter (the open workbook), the .xlsx file adapter (CLI) and
 * the in-memory adapter (browser preview). Plain grids and sheet specs cross it.
 */
import type { CellValue, GridSet } from "../domain/grid";
import type { OutputSheet } from "../domain/output/sheet-spec";

export interface WorkbookPort {
  /** Names of every worksheet, in tab order. */
  listSheets(): Promise<readonly string[]>;
  /** Values of each named sheet's used range, read in one batch. Unknown names are absent. */
  readSheets(names: readonly string[]): Promise<GridSet>;
  /**
   * Replace the program's own output sheets whole (create them when absent). All or nothing:
   * a failure leaves no half-written sheet.
   */
  writeOutputSheets(sheets: readonly OutputSheet[]): Promise<void>;
  /**
   * Add new sheets the user asked for (register input sheets, pledge/score sheets). Never
   * touches an existing sheet: names that already exist are skipped and returned.
   */
  createSheets(
    sheets: readonly OutputSheet[]
  ): Promise<{ readonly created: readonly string[]; readonly skipped: readonly string[] }>;
  /** Select a cell for the user (and activate its sheet). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Activate a sheet. */
  activateSheet(sheet: string): Promise<void>;
  /**
   * Optional: mark the cells that have issues (Kiểm tra) without changing the cells' own
   * formatting, replacing any earlier marks. Sheets that cannot be marked (protected) are
   * skipped and returned.
   */
  highlightCells?(cells: readonly HighlightCell[]): Promise<HighlightResult>;
  /** Optional: remove every mark `highlightCells` made, leaving the cells exactly as they were. */
  clearHighlights?(): Promise<void>;
  /** Optional: the XML of the workbook's custom XML part whose root is in `namespace`, or null. */
  readCustomXml?(namespace: string): Promise<string | null>;
  /** Optional: replace the custom XML part of `namespace` by `xml`; null removes it. */
  writeCustomXml?(namespace: string, xml: string | null): Promise<void>;
  /**
   * Optional: write single cells of existing sheets the user asked to change (merging units'
   * files). Compare-and-set in one batch: a cell is written only while it still holds `expected`
   * (canonical text, null = blank); the others are returned untouched, so a co-author's typing
   * between the program's read and its write is never overwritten.
   */
  writeCells?(updates: readonly CellUpdate[]): Promise<CellWriteResult>;
  /**
   * Optional: add rows below the last used row of `sheet.name` (creating the sheet from `sheet`
   * when absent) in one batch, without reading or rewriting the rows above (`Nhật ký`).
   */
  appendRows?(sheet: OutputSheet, rows: readonly (readonly CellValue[])[]): Promise<void>;
  /**
   * Optional: open .xlsx bytes as a new workbook beside this one ("Sang năm mới"), leaving this
   * workbook as it is. Absent where the host cannot (the pane then offers a download).
   */
  openNewWorkbook?(bytes: Uint8Array): Promise<void>;
  /**
   * Optional: which of `names` are protected sheets (as the workbook names them), so a write
   * Excel refused (`AccessDenied`) can name the sheet to unprotect.
   */
  protectedSheets?(names: readonly string[]): Promise<readonly string[]>;
}

/** A cell to write only if it still holds the value the program read. */
export interface CellUpdate {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  /** The cell's canonical text when the program read it (normalisedValue); null = blank. */
  readonly expected: string | null;
  readonly value: CellValue;
}

export interface CellWriteResult {
  readonly written: number;
  /** Updates not written because the cell no longer held `expected` (or its sheet is gone). */
  readonly changedMeanwhile: readonly CellUpdate[];
}

/** A cell to mark, coloured by the severity of its worst issue. */
export interface HighlightCell {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: "error" | "warning";
}

export interface HighlightResult {
  readonly highlighted: number;
  readonly skippedSheets: readonly string[];
}
