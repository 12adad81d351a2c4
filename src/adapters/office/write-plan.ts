/**
 * Plans how an OutputSheet is written through Office.js, as plain data: row blocks of values and
 * number formats sized to stay under Excel on the web's 5 MB request limit, style rectangles
 * (so formatting costs one request per rectangle, not per cell), and the sheet-level settings.
 * Kept free of Office.js so it can be tested directly.
 */
import { cellAddress, columnLetter } from "../../domain/grid";
import type { CellStyle, OutputSheet, SpecCell } from "../../domain/output/sheet-spec";

/** Bytes one `context.sync` may carry; Excel on the web rejects requests over 5 MB. */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** Longest text a cell formatted as Text ("@") shows; longer text is written with a quote prefix. */
const TEXT_FORMAT_MAX = 255;
/** Rough cost of one formatting operation in a request (property name, ids, JSON framing). */
const OP_BYTES = 160;

export type WriteValue = string | number | boolean;

export interface RowBlock {
  /** 0-based first row. */
  readonly startRow: number;
  readonly values: WriteValue[][];
  readonly formats: string[][];
  readonly bytes: number;
}

export interface StyleArea {
  readonly style: CellStyle;
  /** A1 rectangles ("A6:A120"). */
  readonly ranges: readonly string[];
}

export interface LinkCell {
  readonly cell: string;
  readonly text: string;
  /** `'Sheet name'!B7` */
  readonly reference: string;
}

export interface SheetPlan {
  readonly spec: OutputSheet;
  readonly columnCount: number;
  readonly blocks: readonly RowBlock[];
  readonly styleAreas: readonly StyleArea[];
  readonly links: readonly LinkCell[];
  /** Estimated bytes of everything but the row blocks. */
  readonly settingsBytes: number;
}

/** UTF-8 size of text as it travels in a request body (JSON, not \u-escaped). */
export function requestBytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 4 bytes in all: 2 + 2 for its halves.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
  }
  return bytes;
}

/** A sheet reference as Excel formulas and links write it: `'Cán bộ'!B7`. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function cellFormat(cell: SpecCell | null, style: CellStyle | undefined): string {
  const value = cell?.value ?? null;
  if (typeof value === "string") return value.length > TEXT_FORMAT_MAX ? "General" : "@";
  return style?.numberFormat ?? "General";
}

function cellValue(cell: SpecCell | null): WriteValue {
  const value = cell?.value ?? null;
  if (value === null) return "";
  // Text longer than a Text-formatted cell shows keeps General format; the quote prefix still
  // stops Excel from reading it as a formula or a number.
  if (typeof value === "string" && value.length > TEXT_FORMAT_MAX) return `'${value}`;
  return value;
}

function planBlocks(spec: OutputSheet, columnCount: number, budget: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let values: WriteValue[][] = [];
  let formats: string[][] = [];
  let bytes = 0;
  let startRow = 0;
  const flush = (nextStart: number): void => {
    if (values.length > 0) blocks.push({ startRow, values, formats, bytes });
    values = [];
    formats = [];
    bytes = 0;
    startRow = nextStart;
  };
  spec.rows.forEach((row, r) => {
    const rowValues: WriteValue[] = [];
    const rowFormats: string[] = [];
    for (let c = 0; c < columnCount; c++) {
      const cell = row[c] ?? null;
      const style = cell?.style === undefined ? undefined : spec.styles[cell.style];
      rowValues.push(cellValue(cell));
      rowFormats.push(cellFormat(cell, style));
    }
    const rowBytes =
      requestBytes(JSON.stringify(rowValues)) + requestBytes(JSON.stringify(rowFormats));
    if (values.length > 0 && bytes + rowBytes > budget) flush(r);
    values.push(rowValues);
    formats.push(rowFormats);
    bytes += rowBytes;
  });
  flush(spec.rows.length);
  return blocks;
}

/**
 * Groups equal styles into rectangles: runs of one style along a row, then identical runs on
 * consecutive rows stacked into one rectangle. A table's body column becomes one rectangle.
 */
export function styleRectangles(spec: OutputSheet): StyleArea[] {
  interface Open {
    readonly style: string;
    readonly c0: number;
    readonly c1: number;
    readonly r0: number;
    r1: number;
  }
  const open = new Map<string, Open>();
  const done: Open[] = [];
  spec.rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      if (style === undefined || spec.styles[style] === undefined) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && row[end + 1]?.style === style) end++;
      const key = `${style}|${c}|${end}`;
      const current = open.get(key);
      if (current && current.r1 === r - 1) current.r1 = r;
      else {
        if (current) done.push(current);
        open.set(key, { style, c0: c, c1: end, r0: r, r1: r });
      }
      c = end + 1;
    }
  });
  done.push(...open.values());
  const byStyle = new Map<string, string[]>();
  for (const rect of done) {
    const a1 =
      rect.r0 === rect.r1 && rect.c0 === rect.c1
        ? cellAddress(rect.r0, rect.c0)
        : `${cellAddress(rect.r0, rect.c0)}:${cellAddress(rect.r1, rect.c1)}`;
    const list = byStyle.get(rect.style) ?? [];
    list.push(a1);
    byStyle.set(rect.style, list);
  }
  const areas: StyleArea[] = [];
  for (const [key, ranges] of byStyle) {
    const style = spec.styles[key];
    if (style) areas.push({ style, ranges });
  }
  return areas;
}

function planLinks(spec: OutputSheet): LinkCell[] {
  const links: LinkCell[] = [];
  spec.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell?.link === undefined) return;
      links.push({
        cell: cellAddress(r, c),
        text: cell.value === null ? cell.link.cell : String(cell.value),
        reference: sheetReference(cell.link.sheet, cell.link.cell),
      });
    });
  });
  return links;
}

/** Everything needed to write one sheet, with the row blocks sized to the request budget. */
export function planSheet(spec: OutputSheet, budget: number = REQUEST_BUDGET_BYTES): SheetPlan {
  const columnCount = Math.max(1, spec.columnWidths.length, ...spec.rows.map((row) => row.length));
  const styleAreas = styleRectangles(spec);
  const links = planLinks(spec);
  const opCount =
    styleAreas.reduce((n, a) => n + a.ranges.length * 8, 0) +
    links.length * 2 +
    spec.columnWidths.length +
    Object.keys(spec.rowHeights ?? {}).length +
    (spec.merges?.length ?? 0) +
    (spec.validations?.length ?? 0) +
    (spec.protection?.editableRanges.length ?? 0) +
    10;
  const linkBytes = links.reduce((n, l) => n + requestBytes(l.text + l.reference), 0);
  const listBytes = (spec.validations ?? []).reduce(
    (n, v) => n + requestBytes(v.list.join(",")),
    0
  );
  return {
    spec,
    columnCount,
    blocks: planBlocks(spec, columnCount, budget),
    styleAreas,
    links,
    settingsBytes: opCount * OP_BYTES + linkBytes + listBytes,
  };
}

/** A1 range of a block: its rows, all planned columns. */
export function blockAddress(block: RowBlock, columnCount: number): string {
  const last = block.startRow + block.values.length - 1;
  return `A${block.startRow + 1}:${columnLetter(columnCount - 1)}${last + 1}`;
}

/** Something to queue on a sheet: a row block of values, or the sheet's formatting and settings. */
export type WriteItem =
  | { readonly kind: "block"; readonly sheet: number; readonly block: RowBlock }
  | { readonly kind: "format"; readonly sheet: number };

/** What one `context.sync` carries. The last group also carries the swap (small and fixed). */
export interface SyncGroup {
  readonly items: readonly WriteItem[];
}

/** Bytes the final swap costs per sheet (delete, rename, position, visibility, protection). */
const SWAP_BYTES_PER_SHEET = 2_000;

/**
 * Packs every sheet's row blocks, then its formatting, into as few syncs as the budget allows,
 * in that order (formatting after the sheet's values, so links land on written cells). Small and
 * large registers alike take one sync until their output passes the budget; creating hundreds of
 * unit sheets at once spreads their formatting over several syncs instead of one oversized one.
 */
export function groupForSyncs(
  plans: readonly SheetPlan[],
  budget: number = REQUEST_BUDGET_BYTES
): SyncGroup[] {
  const groups: SyncGroup[] = [];
  let items: WriteItem[] = [];
  let bytes = 0;
  const add = (item: WriteItem, size: number): void => {
    if (items.length > 0 && bytes + size > budget) {
      groups.push({ items });
      items = [];
      bytes = 0;
    }
    items.push(item);
    bytes += size;
  };
  plans.forEach((plan, sheet) => {
    for (const block of plan.blocks) add({ kind: "block", sheet, block }, block.bytes);
    add({ kind: "format", sheet }, plan.settingsBytes);
  });
  const swap = plans.length * SWAP_BYTES_PER_SHEET;
  if (items.length > 0 && bytes + swap > budget) {
    groups.push({ items });
    items = [];
  }
  groups.push({ items });
  return groups;
}
