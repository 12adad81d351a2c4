/**
 * The dossier's documents drawn as print-ready sheets: one sheet per kind of document (decisions,
 * tờ trình, minutes, achievement reports, checklist), each document starting on a new printed
 * page. A sheet is laid out on a grid of narrow columns; blocks merge across them as the page
 * layout needs (header block in two halves, paragraphs across the width, table columns by their
 * relative widths), and grid columns no block separates are then written as one. Times New Roman, A4, Decree 30/2020 margins; sheets number every page in the footer
 * (the Word files number from page 2, as the decree asks).
 */
import { DOCUMENT_TEXTS } from "../messages/document-texts";
import type { Dossier } from "../dossier/build-dossier";
import type {
  Block,
  DocumentKind,
  DossierDocument,
  LetterheadBlock,
  ParagraphBlock,
  SignatureBlock,
  TableBlock,
} from "../dossier/document";
import { columnLetter } from "../grid";
import { fittedHeight, text } from "./sheet-rows";
import {
  DOSSIER_SHEET_NAMES,
  type CellStyle,
  type HorizontalAlign,
  type OutputSheet,
  type PrintSetup,
  type SpecCell,
} from "./sheet-spec";
import { fittingScale } from "./keep-together";

/** The dossier's sheets (named in sheet-spec.ts), by the kinds of document each holds. */
export const DOSSIER_SHEETS: readonly {
  readonly name: (typeof DOSSIER_SHEET_NAMES)[number];
  readonly kinds: readonly DocumentKind[];
  readonly orientation: "portrait" | "landscape";
}[] = [
  { name: DOSSIER_SHEET_NAMES[0], kinds: ["decision"], orientation: "portrait" },
  { name: DOSSIER_SHEET_NAMES[1], kinds: ["submission"], orientation: "portrait" },
  {
    name: DOSSIER_SHEET_NAMES[2],
    kinds: ["council-minutes", "ballot-minutes"],
    orientation: "portrait",
  },
  { name: DOSSIER_SHEET_NAMES[3], kinds: ["achievement-report"], orientation: "portrait" },
  { name: DOSSIER_SHEET_NAMES[4], kinds: ["checklist"], orientation: "landscape" },
];

const FONT = "Times New Roman";
/** Narrow columns the blocks merge across: 24 on a portrait page, 36 on a landscape one. */
const COLUMN_WIDTH = 3.4;
const MM = 1 / 25.4;
/** Decree 30/2020 margins in inches. */
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };

const base = (style: CellStyle): CellStyle => ({
  fontName: FONT,
  fontSize: 13,
  valign: "top",
  ...style,
});

function styleKey(s: {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  align?: HorizontalAlign;
  size?: number;
  border?: boolean;
}): string {
  return [
    s.bold === true ? "b" : "",
    s.italic === true ? "i" : "",
    s.underline === true ? "u" : "",
    s.border === true ? "x" : "",
    s.align ?? "left",
    String(s.size ?? 13),
  ].join("-");
}

/** One placed cell of `SheetBuilder.row`. */
interface Part {
  readonly from: number;
  readonly to: number;
  readonly value: string;
  readonly style: string;
  readonly box?: boolean;
}

class SheetBuilder {
  /** Rows from row 1: each cell at the grid column its placed range starts at. */
  readonly rows: (SpecCell | null)[][] = [];
  readonly heights: Record<number, number> = {};
  readonly styles: Record<string, CellStyle> = {};
  readonly breaks: number[] = [];
  /**
   * Every cell placed across grid columns from..to (0-based, inclusive) of a 1-based row, and
   * whether its box's covered cells take its style (borders across a merged row), as parallel
   * lists in row order: tens of thousands on a large register, so no object each.
   */
  readonly placed = {
    rows: [] as number[],
    froms: [] as number[],
    tos: [] as number[],
    boxed: [] as boolean[],
  };
  /** Merged widths by grid column of the row being fitted; all 0 between rows. */
  private readonly widths: number[];

  constructor(readonly columns: number) {
    this.widths = new Array<number>(columns).fill(0);
  }

  /** Number of the next row (1-based). */
  get next(): number {
    return this.rows.length + 1;
  }

  /** An empty row. */
  blank(): void {
    this.rows.push([]);
  }

  style(s: Parameters<typeof styleKey>[0]): string {
    const key = styleKey(s);
    this.styles[key] ??= base({
      bold: s.bold,
      italic: s.italic,
      underline: s.underline,
      align: s.align ?? "left",
      fontSize: s.size ?? 13,
      border: s.border,
      wrap: true,
      numberFormat: "@",
    });
    return key;
  }

  /** Cells placed at column ranges [from, to] of one row, each merged; the row fitted. */
  row(parts: readonly Part[]): number {
    return this.place(
      parts.length,
      (k) => parts[k] as Part,
      (k) => parts[k]?.box === true
    );
  }

  /**
   * A table's row: cell k holds values[k] in styles[k], across froms[k]..tos[k], boxed. The
   * long tables' rows are placed without an object per cell.
   */
  tableRow(
    values: readonly string[],
    styles: readonly string[],
    froms: readonly number[],
    tos: readonly number[]
  ): number {
    const part = { from: 0, to: 0, value: "", style: "" };
    return this.place(
      froms.length,
      (k) => {
        part.from = froms[k] ?? 0;
        part.to = tos[k] ?? 0;
        part.value = values[k] ?? "";
        part.style = styles[k] ?? "";
        return part;
      },
      () => true
    );
  }

  private place(count: number, partAt: (k: number) => Part, boxed: (k: number) => boolean): number {
    const cells: (SpecCell | null)[] = [];
    const widths = this.widths;
    const r = this.rows.length + 1;
    const placed = this.placed;
    for (let k = 0; k < count; k++) {
      const p = partAt(k);
      while (cells.length < p.from) cells.push(null);
      cells[p.from] = text(p.value, p.style);
      widths[p.from] = (p.to - p.from + 1) * COLUMN_WIDTH;
      // Merged when the sheet is written (after compactGrid); a box's covered cells then.
      placed.rows.push(r);
      placed.froms.push(p.from);
      placed.tos.push(p.to);
      placed.boxed.push(boxed(k));
    }
    this.rows.push(cells);
    this.heights[r - 1] = fittedHeight(cells, widths);
    for (let k = placed.froms.length - count; k < placed.froms.length; k++)
      widths[placed.froms[k] ?? 0] = 0;
    return r;
  }

  full(value: string, style: string): number {
    return this.row([{ from: 0, to: this.columns - 1, value, style }]);
  }
}

function letterhead(b: SheetBuilder, block: LetterheadBlock): void {
  const split = Math.round(b.columns * 0.42) - 1;
  const last = b.columns - 1;
  const left = (value: string, style: string) => ({ from: 0, to: split, value, style });
  const right = (value: string, style: string) => ({ from: split + 1, to: last, value, style });
  const center = (x: Parameters<typeof styleKey>[0]) => b.style({ align: "center", ...x });
  b.row([
    left(block.superior.toLocaleUpperCase("vi"), center({ size: 12 })),
    right(DOCUMENT_TEXTS.common.nation, center({ bold: true, size: 12 })),
  ]);
  b.row([
    left(block.issuer.toLocaleUpperCase("vi"), center({ bold: true, size: 12 })),
    right(DOCUMENT_TEXTS.common.motto, center({ bold: true, underline: true })),
  ]);
  b.row([left("________", center({ bold: true }))]);
  b.row([
    left(block.number ?? "", center({})),
    right(block.placeDate ?? "", center({ italic: true })),
  ]);
  b.blank();
}

function paragraph(b: SheetBuilder, block: ParagraphBlock): void {
  const value = block.runs.map((r) => r.text).join("");
  const all = (f: "bold" | "italic" | "underline"): boolean =>
    block.runs.length > 0 && block.runs.every((r) => r[f] === true);
  const align: HorizontalAlign =
    block.align === "center" || block.align === "right" ? block.align : "left";
  if ((block.spaceBefore ?? 0) >= 6) b.blank();
  b.full(
    block.indent === true ? `      ${value}` : value,
    b.style({
      bold: all("bold"),
      italic: all("italic"),
      underline: all("underline"),
      align,
      size: block.size,
    })
  );
}

/** Column spans proportional to the table's relative widths, at least one column each. */
export function columnSpans(widths: readonly number[], columns: number): number[] {
  const total = widths.reduce((a, w) => a + w, 0);
  const spans = widths.map((w) => Math.max(1, Math.floor((w / total) * columns)));
  let left = columns - spans.reduce((a, s) => a + s, 0);
  // Hand the remaining columns to the widest first.
  const order = widths.map((w, i) => [w, i] as const).sort((x, y) => y[0] - x[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const i = order[k]?.[1] ?? 0;
    spans[i] = (spans[i] ?? 0) + 1;
  }
  while (left < 0) {
    const i = spans.indexOf(Math.max(...spans));
    spans[i] = (spans[i] ?? 1) - 1;
    left++;
  }
  return spans;
}

function table(b: SheetBuilder, block: TableBlock): void {
  const spans = columnSpans(
    block.columns.map((c) => c.width),
    b.columns
  );
  const starts = spans.map((_, i) => spans.slice(0, i).reduce((a, s) => a + s, 0));
  const size = block.size ?? 12;
  const head = b.style({ bold: true, align: "center", border: true, size });
  b.row(
    block.columns.map((c, i) => ({
      from: starts[i] ?? 0,
      to: (starts[i] ?? 0) + (spans[i] ?? 1) - 1,
      value: c.header,
      style: head,
      box: true,
    }))
  );
  const styles = block.columns.map((c) =>
    b.style({
      align: c.align === "center" || c.align === "right" ? c.align : "left",
      border: true,
      size,
    })
  );
  const spanStyle = b.style({ bold: true, border: true, size });
  const cellStyles = block.columns.map((_, i) => styles[i] ?? spanStyle);
  const froms = block.columns.map((_, i) => starts[i] ?? 0);
  const tos = block.columns.map((_, i) => (starts[i] ?? 0) + (spans[i] ?? 1) - 1);
  for (const row of block.rows) {
    if (row.span === true) {
      b.row([
        { from: 0, to: b.columns - 1, value: row.cells[0] ?? "", style: spanStyle, box: true },
      ]);
      continue;
    }
    b.tableRow(row.cells, cellStyles, froms, tos);
  }
  b.blank();
}

function signature(b: SheetBuilder, block: SignatureBlock): void {
  const last = b.columns - 1;
  const half = Math.floor(b.columns / 2);
  const areas: { from: number; to: number }[] = [];
  if (block.recipients !== null || block.signers.length === 1) {
    const split = Math.round(b.columns * 0.45);
    const width = b.columns - split;
    const each = Math.floor(width / Math.max(1, block.signers.length));
    block.signers.forEach((_, i) =>
      areas.push({
        from: split + i * each,
        to: i === block.signers.length - 1 ? last : split + (i + 1) * each - 1,
      })
    );
  } else {
    const each = Math.floor(b.columns / block.signers.length);
    block.signers.forEach((_, i) =>
      areas.push({ from: i * each, to: i === block.signers.length - 1 ? last : (i + 1) * each - 1 })
    );
  }
  const recipients = block.recipients ?? [];
  const lines = Math.max(
    ...block.signers.map((s) => s.title.length + (s.note === null ? 0 : 1) + 4),
    recipients.length + 1
  );
  const center = (x: Parameters<typeof styleKey>[0]) => b.style({ align: "center", ...x });
  b.blank();
  for (let n = 0; n < lines; n++) {
    const parts: { from: number; to: number; value: string; style: string }[] = [];
    if (block.recipients !== null) {
      const value = n === 0 ? DOCUMENT_TEXTS.common.recipients : (recipients[n - 1] ?? "");
      if (value !== "")
        parts.push({
          from: 0,
          to: Math.min(half, Math.round(b.columns * 0.45)) - 1,
          value,
          style: n === 0 ? b.style({ bold: true, italic: true, size: 12 }) : b.style({ size: 11 }),
        });
    }
    block.signers.forEach((s, i) => {
      const area = areas[i] ?? { from: 0, to: last };
      const note = s.note === null ? [] : [s.note];
      const stack = [
        ...s.title.map((t) => ({ t, st: center({ bold: true }) })),
        ...note.map((t) => ({ t, st: center({ italic: true }) })),
      ];
      let entry: { t: string; st: string } | undefined = stack[n];
      if (n === lines - 1) entry = { t: s.name, st: center({ bold: true }) };
      if (entry !== undefined && entry.t !== "")
        parts.push({ ...area, value: entry.t, style: entry.st });
    });
    if (parts.length === 0) b.blank();
    else b.row(parts);
  }
}

function drawBlock(b: SheetBuilder, block: Block): void {
  switch (block.kind) {
    case "letterhead":
      letterhead(b, block);
      return;
    case "paragraph":
      paragraph(b, block);
      return;
    case "table":
      table(b, block);
      return;
    case "signature":
      signature(b, block);
      return;
    case "pageBreak":
      b.breaks.push(b.next);
  }
}

/**
 * The sheet's columns: the narrow grid's columns that no placed cell's edge separates are one
 * column as wide as them all. The page looks the same; a long table's row is then one cell per
 * table column, not one per grid column with a merge each (on 10,000 staff the checklist alone
 * went from 36 cells and 10 merges a row to 10 cells and none).
 */
export function compactGrid(
  columns: number,
  placed: readonly { readonly from: number; readonly to: number }[]
): { starts: number[]; spans: number[]; columnOf: number[] } {
  const cuts = new Set<number>([0, columns]);
  for (const p of placed) {
    cuts.add(p.from);
    cuts.add(p.to + 1);
  }
  const edges = [...cuts].filter((c) => c >= 0 && c <= columns).sort((x, y) => x - y);
  const starts = edges.slice(0, -1);
  const spans = starts.map((s, k) => (edges[k + 1] ?? columns) - s);
  const columnOf: number[] = [];
  starts.forEach((s, k) => {
    for (let g = s; g < s + (spans[k] ?? 0); g++) columnOf[g] = k;
  });
  return { starts, spans, columnOf };
}

function drawSheet(
  name: string,
  documents: readonly DossierDocument[],
  orientation: "portrait" | "landscape"
): OutputSheet {
  const b = new SheetBuilder(orientation === "portrait" ? 24 : 36);
  if (documents.length === 0) b.full(DOCUMENT_TEXTS.common.noDocuments, b.style({ italic: true }));
  for (const doc of documents) {
    for (const section of doc.sections) {
      if (b.rows.length > 0) b.breaks.push(b.next);
      for (const block of section.blocks) drawBlock(b, block);
    }
  }
  b.rows.forEach((_, i) => {
    b.heights[i] ??= 18;
  });
  const { rows: placedRows, froms, tos, boxed } = b.placed;
  // The grid's cuts depend only on the distinct column ranges placed.
  const ranges = new Map<number, { from: number; to: number }>();
  for (let k = 0; k < froms.length; k++) {
    const from = froms[k] ?? 0;
    const to = tos[k] ?? 0;
    const key = from * 1024 + to;
    if (!ranges.has(key)) ranges.set(key, { from, to });
  }
  const grid = compactGrid(b.columns, [...ranges.values()]);
  const widths = grid.spans.map((n) => n * COLUMN_WIDTH);
  // A box's covered columns get an empty cell of its style where no cell is: one shared cell
  // per style, as they are all alike.
  const fillers = new Map<string, SpecCell>();
  const filler = (style: string): SpecCell => {
    let cell = fillers.get(style);
    if (cell === undefined) {
      cell = { value: null, style };
      fillers.set(style, cell);
    }
    return cell;
  };
  let k = 0;
  const rows = b.rows.map((cells, i) => {
    const out = grid.starts.map((g) => cells[g] ?? null);
    // The placed cells of row i + 1 (they were placed in row order).
    for (; k < placedRows.length && placedRows[k] === i + 1; k++) {
      const style = cells[froms[k] ?? 0]?.style;
      if (boxed[k] !== true || style === undefined) continue;
      const last = grid.columnOf[tos[k] ?? 0] ?? 0;
      for (let j = (grid.columnOf[froms[k] ?? 0] ?? 0) + 1; j <= last; j++)
        out[j] ??= filler(style);
    }
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  const merges: string[] = [];
  const letters = grid.starts.map((_, k) => columnLetter(k));
  for (k = 0; k < froms.length; k++) {
    const from = grid.columnOf[froms[k] ?? 0] ?? 0;
    const to = grid.columnOf[tos[k] ?? 0] ?? 0;
    const row = placedRows[k] ?? 0;
    if (to > from) merges.push(`${letters[from] ?? ""}${row}:${letters[to] ?? ""}${row}`);
  }
  const print: PrintSetup = {
    orientation,
    paper: "A4",
    pageNumbers: true,
    pageNumberFont: { name: FONT, size: 12 },
    margins: MARGINS,
  };
  return {
    name,
    styles: b.styles,
    columnWidths: widths,
    rows,
    rowHeights: b.heights,
    merges,
    pageBreaksBefore: b.breaks,
    print: { ...print, scale: fittingScale(widths, print) },
    tabColor: "7030A0",
  };
}

/** The dossier as sheets, one per entry of DOSSIER_SHEETS (an empty kind says so). */
export function buildDossierSheets(dossier: Dossier): OutputSheet[] {
  return DOSSIER_SHEETS.map((s) =>
    drawSheet(
      s.name,
      dossier.documents.filter((d) => s.kinds.includes(d.kind)),
      s.orientation
    )
  );
}
