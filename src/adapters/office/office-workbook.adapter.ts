/**
 * The workbook port over Office.js: the workbook open in Excel. One `Excel.run` per action, a
 * constant number of `context.sync` calls whatever the number of rows (more only when a request
 * would pass Excel on the web's 5 MB limit), output sheets replaced all or nothing.
 */
import { foldKey } from "../../domain/text/normalize";
import type { HighlightCell, HighlightResult, WorkbookPort } from "../../ports/workbook.port";
import { appendSheetRows, writeCellsChecked } from "./cell-writes";
import { readCustomXmlPart, writeCustomXmlPart } from "./custom-xml";
import { addMarks, clearMarks } from "./highlight";
import { canCreateWorkbook, openNewWorkbook } from "./new-workbook";
import type { OfficeHost } from "./office-host";
import { readSheets } from "./read-sheets";
import { findByName, isProgramSheet, notFound } from "./sheet-names";
import { writeSheets } from "./write-sheets";

export { LISTS_SHEET, TEMP_SHEET_PREFIX, isProgramSheet } from "./sheet-names";
export { READ_CELLS_PER_SYNC } from "./read-sheets";

type WorksheetLike = Excel.Worksheet;

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

/** The optional port methods every supported Excel has (custom XML parts: ExcelApi 1.5). */
type OfficeExtras =
  | "highlightCells"
  | "clearHighlights"
  | "readCustomXml"
  | "writeCustomXml"
  | "writeCells"
  | "appendRows"
  | "protectedSheets";

/**
 * The open workbook as a WorkbookPort, with every optional method (marks, custom XML parts,
 * compare-and-set cells, appended rows) and `openNewWorkbook` where Excel can create workbooks.
 */
export function createOfficeWorkbook(
  host: OfficeHost,
  options: { readonly retryDelayMs?: number } = {}
): WorkbookPort & Required<Pick<WorkbookPort, OfficeExtras>> {
  const delay = options.retryDelayMs ?? 500;
  return {
    ...(canCreateWorkbook(host)
      ? { openNewWorkbook: (bytes: Uint8Array) => openNewWorkbook(host, bytes) }
      : {}),
    readCustomXml: (namespace) => withRetry(() => readCustomXmlPart(host, namespace), delay),
    writeCustomXml: (namespace, xml) => writeCustomXmlPart(host, namespace, xml),
    writeCells: (updates) => writeCellsChecked(host, updates),
    appendRows: (sheet, rows) => appendSheetRows(host, sheet, rows),
    protectedSheets: (names) =>
      withRetry(
        () =>
          host.run(async (context) => {
            const worksheets = context.workbook.worksheets;
            worksheets.load("items/name,items/protection/protected");
            await context.sync();
            const wanted = new Set(names.map((n) => foldKey(n)));
            return worksheets.items
              .filter((ws) => wanted.has(foldKey(ws.name)) && ws.protection.protected)
              .map((ws) => ws.name);
          }),
        delay
      ),
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
