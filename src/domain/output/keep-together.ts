/**
 * Where a printed sheet's pages will end, estimated from its row heights, so that rows that
 * belong together (a section title and its first entry, the last entry and the signature block)
 * are not split by a page end: a manual page break goes before such a group when it would not
 * surely fit on the rest of the page. It is exact when every row height is written and the print
 * scale is fixed (`PrintSetup.scale`); under "fit to width" it follows Excel's scale for a workbook
 * in 11 pt Calibri (7 px a width unit), which LibreOffice does not quite match.
 */
import type { OutputSheet, PrintSetup } from "./sheet-spec";

/** Rows `first`..`last` (1-based, inclusive) should print on one page. */
export interface KeepTogether {
  readonly first: number;
  readonly last: number;
}

/**
 * Points of page kept free at the bottom when deciding whether a group fits, for rounding: with
 * a fixed print scale and every row height written, Excel and LibreOffice end pages alike.
 */
const SLACK = 8;
/**
 * How much wider LibreOffice may draw columns than Excel: it measures widths in the default
 * font's exact digit width (7.44 px for 11 pt Calibri) where Excel rounds it (7 px).
 */
const LIBREOFFICE_WIDER = 1.07;
/** Excel's row height when none is given, in points. */
const DEFAULT_ROW_HEIGHT = 15;
/** A4 in points. */
const A4 = { width: 595.3, height: 841.9 };
/** Excel's margins when none are given, in inches. */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };

interface PageGeometry {
  /** Printable width and height of the paper within the margins, in points. */
  readonly width: number;
  readonly height: number;
}

function geometry(print: PrintSetup | undefined): PageGeometry {
  const landscape = print?.orientation === "landscape";
  const m = print?.margins ?? DEFAULT_MARGINS;
  return {
    width: (landscape ? A4.height : A4.width) - (m.left + m.right) * 72,
    height: (landscape ? A4.width : A4.height) - (m.top + m.bottom) * 72,
  };
}

/**
 * The whole per cent at which columns of these widths fit the printable width in both Excel and
 * LibreOffice (which may draw the same widths up to 7% wider), at most 100.
 */
export function fittingScale(columnWidths: readonly number[], print: PrintSetup): number {
  const columnsPoints = columnWidths.reduce((n, w) => n + (w * 7 + 5) * 0.75, 0);
  const fit = geometry(print).width / (columnsPoints * LIBREOFFICE_WIDER);
  return Math.min(100, Math.floor(fit * 100));
}

/** The height of a printed page's body in sheet points (the page's height over the print scale). */
export function pageBodyHeight(sheet: OutputSheet): number {
  const print = sheet.print;
  const page = geometry(print);
  let scale = 1;
  if (print?.scale !== undefined) {
    scale = print.scale / 100;
  } else if (print?.fitToWidth === true) {
    const columnsPoints = sheet.columnWidths.reduce((n, w) => n + (w * 7 + 5) * 0.75, 0);
    // Excel uses a whole percentage, rounded down.
    if (columnsPoints > page.width) scale = Math.floor((page.width / columnsPoints) * 100) / 100;
  }
  return page.height / scale;
}

function rowHeight(sheet: OutputSheet, row: number): number {
  return sheet.rowHeights?.[row - 1] ?? DEFAULT_ROW_HEIGHT;
}

/**
 * The manual breaks to add (1-based rows starting a page) so that each group prints on one page,
 * given the sheet's own breaks. A group taller than a page is left to break where it must.
 */
export function keepTogetherBreaks(sheet: OutputSheet, groups: readonly KeepTogether[]): number[] {
  return paginate(sheet, groups).added;
}

/** The estimated first row (1-based) of every printed page, manual breaks included. */
export function pageStarts(sheet: OutputSheet): number[] {
  return paginate(sheet, []).starts;
}

function paginate(
  sheet: OutputSheet,
  groups: readonly KeepTogether[]
): { added: number[]; starts: number[] } {
  const body = pageBodyHeight(sheet);
  const repeat = sheet.print?.repeatRows;
  let repeatHeight = 0;
  if (repeat !== undefined)
    for (let r = repeat[0]; r <= repeat[1]; r++) repeatHeight += rowHeight(sheet, r);
  const manual = new Set(sheet.pageBreaksBefore ?? []);
  const groupAt = new Map(mergeOverlapping(groups).map((g) => [g.first, g]));
  const added: number[] = [];
  const starts = [1];
  let used = 0;
  const capacity = (): number =>
    starts.length > 1 && repeat !== undefined ? body - repeatHeight : body;
  const newPage = (row: number): void => {
    if (used === 0) return;
    starts.push(row);
    used = 0;
  };
  for (let r = 1; r <= sheet.rows.length; r++) {
    if (manual.has(r)) newPage(r);
    const group = groupAt.get(r);
    if (group !== undefined && used > 0) {
      let height = 0;
      for (let g = group.first; g <= group.last; g++) height += rowHeight(sheet, g);
      if (used + height > capacity() - SLACK && height <= body - repeatHeight - SLACK) {
        added.push(r);
        newPage(r);
      }
    }
    const h = rowHeight(sheet, r);
    if (used + h > capacity()) newPage(r);
    used += h;
  }
  return { added, starts };
}

/** Groups sharing a row become one (a one-entry last section: title, entry and signature). */
function mergeOverlapping(groups: readonly KeepTogether[]): KeepTogether[] {
  const sorted = [...groups].filter((g) => g.last >= g.first).sort((a, b) => a.first - b.first);
  const out: KeepTogether[] = [];
  for (const g of sorted) {
    const previous = out[out.length - 1];
    if (previous !== undefined && g.first <= previous.last)
      out[out.length - 1] = { first: previous.first, last: Math.max(previous.last, g.last) };
    else out.push(g);
  }
  return out;
}
