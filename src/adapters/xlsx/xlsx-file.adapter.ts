/**
 * WorkbookPort over an .xlsx file (the CLI). Reads the file's bytes once; writes accumulate in the
 * in-memory package and reach the disk only through `save`, atomically (temp file + rename), so
 * the input file is never touched unless the caller saves over it on purpose.
 *
 * `selectCell` and `activateSheet` are no-ops: a file has no user looking at it, and changing the
 * saved selection would touch the user's sheets.
 */
import { randomBytes } from "node:crypto";
import { constants as fsConstants, promises as fs } from "node:fs";
import * as path from "node:path";
import { parseCellAddress, type CellValue, type Grid, type GridSet } from "../../domain/grid";
import { normalisedValue } from "../../domain/integrity/normalised-value";
import { foldKey } from "../../domain/text/normalize";
import type { OutputSheet } from "../../domain/output/sheet-spec";
import type { CellUpdate, CellWriteResult, WorkbookPort } from "../../ports/workbook.port";
import { patchSheetXml, type CellPatch } from "./cell-patch";
import { readCustomXmlPart, writeCustomXmlPart } from "./custom-xml-parts";
import { readWorkbookStructure } from "./workbook-structure";
import { blankPackage } from "./blank-package";
import { nodeZipCodec } from "./node-zip-codec";
import { OpcPackage, XlsxFormatError, XlsxLimitError } from "./opc-package";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./read-limits";
import { putSheets } from "./xlsx-writer";
import { XlsxReader } from "./xlsx-reader";

export { XlsxFormatError, XlsxLimitError };

export class XlsxFileAdapter implements WorkbookPort {
  private readonly pkg: OpcPackage;
  private reader: XlsxReader;

  private constructor(pkg: OpcPackage) {
    this.pkg = pkg;
    this.reader = new XlsxReader(pkg);
  }

  /**
   * Opens a workbook file. Throws XlsxFormatError for files that are not .xlsx workbooks, for
   * anything but a regular file (a FIFO, a device such as /dev/zero would block or never end) and
   * for files beyond the read limits.
   */
  static async open(
    file: string,
    limits: ReadLimits = DEFAULT_READ_LIMITS
  ): Promise<XlsxFileAdapter> {
    return XlsxFileAdapter.fromBytes(await readRegularFile(file, limits), limits);
  }

  static fromBytes(bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): XlsxFileAdapter {
    return new XlsxFileAdapter(OpcPackage.open(bytes, limits, nodeZipCodec));
  }

  /** A new, empty workbook (no sheets until some are created). */
  static blank(): XlsxFileAdapter {
    return new XlsxFileAdapter(blankPackage(nodeZipCodec));
  }

  listSheets(): Promise<readonly string[]> {
    return Promise.resolve(this.reader.sheetNames());
  }

  readSheets(names: readonly string[]): Promise<GridSet> {
    const grids = new Map<string, Grid>();
    for (const name of names) {
      const grid = this.reader.readGrid(name);
      if (grid !== undefined) grids.set(name, grid);
    }
    return Promise.resolve(grids);
  }

  writeOutputSheets(sheets: readonly OutputSheet[]): Promise<void> {
    // All or nothing: write into a copy and keep it only when every sheet went in.
    return attempt(() => {
      const draft = this.pkg.clone();
      putSheets(draft, sheets, "replace");
      this.adopt(draft);
    });
  }

  createSheets(
    sheets: readonly OutputSheet[]
  ): Promise<{ readonly created: readonly string[]; readonly skipped: readonly string[] }> {
    return attempt(() => {
      const draft = this.pkg.clone();
      const result = putSheets(draft, sheets, "skip-existing");
      this.adopt(draft);
      return { created: result.created, skipped: result.skipped };
    });
  }

  selectCell(_sheet: string, _cell: string): Promise<void> {
    return Promise.resolve();
  }

  activateSheet(_sheet: string): Promise<void> {
    return Promise.resolve();
  }

  readCustomXml(namespace: string): Promise<string | null> {
    return attempt(() => readCustomXmlPart(this.pkg, namespace));
  }

  writeCustomXml(namespace: string, xml: string | null): Promise<void> {
    return attempt(() => {
      const draft = this.pkg.clone();
      writeCustomXmlPart(draft, namespace, xml);
      this.adopt(draft);
    });
  }

  writeCells(updates: readonly CellUpdate[]): Promise<CellWriteResult> {
    return attempt(() => {
      const changedMeanwhile: CellUpdate[] = [];
      const bySheet = new Map<string, { name: string; patches: CellPatch[] }>();
      const grids = new Map<string, Grid | undefined>();
      for (const update of updates) {
        const where = parseCellAddress(update.cell);
        if (!grids.has(update.sheet)) grids.set(update.sheet, this.reader.readGrid(update.sheet));
        const grid = grids.get(update.sheet);
        if (where === null || grid === undefined) {
          changedMeanwhile.push(update);
          continue;
        }
        if (normalisedValue(grid[where.row]?.[where.col] ?? null) !== update.expected) {
          changedMeanwhile.push(update);
          continue;
        }
        const key = foldKey(update.sheet);
        const entry = bySheet.get(key) ?? { name: update.sheet, patches: [] };
        entry.patches.push({ row: where.row, col: where.col, value: update.value });
        bySheet.set(key, entry);
      }
      this.patch([...bySheet.values()]);
      return { written: updates.length - changedMeanwhile.length, changedMeanwhile };
    });
  }

  appendRows(sheet: OutputSheet, rows: readonly (readonly CellValue[])[]): Promise<void> {
    return attempt(() => {
      const grid = this.reader.readGrid(sheet.name);
      if (grid === undefined) {
        const draft = this.pkg.clone();
        putSheets(draft, [sheet], "skip-existing");
        this.adopt(draft);
      }
      const start = (this.reader.readGrid(sheet.name) ?? []).length;
      const patches = rows.flatMap((row, r) =>
        row.map((value, col) => ({ row: start + r, col, value }))
      );
      this.patch([{ name: sheet.name, patches }]);
    });
  }

  /** Applies cell patches to sheets, all or nothing. */
  private patch(sheets: readonly { name: string; patches: readonly CellPatch[] }[]): void {
    const draft = this.pkg.clone();
    const entries = readWorkbookStructure(draft).sheets;
    for (const { name, patches } of sheets) {
      const entry = entries.find((e) => foldKey(e.name) === foldKey(name) && e.isWorksheet);
      if (entry === undefined) throw new Error(`No worksheet "${name}"`);
      draft.set(entry.path, patchSheetXml(draft.getText(entry.path) ?? "", patches));
    }
    this.adopt(draft);
  }

  /** The workbook as .xlsx bytes. */
  toBytes(): Uint8Array {
    return this.pkg.toBytes();
  }

  /** Writes the workbook to `outPath` atomically: a temp file in the same folder, then rename. */
  async save(outPath: string): Promise<void> {
    const dir = path.dirname(path.resolve(outPath));
    const tmp = path.join(dir, `.${path.basename(outPath)}.${randomBytes(6).toString("hex")}.tmp`);
    try {
      await fs.writeFile(tmp, this.toBytes());
      await fs.rename(tmp, outPath);
    } catch (err) {
      await fs.rm(tmp, { force: true });
      throw err;
    }
  }

  private adopt(draft: OpcPackage): void {
    for (const p of this.pkg.paths()) if (!draft.has(p)) this.pkg.delete(p);
    for (const p of draft.paths()) if (!this.pkg.sameSlot(draft, p)) this.pkg.adoptSlot(draft, p);
    this.reader = new XlsxReader(this.pkg);
  }
}

/**
 * The bytes of a regular file, refusing anything else before reading: the path is checked with
 * stat (which never blocks), then opened non-blocking and checked again on the open handle, so a
 * FIFO swapped in between cannot block either. Only up to the size limit is ever read.
 */
async function readRegularFile(file: string, limits: ReadLimits): Promise<Uint8Array> {
  const notRegular = (): XlsxFormatError =>
    new XlsxFormatError({ code: "not-regular-file", params: {} });
  if (!(await fs.stat(file)).isFile()) throw notRegular();
  const handle = await fs.open(
    file,
    fsConstants.O_RDONLY | ((fsConstants as Partial<typeof fsConstants>).O_NONBLOCK ?? 0)
  );
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw notRegular();
    if (stat.size > limits.maxFileBytes) {
      throw new XlsxLimitError({
        code: "file-too-large",
        params: { bytes: stat.size, maxBytes: limits.maxFileBytes },
      });
    }
    const bytes = new Uint8Array(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Runs a synchronous step as a promise: a throw becomes a rejection, as the port promises. */
function attempt<T>(step: () => T): Promise<T> {
  try {
    return Promise.resolve(step());
  } catch (error: unknown) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
