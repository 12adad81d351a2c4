/**
 * The workbook port over an in-memory workbook (browser preview, tests). Same contract as the
 * Office.js adapter: fresh reads, all-or-nothing output writes, createSheets never touching an
 * existing sheet, selectCell selecting the cell for the user. Marks on cells at fault are shown by
 * the preview's grid and never written into the package (clearing them restores cells exactly).
 */
import { parseCellAddress, type Grid, type GridSet } from "../../domain/grid";
import type { CellUpdate, CellWriteResult, WorkbookPort } from "../../ports/workbook.port";
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

    readCustomXml: (namespace) => workbook.readCustomXml(namespace),

    writeCustomXml: (namespace, xml) => workbook.writeCustomXml(namespace, xml),

    async writeCells(updates) {
      const placed: (CellUpdate & { row: number; col: number })[] = [];
      const unplaced: CellUpdate[] = [];
      for (const u of updates) {
        const where = parseCellAddress(u.cell);
        if (where === null) unplaced.push(u);
        else placed.push({ ...u, row: where.row, col: where.col });
      }
      const result = await workbook.writeCells(placed);
      // The original update objects go back, as the other adapters return them.
      const missed = new Set(result.changedMeanwhile.map((u) => `${u.sheet}!${u.cell}`));
      return {
        written: result.written,
        changedMeanwhile: [
          ...updates.filter((u) => missed.has(`${u.sheet}!${u.cell}`)),
          ...unplaced,
        ],
      } satisfies CellWriteResult;
    },

    appendRows: (sheet, rows) => workbook.appendRows(sheet, rows),

    protectedSheets: (names) => Promise.resolve(workbook.protectedSheets(names)),
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
