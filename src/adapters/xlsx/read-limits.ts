/**
 * Limits of what the .xlsx reader accepts, as data: a hostile or broken file stops with a clear
 * message instead of taking the machine's memory or time. The defaults are far above any real
 * register (10,000 staff: largest part ≈ 7 MB, ≈ 900 zip entries, ≈ 35,000 rows) and within
 * what a browser tab or a 500 MB command-line run can hold. Browser-safe.
 */
export interface ReadLimits {
  /** Size of the .xlsx file itself (compressed). */
  readonly maxFileBytes: number;
  /** Uncompressed size of one part (a sheet's XML, sharedStrings.xml…). */
  readonly maxPartBytes: number;
  /** Uncompressed size of the whole package (the sum over its entries). */
  readonly maxPackageBytes: number;
  /** Zip entries in the package. */
  readonly maxEntries: number;
  /** Rows of one sheet (Excel's grid has 1,048,576). */
  readonly maxRows: number;
  /** Columns of one sheet (Excel's grid has 16,384, XFD). */
  readonly maxColumns: number;
  /** Cells of one sheet's grid, counting the empty cells before a cell in its row. */
  readonly maxCells: number;
  /** Characters of one cell's text (Excel itself stops at 32,767). */
  readonly maxCellChars: number;
}

const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 200 * MB,
  maxPartBytes: 200 * MB,
  maxPackageBytes: 1024 * MB,
  maxEntries: 50_000,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  maxCells: 10_000_000,
  maxCellChars: 100_000,
};

/** Megabytes for a message, e.g. "200 MB". */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB).toLocaleString("vi-VN")} MB`;
}

/** A count for a message with Vietnamese digit grouping, e.g. "1.048.576". */
export function count(n: number): string {
  return n.toLocaleString("vi-VN");
}
