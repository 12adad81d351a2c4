/**
 * What the use cases need from a workbook, shaped by the domain rather than by any spreadsheet
 * API. Implemented by the Office.js adapter (the open workbook), the .xlsx file adapter (CLI) and
 * the in-memory adapter (browser preview). Plain grids and sheet specs cross it.
 */
import type { GridSet } from "../domain/grid";
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
