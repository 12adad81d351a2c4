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
import type { Grid, GridSet } from "../../domain/grid";
import type { OutputSheet } from "../../domain/output/sheet-spec";
import type { WorkbookPort } from "../../ports/workbook.port";
import { blankPackage } from "./blank-package";
import { OpcPackage, XlsxFormatError, XlsxLimitError } from "./opc-package";
import { DEFAULT_READ_LIMITS, megabytes, type ReadLimits } from "./read-limits";
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
    return new XlsxFileAdapter(OpcPackage.open(bytes, limits));
  }

  /** A new, empty workbook (no sheets until some are created). */
  static blank(): XlsxFileAdapter {
    return new XlsxFileAdapter(blankPackage());
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
    new XlsxFormatError("không phải tệp thường (thư mục, thiết bị hay đường ống), không đọc được");
  if (!(await fs.stat(file)).isFile()) throw notRegular();
  const handle = await fs.open(
    file,
    fsConstants.O_RDONLY | ((fsConstants as Partial<typeof fsConstants>).O_NONBLOCK ?? 0)
  );
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw notRegular();
    if (stat.size > limits.maxFileBytes) {
      throw new XlsxLimitError(
        `tệp lớn ${megabytes(stat.size)}, vượt giới hạn ${megabytes(limits.maxFileBytes)}`
      );
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
