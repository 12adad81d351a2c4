/**
 * Reading sheets through Office.js: every requested sheet's used range (values, number formats,
 * value types) in a constant number of syncs, more only past Excel on the web's 5 MB response
 * limit; dates recognised by their format in the workbook's own date system.
 */
import type { Grid, GridSet } from "../../domain/grid";
import { DATE_1904_OFFSET, toGridRows } from "./cell-values";
import type { OfficeHost } from "./office-host";
import { findByName } from "./sheet-names";

/** Cells loaded per `context.sync` when reading (values, number formats and types ≈ 30 bytes a cell). */
export const READ_CELLS_PER_SYNC = 130_000;

type WorksheetLike = Excel.Worksheet;

interface ReadChunk {
  readonly requested: string;
  readonly sheet: WorksheetLike;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  range?: Excel.Range;
}

export async function readSheets(host: OfficeHost, names: readonly string[]): Promise<GridSet> {
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();

    const found = names.flatMap((requested) => {
      const sheet = findByName(worksheets.items, requested);
      return sheet ? [{ requested, sheet }] : [];
    });
    const used = found.map((f) => {
      const range = f.sheet.getUsedRangeOrNullObject(true);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return { ...f, range };
    });
    // DATE(1904,1,1) is serial 0 in a workbook on the 1904 date system, 1462 otherwise: asking
    // Excel is the one way to learn the date system without writing to the workbook.
    const probe = context.workbook.functions.date(1904, 1, 1);
    probe.load("value");
    await context.sync();
    const dateOffset = probe.value === 0 ? DATE_1904_OFFSET : 0;

    const grids = new Map<string, Grid>();
    const chunks: ReadChunk[] = [];
    for (const u of used) {
      grids.set(u.requested, []);
      if (u.range.isNullObject) continue;
      const perChunk = Math.max(
        1,
        Math.floor(READ_CELLS_PER_SYNC / Math.max(1, u.range.columnCount))
      );
      for (let r = 0; r < u.range.rowCount; r += perChunk) {
        chunks.push({
          requested: u.requested,
          sheet: u.sheet,
          row: u.range.rowIndex + r,
          column: u.range.columnIndex,
          rows: Math.min(perChunk, u.range.rowCount - r),
          columns: u.range.columnCount,
        });
      }
    }
    const groups: ReadChunk[][] = [];
    let cells = 0;
    for (const chunk of chunks) {
      const size = chunk.rows * chunk.columns;
      const last = groups[groups.length - 1];
      if (!last || cells + size > READ_CELLS_PER_SYNC) {
        groups.push([chunk]);
        cells = size;
      } else {
        last.push(chunk);
        cells += size;
      }
    }
    for (const group of groups) {
      for (const chunk of group) {
        chunk.range = chunk.sheet.getRangeByIndexes(
          chunk.row,
          chunk.column,
          chunk.rows,
          chunk.columns
        );
        chunk.range.load("values,numberFormat,valueTypes");
      }
      // One sync per ≤ READ_CELLS_PER_SYNC cells (Excel on the web's 5 MB response limit);
      // a register below that is read in this one sync.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }

    const bySheet = new Map<string, ReadChunk[]>();
    for (const chunk of chunks) {
      const list = bySheet.get(chunk.requested) ?? [];
      list.push(chunk);
      bySheet.set(chunk.requested, list);
    }
    for (const [requested, list] of bySheet) {
      const first = list[0];
      if (!first) continue;
      const values: unknown[][] = [];
      const formats: unknown[][] = [];
      const types: unknown[][] = [];
      for (const chunk of list) {
        if (!chunk.range) continue;
        values.push(...(chunk.range.values as unknown[][]));
        formats.push(...(chunk.range.numberFormat as unknown[][]));
        types.push(...(chunk.range.valueTypes as unknown[][]));
      }
      grids.set(requested, toGridRows(first.row, first.column, values, formats, types, dateOffset));
    }
    return grids;
  });
}
