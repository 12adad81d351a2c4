/**
 * Compare-and-set writes of single cells of people's sheets (merging units' files, issue 12) and
 * rows appended below a sheet's last row (`Nhật ký`), through Office.js. Each is one `Excel.run`
 * with a constant number of syncs whatever the number of cells: the cells to compare are read as
 * one rectangle per sheet, then every write goes in one request. The compare and the write are in
 * the same batch, so the window in which a co-author's edit could be overwritten is one round
 * trip, not the whole merge.
 */
import { cellAddress, parseCellAddress, type CellValue } from "../../domain/grid";
import { normalisedValue } from "../../domain/integrity/normalised-value";
import type { OutputSheet } from "../../domain/output/sheet-spec";
import { foldKey } from "../../domain/text/normalize";
import type { CellUpdate, CellWriteResult } from "../../ports/workbook.port";
import { DATE_1904_OFFSET, isDateFormat, toCellValue } from "./cell-values";
import type { OfficeHost } from "./office-host";
import { findByName } from "./sheet-names";
import { writeSheets } from "./write-sheets";

const MS_PER_DAY = 86_400_000;
const DATE_FORMAT = "dd/mm/yyyy";

/** A Date (UTC midnight) as an Excel serial of the workbook's date system. */
function dateSerial(date: Date, dateOffset: number): number {
  const days = Math.round((date.getTime() - Date.UTC(1899, 11, 30)) / MS_PER_DAY);
  // Serials before 1900-03-01 are one less: Excel counts a 29 February 1900 that never was.
  return (days < 61 ? days - 1 : days) - dateOffset;
}

/**
 * A value as Office.js writes it into a cell without changing the cell's format: text gets the
 * quote prefix, so "=…", "007" or "1/2" stay the text that was typed, never a formula or number.
 */
export function officeValue(value: CellValue, dateOffset: number): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string") return `'${value}`;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateSerial(value, dateOffset);
  return `'${value.error}`;
}

interface Target {
  readonly update: CellUpdate;
  readonly row: number;
  readonly col: number;
}

export function writeCellsChecked(
  host: OfficeHost,
  updates: readonly CellUpdate[]
): Promise<CellWriteResult> {
  if (updates.length === 0) return Promise.resolve({ written: 0, changedMeanwhile: [] });
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();

    const changedMeanwhile: CellUpdate[] = [];
    const bySheet = new Map<string, { ws: Excel.Worksheet; targets: Target[] }>();
    for (const update of updates) {
      const where = parseCellAddress(update.cell);
      const ws = findByName(worksheets.items, update.sheet);
      if (where === null || ws === undefined) {
        changedMeanwhile.push(update);
        continue;
      }
      const key = foldKey(ws.name);
      const entry = bySheet.get(key) ?? { ws, targets: [] };
      entry.targets.push({ update, row: where.row, col: where.col });
      bySheet.set(key, entry);
    }
    // One rectangle per sheet around its cells: constant proxies and one sync to compare.
    const reads = [...bySheet.values()].map(({ ws, targets }) => {
      const r0 = Math.min(...targets.map((t) => t.row));
      const c0 = Math.min(...targets.map((t) => t.col));
      const r1 = Math.max(...targets.map((t) => t.row));
      const c1 = Math.max(...targets.map((t) => t.col));
      const range = ws.getRangeByIndexes(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
      range.load("values,numberFormat,valueTypes");
      return { ws, targets, range, r0, c0 };
    });
    const probe = context.workbook.functions.date(1904, 1, 1);
    probe.load("value");
    await context.sync();
    const dateOffset = probe.value === 0 ? DATE_1904_OFFSET : 0;

    let written = 0;
    for (const { ws, targets, range, r0, c0 } of reads) {
      const values = range.values as unknown[][];
      const formats = range.numberFormat as unknown[][];
      const types = range.valueTypes as unknown[][];
      for (const t of targets) {
        const r = t.row - r0;
        const c = t.col - c0;
        const format = formats[r]?.[c];
        const type = types[r]?.[c];
        const now = toCellValue(
          values[r]?.[c],
          typeof format === "string" ? format : undefined,
          typeof type === "string" ? type : undefined,
          dateOffset
        );
        if (normalisedValue(now) !== t.update.expected) {
          changedMeanwhile.push(t.update);
          continue;
        }
        const cell = ws.getRange(cellAddress(t.row, t.col));
        // A date goes in as a serial; the cell shows it as a date only if it is formatted so.
        if (t.update.value instanceof Date && !isDateFormat(format as string | undefined))
          cell.numberFormat = [[DATE_FORMAT]];
        cell.values = [[officeValue(t.update.value, dateOffset)]];
        written++;
      }
    }
    if (written > 0) await context.sync();
    return { written, changedMeanwhile };
  });
}

/**
 * Adds rows below the last used row of the sheet named like `sheet`; when there is no such sheet
 * it is created from `sheet` with the rows under its own (one write, like any new sheet).
 */
export async function appendSheetRows(
  host: OfficeHost,
  sheet: OutputSheet,
  rows: readonly (readonly CellValue[])[]
): Promise<void> {
  if (rows.length === 0) return;
  const appended = await host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const ws = findByName(worksheets.items, sheet.name);
    if (ws === undefined) return false;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount");
    const probe = context.workbook.functions.date(1904, 1, 1);
    probe.load("value");
    await context.sync();
    const dateOffset = probe.value === 0 ? DATE_1904_OFFSET : 0;
    const start = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    const width = Math.max(1, ...rows.map((r) => r.length));
    const block = ws.getRangeByIndexes(start, 0, rows.length, width);
    // Text cells formatted as Text, so the log's "=…" stays text and its codes keep their zeros.
    block.numberFormat = rows.map((row) =>
      Array.from({ length: width }, (_v, c) => {
        const value = row[c] ?? null;
        return value instanceof Date ? DATE_FORMAT : typeof value === "string" ? "@" : "General";
      })
    );
    block.values = rows.map((row) =>
      Array.from({ length: width }, (_v, c) => {
        const value = row[c] ?? null;
        return typeof value === "string" ? value : officeValue(value, dateOffset);
      })
    );
    await context.sync();
    return true;
  });
  if (appended) return;
  // The new sheet's rows take its "cell" style when it has one (the log's), else none.
  const rowStyle = "cell" in sheet.styles ? "cell" : undefined;
  await writeSheets(
    host,
    [
      {
        ...sheet,
        rows: [
          ...sheet.rows,
          ...rows.map((row) =>
            row.map((value) => ({
              value: specValue(value),
              ...(rowStyle === undefined ? {} : { style: rowStyle }),
            }))
          ),
        ],
      },
    ],
    "create"
  );
}

function specValue(value: CellValue): string | number | boolean | null {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return normalisedValue(value);
  return value.error;
}
