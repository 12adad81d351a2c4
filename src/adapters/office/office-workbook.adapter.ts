/**
 * The workbook port over Office.js: the workbook open in Excel. One `Excel.run` per action, a
 * constant number of `context.sync` calls whatever the number of rows (more only when a request
 * would pass Excel on the web's 5 MB limit), output sheets replaced all or nothing.
 */
import { columnIndex, columnLetter, type Grid, type GridSet } from "../../domain/grid";
import type {
  CellStyle,
  DataValidationSpec,
  OutputSheet,
  PrintSetup,
} from "../../domain/output/sheet-spec";
import { foldKey } from "../../domain/text/normalize";
import type { HighlightCell, HighlightResult, WorkbookPort } from "../../ports/workbook.port";
import { DATE_1904_OFFSET, toGridRows } from "./cell-values";
import { clearMarks, addMarks } from "./highlight";
import type { OfficeHost } from "./office-host";
import {
  blockAddress,
  groupForSyncs,
  planSheet,
  sheetReference,
  type SheetPlan,
} from "./write-plan";

/** Temporary sheets a write builds before swapping them in; leftovers of a crash are removed. */
export const TEMP_SHEET_PREFIX = "tdkt~tam-";
/** Very hidden sheet holding dropdown lists too long for an inline list (255 characters). */
export const LISTS_SHEET = "tdkt~danh-muc";
/** Cells loaded per `context.sync` when reading (values, number formats and types ≈ 30 bytes a cell). */
export const READ_CELLS_PER_SYNC = 130_000;
const INLINE_LIST_MAX = 255;

type WorksheetLike = Excel.Worksheet;

/** The program's own bookkeeping sheets, never shown as part of the register. */
export function isProgramSheet(name: string): boolean {
  return name.startsWith(TEMP_SHEET_PREFIX) || name === LISTS_SHEET;
}

function findByName<T extends { readonly name: string }>(
  items: readonly T[],
  name: string
): T | undefined {
  const exact = items.find((s) => s.name === name);
  if (exact) return exact;
  const key = foldKey(name);
  return items.find((s) => foldKey(s.name) === key);
}

function notFound(sheet: string): Error {
  return Object.assign(new Error(`Sheet not found: ${sheet}`), { code: "ItemNotFound" });
}

/** Points from Excel's column width in characters (Calibri 11: 7 px a character + 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle, rows: number, cols: number): void {
  const font = format.font;
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline !== undefined) font.underline = style.underline ? "Single" : "None";
  if (style.color !== undefined) font.color = `#${style.color}`;
  if (style.fill !== undefined) format.fill.color = `#${style.fill}`;
  if (style.align !== undefined)
    format.horizontalAlignment =
      style.align === "left" ? "Left" : style.align === "center" ? "Center" : "Right";
  if (style.valign !== undefined)
    format.verticalAlignment =
      style.valign === "top" ? "Top" : style.valign === "middle" ? "Center" : "Bottom";
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border === true) {
    // Inside borders only where the rectangle has inner lines.
    const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (cols > 1) edges.push("InsideVertical");
    if (rows > 1) edges.push("InsideHorizontal");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

// Enum values as strings: the Excel global is absent in tests, and the API takes either.
type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

function rectangleSize(address: string): { rows: number; cols: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!m?.[3] || !m[4] || !m[1] || !m[2]) return { rows: 1, cols: 1 };
  return { rows: Number(m[4]) - Number(m[2]) + 1, cols: columnIndex(m[3]) - columnIndex(m[1]) + 1 };
}

/** Where each dropdown list lives: inline text, or a column of the very hidden lists sheet. */
interface ListPlacement {
  readonly inline: Map<DataValidationSpec, string>;
  /** list key → 0-based column in the lists sheet, and whether it must be written. */
  readonly columns: Map<
    string,
    { readonly column: number; readonly write: boolean; readonly items: readonly string[] }
  >;
}

function listKey(list: readonly string[]): string {
  return JSON.stringify(list);
}

function needsListSheet(list: readonly string[]): boolean {
  return list.some((item) => item.includes(",")) || list.join(",").length > INLINE_LIST_MAX;
}

function placeLists(
  plans: readonly SheetPlan[],
  existingColumns: readonly (readonly unknown[])[]
): ListPlacement {
  const inline = new Map<DataValidationSpec, string>();
  const columns = new Map<string, { column: number; write: boolean; items: readonly string[] }>();
  // Existing columns are read row-major; turn them into one list per column.
  const width = existingColumns.reduce((n, row) => Math.max(n, row.length), 0);
  const existing: string[] = [];
  for (let c = 0; c < width; c++) {
    const items: string[] = [];
    for (const row of existingColumns) {
      const v = row[c];
      if (typeof v === "string" && v !== "") items.push(v);
      else if (typeof v === "number") items.push(String(v));
    }
    existing.push(listKey(items));
  }
  let next = width;
  for (const plan of plans) {
    for (const v of plan.spec.validations ?? []) {
      if (!needsListSheet(v.list)) {
        inline.set(v, v.list.join(","));
        continue;
      }
      const key = listKey(v.list);
      if (columns.has(key)) continue;
      const at = existing.indexOf(key);
      columns.set(
        key,
        at >= 0
          ? { column: at, write: false, items: v.list }
          : { column: next++, write: true, items: v.list }
      );
    }
  }
  return { inline, columns };
}

/** Queues the sheet-level settings and formatting of one planned sheet (no sync). */
function queueFormatting(
  ws: WorksheetLike,
  plan: SheetPlan,
  lists: ListPlacement,
  tableName: string | null
): void {
  const spec = plan.spec;
  for (const area of plan.styleAreas) {
    for (const address of area.ranges) {
      const { rows, cols } = rectangleSize(address);
      applyStyle(ws.getRange(address).format, area.style, rows, cols);
    }
  }
  for (const merge of spec.merges ?? []) ws.getRange(merge).merge(false);
  spec.columnWidths.forEach((width, c) => {
    const letter = columnLetter(c);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(width);
  });
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) {
    const n = Number(row) + 1;
    ws.getRange(`${n}:${n}`).format.rowHeight = height;
  }
  for (const link of plan.links) {
    ws.getRange(link.cell).hyperlink = {
      documentReference: link.reference,
      textToDisplay: link.text,
    };
  }
  if (spec.freezeRows !== undefined && spec.freezeRows > 0)
    ws.freezePanes.freezeRows(spec.freezeRows);
  for (const v of spec.validations ?? []) {
    const inline = lists.inline.get(v);
    let source = inline;
    if (source === undefined) {
      const placed = lists.columns.get(listKey(v.list));
      if (!placed) continue;
      const letter = columnLetter(placed.column);
      source = `=${sheetReference(LISTS_SHEET, `$${letter}$1:$${letter}$${Math.max(1, v.list.length)}`)}`;
    }
    ws.getRange(v.range).dataValidation.rule = { list: { inCellDropDown: true, source } };
  }
  if (spec.table && tableName !== null) {
    const table = ws.tables.add(ws.getRange(spec.table.range), true);
    table.name = tableName;
  }
  if (spec.tabColor !== undefined) ws.tabColor = `#${spec.tabColor}`;
}

/**
 * Print setup (ExcelApi 1.9). Queued after the sheets are in place and synced on its own, so a
 * host that rejects one setting loses only the print setup, never the written sheet.
 */
function queuePrintSetup(ws: WorksheetLike, print: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (print.repeatRows) {
    const [first, last] = print.repeatRows;
    layout.setPrintTitleRows(`$${first}:$${last}`);
  }
  // 0 pages tall = as many as needed (Excel's "fit all columns on one page").
  if (print.fitToWidth === true) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.margins) {
    layout.leftMargin = print.margins.left * 72;
    layout.rightMargin = print.margins.right * 72;
    layout.topMargin = print.margins.top * 72;
    layout.bottomMargin = print.margins.bottom * 72;
  }
  if (print.pageNumbers === true)
    layout.headersFooters.defaultForAllPages.centerFooter = "Trang &P / &N";
}

function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

type WriteMode = "replace" | "create";

interface WriteResult {
  readonly created: readonly string[];
  readonly skipped: readonly string[];
}

/** Removes temporary sheets a failed write left behind (its own batch, after the failure). */
async function removeTempSheets(host: OfficeHost): Promise<void> {
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const temps = sheets.items.filter((s) => s.name.startsWith(TEMP_SHEET_PREFIX));
    if (temps.length === 0) return;
    for (const s of temps) s.delete();
    await context.sync();
  });
}

async function writeSheets(
  host: OfficeHost,
  specs: readonly OutputSheet[],
  mode: WriteMode
): Promise<WriteResult> {
  const supports19 = host.supportsExcelApi("1.9");
  try {
    return await host.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/position");
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();

      const existing = worksheets.items;
      const leftovers = existing.filter((s) => s.name.startsWith(TEMP_SHEET_PREFIX));
      const live = existing.filter((s) => !s.name.startsWith(TEMP_SHEET_PREFIX));
      const skipped: string[] = [];
      const targets: OutputSheet[] = [];
      for (const spec of specs) {
        // The same name twice in one call is written once (the first), as if it already existed.
        const twice = findByName(targets, spec.name) !== undefined;
        if (twice || (mode === "create" && findByName(live, spec.name))) skipped.push(spec.name);
        else targets.push(spec);
      }
      if (targets.length === 0) return { created: [], skipped };

      const plans = targets.map((spec) => planSheet(spec));
      const listsSheet = live.find((s) => s.name === LISTS_SHEET);
      const wantsListSheet = plans.some((p) =>
        (p.spec.validations ?? []).some((v) => needsListSheet(v.list))
      );
      let existingLists: readonly (readonly unknown[])[] = [];
      if (wantsListSheet && listsSheet) {
        const used = listsSheet.getUsedRangeOrNullObject(true);
        used.load("values");
        await context.sync();
        if (!used.isNullObject) existingLists = used.values;
      }
      const lists = placeLists(plans, existingLists);

      const takenTables = new Set(tables.items.map((t) => t.name.toLowerCase()));
      const tableNames = plans.map((p) =>
        p.spec.table ? uniqueTableName(p.spec.table.name, takenTables) : null
      );

      for (const s of leftovers) s.delete();
      const usedNames = new Set(existing.map((s) => s.name));
      let counter = 1;
      const temps = plans.map(() => {
        while (usedNames.has(`${TEMP_SHEET_PREFIX}${counter}`)) counter++;
        const name = `${TEMP_SHEET_PREFIX}${counter++}`;
        const temp = worksheets.add(name);
        // Hidden while it is being written: no half-built tab flashes in the tab bar.
        temp.visibility = "Hidden";
        return temp;
      });

      if (lists.columns.size > 0) {
        const target = listsSheet ?? worksheets.add(LISTS_SHEET);
        if (!listsSheet) target.visibility = "VeryHidden";
        for (const placed of lists.columns.values()) {
          if (!placed.write || placed.items.length === 0) continue;
          const letter = columnLetter(placed.column);
          const range = target.getRange(`${letter}1:${letter}${placed.items.length}`);
          range.numberFormat = placed.items.map(() => ["@"]);
          range.values = placed.items.map((item) => [item]);
        }
      }

      const groups = groupForSyncs(plans);
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g];
        if (!group) continue;
        for (const item of group.items) {
          const plan = plans[item.sheet];
          const ws = temps[item.sheet];
          if (!plan || !ws) continue;
          if (item.kind === "format") {
            queueFormatting(ws, plan, lists, tableNames[item.sheet] ?? null);
            continue;
          }
          const range = ws.getRange(blockAddress(item.block, plan.columnCount));
          // Number formats go before values: a Text ("@") cell keeps "=…", "+84…" or "0123"
          // as typed; formatting (fonts, fills, borders) follows the values.
          range.numberFormat = item.block.formats;
          range.values = item.block.values;
        }
        if (g === groups.length - 1) {
          const removed = new Set(leftovers.map((s) => s.name));
          let remaining = live.filter((s) => !removed.has(s.name));
          plans.forEach((plan, i) => {
            const ws = temps[i];
            if (!ws) return;
            const old = mode === "replace" ? findByName(remaining, plan.spec.name) : undefined;
            if (old) {
              // Positions as loaded, less the leftovers deleted before it in this batch.
              const before = leftovers.filter((l) => l.position < old.position).length;
              ws.position = old.position - before;
              old.delete();
              remaining = remaining.filter((s) => s !== old);
            }
            ws.name = plan.spec.name;
            ws.visibility = "Visible";
            const protection = plan.spec.protection;
            if (protection) {
              for (const editable of protection.editableRanges)
                ws.getRange(editable).format.protection.locked = false;
              // No password: the secretariat can lift it from Review › Unprotect Sheet.
              ws.protection.protect({
                allowFormatColumns: true,
                allowFormatRows: true,
                allowAutoFilter: true,
                allowSort: true,
              });
            }
          });
        }
        context.application.suspendApiCalculationUntilNextSync();
        if (supports19) context.application.suspendScreenUpdatingUntilNextSync();
        // One sync per ≤ 4 MB group: a register below the budget writes everything in one.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      if (supports19 && plans.some((p) => p.spec.print)) {
        plans.forEach((plan, i) => {
          const ws = temps[i];
          if (ws && plan.spec.print) queuePrintSetup(ws, plan.spec.print);
        });
        try {
          await context.sync();
        } catch {
          // The sheets are written; only their print setup was refused by this host.
        }
      }
      return { created: plans.map((p) => p.spec.name), skipped };
    });
  } catch (error) {
    await removeTempSheets(host).catch(() => undefined);
    throw error;
  }
}

interface ReadChunk {
  readonly requested: string;
  readonly sheet: WorksheetLike;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  range?: Excel.Range;
}

async function readSheets(host: OfficeHost, names: readonly string[]): Promise<GridSet> {
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

async function withSheet(
  host: OfficeHost,
  sheet: string,
  act: (ws: WorksheetLike) => void
): Promise<void> {
  await host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const ws = findByName(worksheets.items, sheet);
    if (!ws) throw notFound(sheet);
    act(ws);
    await context.sync();
  });
}

/** Office.js error codes that mean "try again in a moment" (Excel on the web, co-authoring). */
const TRANSIENT_CODES = new Set([
  "ServiceNotAvailable",
  "RequestAborted",
  "Conflict",
  "ActivityLimitReached",
]);
const READ_ATTEMPTS = 3;

function isTransient(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  const code = error.code;
  return typeof code === "string" && TRANSIENT_CODES.has(code);
}

/** Retries a read a bounded number of times on transient errors; writes are never retried. */
async function withRetry<T>(read: () => Promise<T>, delayMs: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= READ_ATTEMPTS || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}

/** The open workbook as a WorkbookPort (plus the optional highlight of Kiểm tra). */
export function createOfficeWorkbook(
  host: OfficeHost,
  options: { readonly retryDelayMs?: number } = {}
): WorkbookPort & Required<Pick<WorkbookPort, "highlightCells" | "clearHighlights">> {
  const delay = options.retryDelayMs ?? 500;
  return {
    listSheets: () =>
      withRetry(
        () =>
          host.run(async (context) => {
            const worksheets = context.workbook.worksheets;
            worksheets.load("items/name");
            await context.sync();
            return worksheets.items.map((s) => s.name).filter((n) => !isProgramSheet(n));
          }),
        delay
      ),
    readSheets: (names) => withRetry(() => readSheets(host, names), delay),
    writeOutputSheets: async (sheets) => {
      await writeSheets(host, sheets, "replace");
    },
    createSheets: (sheets) => writeSheets(host, sheets, "create"),
    selectCell: (sheet, cell) =>
      withSheet(host, sheet, (ws) => {
        ws.activate();
        ws.getRange(cell).select();
      }),
    activateSheet: (sheet) =>
      withSheet(host, sheet, (ws) => {
        ws.activate();
      }),
    highlightCells: (cells: readonly HighlightCell[]): Promise<HighlightResult> =>
      host.run(async (context) => {
        const unprotected = await clearMarks(context);
        return addMarks(context, unprotected, cells, host.supportsExcelApi("1.9"));
      }),
    clearHighlights: () =>
      host.run(async (context) => {
        await clearMarks(context);
      }),
  };
}
