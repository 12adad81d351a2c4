/**
 * A workbook held in memory as .xlsx package bytes, for the browser preview. The bytes are the
 * single source of truth: every write goes through the project's own xlsx package core and the
 * sheets are read back from the new bytes, so what the preview shows is exactly what a download
 * (or the CLI) would contain. Selection and the active sheet live beside the bytes, as Excel keeps
 * them beside the file.
 *
 * The grid view subscribes to snapshots (React's useSyncExternalStore shape); the workbook port
 * (memory-workbook.adapter.ts) is the only writer.
 */
import { parseCellAddress, type CellValue, type GridSet, cellAddress } from "../../domain/grid";
import { normalisedValue } from "../../domain/integrity/normalised-value";
import type { SheetCharts } from "../../domain/output/sheet-chart";
import type { OutputSheet } from "../../domain/output/sheet-spec";
import { foldKey } from "../../domain/text/normalize";
// The type only: the xlsx core stays out of the page's script (the codec reads it in a worker).
import type { WorkbookProtection } from "../xlsx/workbook-protection";

const NO_PROTECTION: WorkbookProtection = { structureLocked: false, sheets: new Map() };

/** What the memory workbook needs from the xlsx package core (bytes in, bytes out). */
export interface WorkbookPackageCodec {
  /** Sheet names in tab order and each sheet's grid. Throws when the bytes are not an .xlsx workbook. */
  read(bytes: Uint8Array): Promise<PackageRead>;
  /**
   * New package bytes with the sheets written: a sheet whose name matches an existing one
   * replaces it whole, in place; the others are appended as new tabs, in order.
   */
  write(bytes: Uint8Array, sheets: readonly OutputSheet[]): Promise<Uint8Array>;
  /** Optional: the XML of the package's custom XML part in `namespace`, or null. */
  readCustomXml?(bytes: Uint8Array, namespace: string): Promise<string | null>;
  /** Optional: new bytes with the part of `namespace` replaced by `xml` (null removes it). */
  writeCustomXml?(bytes: Uint8Array, namespace: string, xml: string | null): Promise<Uint8Array>;
  /** Optional: new bytes with single cells of existing worksheets written, all or nothing. */
  patchCells?(bytes: Uint8Array, patches: readonly CellWrite[]): Promise<Uint8Array>;
}

/** What a package holds for the preview: sheet names in tab order, grids, and charts if any. */
export interface PackageRead {
  readonly sheetNames: readonly string[];
  readonly grids: GridSet;
  /** Charts by sheet (codecs that read none leave it out). */
  readonly charts?: SheetCharts;
  /** What the package's protection forbids (codecs that read none leave it out: nothing). */
  readonly protection?: WorkbookProtection;
}

/** One cell written into an existing worksheet (0-based row and column). */
export interface CellWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

/** A mark on a cell at fault (the pane's "Đánh dấu ô có vấn đề"), by its worst severity. */
export type CellMark = "error" | "warning";

export interface CellSelection {
  readonly sheet: string;
  /** Normalised A1 address of one cell ("B7"). */
  readonly cell: string;
}

/** An immutable view of the workbook at one moment; a new object after every change. */
export interface WorkbookSnapshot {
  readonly fileName: string;
  readonly sheetNames: readonly string[];
  readonly grids: GridSet;
  /** The charts of each sheet that has some, as the package holds them. */
  readonly charts: SheetCharts;
  readonly activeSheet: string | null;
  readonly selection: CellSelection | null;
  /**
   * Marks on cells at fault: sheet → A1 → severity. View state, like the selection: they are
   * not written into the package, so a download never carries them.
   */
  readonly marks: ReadonlyMap<string, ReadonlyMap<string, CellMark>>;
  /** Sheets the program has written or created since the file was opened, in order. */
  readonly changedSheets: readonly string[];
  /** Grows by one on every change, so views can tell snapshots apart cheaply. */
  readonly revision: number;
}

type Listener = () => void;

export class MemoryWorkbook {
  private bytes: Uint8Array;
  private snapshot: WorkbookSnapshot;
  /** Refused as Excel refuses them: sheets added or replaced, cells written (see `refuse`). */
  private protection: WorkbookProtection;
  private readonly listeners = new Set<Listener>();
  /** Writes run one after another: each starts from the bytes the previous one produced. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly codec: WorkbookPackageCodec,
    bytes: Uint8Array,
    snapshot: WorkbookSnapshot,
    protection: WorkbookProtection
  ) {
    this.bytes = bytes;
    this.snapshot = snapshot;
    this.protection = protection;
  }

  /** Opens .xlsx bytes; rejects when they are not a readable workbook. */
  static async open(
    codec: WorkbookPackageCodec,
    bytes: Uint8Array,
    fileName: string
  ): Promise<MemoryWorkbook> {
    const read = await codec.read(bytes);
    return new MemoryWorkbook(
      codec,
      bytes,
      initialSnapshot(read, fileName, 0),
      read.protection ?? NO_PROTECTION
    );
  }

  /** Replaces the whole workbook with another file (the preview's "Mở tệp"). */
  async replace(bytes: Uint8Array, fileName: string): Promise<void> {
    await this.enqueue(async () => {
      const read = await this.codec.read(bytes);
      this.bytes = bytes;
      this.protection = read.protection ?? NO_PROTECTION;
      this.publish(initialSnapshot(read, fileName, this.snapshot.revision + 1));
    });
  }

  getSnapshot = (): WorkbookSnapshot => this.snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current package, e.g. for a download. The caller must not modify it. */
  toBytes(): Uint8Array {
    return this.bytes;
  }

  /** The existing sheet matching a name as Excel does (case-insensitive), or undefined. */
  findSheet(name: string): string | undefined {
    const key = foldKey(name);
    return this.snapshot.sheetNames.find((n) => foldKey(n) === key);
  }

  /**
   * Writes sheets through the package core, replacing same-named sheets whole. All or nothing:
   * when the core fails, bytes and snapshot stay as they were.
   */
  async write(sheets: readonly OutputSheet[]): Promise<void> {
    await this.enqueue(() => this.apply(sheets));
  }

  /**
   * Adds the sheets whose names are new (compared as Excel does) and returns which were created
   * and which skipped. Decided inside the write queue, so concurrent calls cannot both create
   * the same name.
   */
  async create(
    sheets: readonly OutputSheet[]
  ): Promise<{ readonly created: readonly string[]; readonly skipped: readonly string[] }> {
    return this.enqueue(async () => {
      const fresh: OutputSheet[] = [];
      const skipped: string[] = [];
      for (const sheet of sheets) {
        const taken =
          this.findSheet(sheet.name) !== undefined ||
          findIn(
            fresh.map((s) => s.name),
            sheet.name
          ) !== undefined;
        if (taken) skipped.push(sheet.name);
        else fresh.push(sheet);
      }
      await this.apply(fresh);
      return { created: fresh.map((s) => s.name), skipped };
    });
  }

  /** The sheets among `names` that are protected (names as the workbook has them). */
  protectedSheets(names: readonly string[]): string[] {
    const found: string[] = [];
    for (const name of names) {
      const sheet = this.findSheet(name);
      if (sheet !== undefined && this.protection.sheets.has(sheet) && !found.includes(sheet))
        found.push(sheet);
    }
    return found;
  }

  /** The custom XML part of `namespace` (null when none, or when the codec has no parts). */
  async readCustomXml(namespace: string): Promise<string | null> {
    return this.enqueue(async () =>
      this.codec.readCustomXml === undefined
        ? null
        : this.codec.readCustomXml(this.bytes, namespace)
    );
  }

  /** Replaces the custom XML part of `namespace` (null removes it). */
  async writeCustomXml(namespace: string, xml: string | null): Promise<void> {
    await this.enqueue(async () => {
      if (this.codec.writeCustomXml === undefined) throw new Error("No custom XML parts here");
      this.bytes = await this.codec.writeCustomXml(this.bytes, namespace, xml);
    });
  }

  /**
   * Writes each cell that still holds its expected canonical text (null = blank), inside the
   * write queue so no other write can come between the compare and the write; returns the
   * updates left unwritten.
   */
  async writeCells<U extends CellWrite & { readonly expected: string | null }>(
    updates: readonly U[]
  ): Promise<{ readonly written: number; readonly changedMeanwhile: readonly U[] }> {
    return this.enqueue(async () => {
      const changed: U[] = [];
      const writes: CellWrite[] = [];
      for (const u of updates) {
        const name = this.findSheet(u.sheet);
        const grid = name === undefined ? undefined : this.snapshot.grids.get(name);
        if (name === undefined || grid === undefined) changed.push(u);
        else if (normalisedValue(grid[u.row]?.[u.col] ?? null) !== u.expected) changed.push(u);
        else writes.push({ ...u, sheet: name });
      }
      await this.patch(writes);
      return { written: writes.length, changedMeanwhile: changed };
    });
  }

  /** Adds rows below the last row of `sheet.name`, creating the sheet from `sheet` when absent. */
  async appendRows(sheet: OutputSheet, rows: readonly (readonly CellValue[])[]): Promise<void> {
    await this.enqueue(async () => {
      if (this.findSheet(sheet.name) === undefined) await this.apply([sheet]);
      const name = this.findSheet(sheet.name) ?? sheet.name;
      const start = this.snapshot.grids.get(name)?.length ?? 0;
      await this.patch(
        rows.flatMap((row, r) =>
          row.map((value, col) => ({ sheet: name, row: start + r, col, value }))
        )
      );
    });
  }

  private async patch(writes: readonly CellWrite[]): Promise<void> {
    if (writes.length === 0) return;
    if (this.codec.patchCells === undefined) throw new Error("No cell writes here");
    // Excel refuses a write to a locked cell of a protected sheet; its input areas stay open.
    const locked = writes.filter((w) => {
      const editable = this.protection.sheets.get(w.sheet);
      return editable !== undefined && !cellInRanges(w.row, w.col, editable);
    });
    if (locked.length > 0) throw accessDenied([...new Set(locked.map((w) => w.sheet))]);
    const bytes = await this.codec.patchCells(this.bytes, writes);
    const read = await this.codec.read(bytes);
    this.protection = read.protection ?? NO_PROTECTION;
    const before = this.snapshot;
    const changed = [...before.changedSheets];
    for (const w of writes) if (!changed.includes(w.sheet)) changed.push(w.sheet);
    this.bytes = bytes;
    this.publish({
      ...before,
      sheetNames: read.sheetNames,
      grids: read.grids,
      charts: read.charts ?? new Map(),
      changedSheets: changed,
      revision: before.revision + 1,
    });
  }

  private async apply(sheets: readonly OutputSheet[]): Promise<void> {
    if (sheets.length === 0) return;
    // A locked structure: Excel adds no sheet, and replacing one deletes it first.
    if (this.protection.structureLocked) throw accessDenied(sheets.map((s) => s.name));
    const bytes = await this.codec.write(this.bytes, sheets);
    const read = await this.codec.read(bytes);
    this.protection = read.protection ?? NO_PROTECTION;
    const before = this.snapshot;
    const changed = [...before.changedSheets];
    for (const sheet of sheets) {
      const name = findIn(read.sheetNames, sheet.name) ?? sheet.name;
      if (!changed.includes(name)) changed.push(name);
    }
    this.bytes = bytes;
    this.publish({
      ...before,
      sheetNames: read.sheetNames,
      grids: read.grids,
      charts: read.charts ?? new Map(),
      activeSheet: keepIfPresent(before.activeSheet, read.sheetNames) ?? read.sheetNames[0] ?? null,
      selection:
        before.selection && read.sheetNames.includes(before.selection.sheet)
          ? before.selection
          : null,
      changedSheets: changed,
      revision: before.revision + 1,
    });
  }

  /** Selects one cell and activates its sheet; a range selects its top-left cell. */
  select(sheet: string, address: string): void {
    const name = this.requireSheet(sheet);
    const topLeft = address.split(":")[0] ?? "";
    const parsed = parseCellAddress(
      topLeft.includes("!") ? (topLeft.split("!")[1] ?? "") : topLeft
    );
    if (!parsed) throw new Error(`Địa chỉ ô không hợp lệ: "${address}".`);
    const cell = cellAddress(parsed.row, parsed.col);
    this.publish({
      ...this.snapshot,
      activeSheet: name,
      selection: { sheet: name, cell },
      revision: this.snapshot.revision + 1,
    });
  }

  /**
   * Replaces every mark by these cells' marks (an error wins over a warning on the same cell).
   * Cells on sheets that do not exist, or are protected, are skipped and their sheets returned.
   */
  mark(
    cells: readonly { readonly sheet: string; readonly cell: string; readonly severity: CellMark }[]
  ): {
    readonly highlighted: number;
    readonly skippedSheets: readonly string[];
  } {
    const marks = new Map<string, Map<string, CellMark>>();
    const skipped: string[] = [];
    let highlighted = 0;
    for (const { sheet, cell, severity } of cells) {
      const name = this.findSheet(sheet);
      const parsed = parseCellAddress(cell.split(":")[0] ?? "");
      // A protected sheet cannot carry marks in Excel either.
      if (name === undefined || parsed === null || this.protection.sheets.has(name)) {
        if (!skipped.includes(sheet)) skipped.push(sheet);
        continue;
      }
      const a1 = cellAddress(parsed.row, parsed.col);
      const onSheet = marks.get(name) ?? new Map<string, CellMark>();
      const before = onSheet.get(a1);
      if (before === undefined) highlighted += 1;
      if (before !== "error") onSheet.set(a1, severity);
      marks.set(name, onSheet);
    }
    this.publish({ ...this.snapshot, marks, revision: this.snapshot.revision + 1 });
    return { highlighted, skippedSheets: skipped };
  }

  clearMarks(): void {
    if (this.snapshot.marks.size === 0) return;
    this.publish({ ...this.snapshot, marks: new Map(), revision: this.snapshot.revision + 1 });
  }

  activate(sheet: string): void {
    const name = this.requireSheet(sheet);
    if (name === this.snapshot.activeSheet) return;
    this.publish({ ...this.snapshot, activeSheet: name, revision: this.snapshot.revision + 1 });
  }

  private requireSheet(sheet: string): string {
    const name = this.findSheet(sheet);
    if (name === undefined) throw new Error(`Không có trang tính "${sheet}" trong sổ.`);
    return name;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private publish(next: WorkbookSnapshot): void {
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }
}

function findIn(names: readonly string[], name: string): string | undefined {
  const key = foldKey(name);
  return names.find((n) => foldKey(n) === key);
}

function keepIfPresent(name: string | null, names: readonly string[]): string | null {
  return name !== null && names.includes(name) ? name : null;
}

function initialSnapshot(read: PackageRead, fileName: string, revision: number): WorkbookSnapshot {
  return {
    fileName,
    sheetNames: read.sheetNames,
    grids: read.grids,
    charts: read.charts ?? new Map(),
    activeSheet: read.sheetNames[0] ?? null,
    selection: null,
    marks: new Map(),
    changedSheets: [],
    revision,
  };
}

/** Whether a cell (0-based) lies in one of the A1 ranges. */
function cellInRanges(row: number, col: number, ranges: readonly string[]): boolean {
  return ranges.some((range) => {
    const [a = "", b = a] = range.split(":");
    const from = parseCellAddress(a);
    const to = parseCellAddress(b);
    if (from === null || to === null) return false;
    return row >= from.row && row <= to.row && col >= from.col && col <= to.col;
  });
}

/**
 * The error Excel gives for a write its protection forbids (Office.js code `AccessDenied`), which
 * the pane explains; its message names the sheets, the same in every language.
 */
function accessDenied(sheets: readonly string[]): Error {
  return Object.assign(new Error(sheets.map((s) => `“${s}”`).join(", ")), {
    code: "AccessDenied",
  });
}
