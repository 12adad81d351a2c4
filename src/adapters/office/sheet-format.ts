/**
 * Draws a planned sheet through Office.js: styles, merges, widths, links, freeze, dropdowns,
 * table, tab colour, and (separately) print setup. Queues only; the caller syncs.
 */
import { columnIndex, columnLetter } from "../../domain/grid";
import {
  pageHeaderText,
  pageNumberFooter,
  type CellStyle,
  type PrintSetup,
} from "../../domain/output/sheet-spec";
import { LISTS_SHEET } from "./sheet-names";
import { listKey, type ListPlacement } from "./dropdown-lists";
import { sheetReference, type SheetPlan } from "./write-plan";

type WorksheetLike = Excel.Worksheet;

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

/** Queues the sheet-level settings and formatting of one planned sheet (no sync). */
export function queueFormatting(
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
export function queuePrintSetup(ws: WorksheetLike, print: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (print.repeatRows) {
    const [first, last] = print.repeatRows;
    layout.setPrintTitleRows(`$${first}:$${last}`);
  }
  // 0 pages tall = as many as needed (Excel's "fit all columns on one page").
  if (print.scale !== undefined && Number.isFinite(print.scale))
    layout.zoom = { scale: Math.min(400, Math.max(10, Math.round(print.scale))) };
  else if (print.fitToWidth === true)
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.margins) {
    layout.leftMargin = print.margins.left * 72;
    layout.rightMargin = print.margins.right * 72;
    layout.topMargin = print.margins.top * 72;
    layout.bottomMargin = print.margins.bottom * 72;
  }
  if (print.pageNumbers === true)
    layout.headersFooters.defaultForAllPages.centerFooter = pageNumberFooter(print);
  const header = pageHeaderText(print);
  if (header !== null) layout.headersFooters.defaultForAllPages.centerHeader = header;
}

/** Manual page breaks (ExcelApi 1.9), queued with the print setup: each row starts a page. */
export function queuePageBreaks(ws: WorksheetLike, rows: readonly number[]): void {
  for (const row of rows) ws.horizontalPageBreaks.add(`A${row}`);
}
