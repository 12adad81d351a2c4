/**
 * The workbook port over an in-memory workbook (browser preview, tests). Same contract as the
 * Office.js adapter: fresh reads, all-or-nothing output writes, createSheets never touching an
 * existing sheet, selectCell selecting the cell for the user. Marks on cells at fault are shown by
 * the preview's grid and never written into the package (clearing them restores cells exactly).
 */
import type { Grid, GridSet } from "../../domain/grid";
import type { WorkbookPort } from "../../ports/workbook.port";
import type { MemoryWorkbook } from "./memory-workbook";

export function createMemoryWorkbookPort(workbook: MemoryWorkbook): WorkbookPort {
  return {
    listSheets: () => Promise.resolve(workbook.getSnapshot().sheetNames),

    readSheets(names) {
      const { grids } = workbook.getSnapshot();
      const result = new Map<string, Grid>();
      for (const name of names) {
        const grid = grids.get(name);
        if (grid !== undefined) result.set(name, grid);
      }
      return Promise.resolve(result satisfies GridSet);
    },

    writeOutputSheets: (sheets) => workbook.write(sheets),

    createSheets: (sheets) => workbook.create(sheets),

    selectCell(sheet, cell) {
      return call(() => {
        workbook.select(sheet, cell);
      });
    },

    activateSheet(sheet) {
      return call(() => {
        workbook.activate(sheet);
      });
    },

    highlightCells(cells) {
      return Promise.resolve(workbook.mark(cells));
    },

    clearHighlights() {
      workbook.clearMarks();
      return Promise.resolve();
    },

    readCustomXml(namespace) {
      return Promise.resolve(workbook.readCustomXml(namespace));
    },

    writeCustomXml: (namespace, xml) => workbook.writeCustomXml(namespace, xml),
  };
}

/** Runs a synchronous step as a promise, turning a throw into a rejection as Excel.run would. */
function call(step: () => void): Promise<void> {
  try {
    step();
    return Promise.resolve();
  } catch (error: unknown) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
