/**
 * English wording of the reader's refusals (`tdkt --lang en`, the English preview pane). Numbers
 * read the English way; part names and sheet names stay as the file writes them. Browser-safe.
 */
import type {
  BrokenPartReason,
  BrokenZipReason,
  GridPlace,
  ReadRefusalTexts,
  SheetName,
} from "../read-refusal";

const MB = 1024 * 1024;
const count = (n: number): string => n.toLocaleString("en-US");
const megabytes = (bytes: number): string => `${count(Math.round(bytes / MB))} MB`;
const where = (sheet: SheetName): string => (sheet === null ? "a worksheet" : `sheet "${sheet}"`);
const Where = (sheet: SheetName): string => (sheet === null ? "A worksheet" : `Sheet "${sheet}"`);

const BROKEN_ZIP: Readonly<Record<BrokenZipReason, string>> = {
  "no-directory": "no zip directory found; the file may have been cut short",
  "directory-outside-file": "the zip directory lies outside the file",
  "directory-broken": "the zip directory is damaged",
  "entry-count-mismatch": "the number of entries in the zip directory does not match",
};

const BROKEN_PART: Readonly<Record<BrokenPartReason, (part: string) => string>> = {
  "stored-size-mismatch": (part) => `part "${part}" has sizes that do not match`,
  unreadable: (part) => `part "${part}" cannot be read`,
  "outside-file": (part) => `part "${part}" lies outside the file`,
  "bad-crc": (part) => `part "${part}" fails its CRC check`,
  "inflate-broken": (part) => `part "${part}" cannot be decompressed`,
  "inflate-too-long": (part) => `part "${part}" decompresses to more than its declared size`,
  "inflate-truncated": (part) => `part "${part}" is cut short`,
  "inflate-size-mismatch": (part) => `part "${part}" decompresses to a size that does not match`,
};

const place = (p: GridPlace): string =>
  p.kind === "row"
    ? `row ${p.row}`
    : p.kind === "cell"
      ? `cell ${p.ref}`
      : `a cell in column ${p.column}`;

export const READ_REFUSALS_EN: ReadRefusalTexts = {
  "not-regular-file": () => "not a regular file (a folder, device or pipe); cannot be read",
  "legacy-xls-or-encrypted": () =>
    "the file is an old Excel workbook (.xls) or has an opening password; save it as .xlsx without a password",
  "not-xlsx": (p) =>
    p.missing === null
      ? "the file is not an Excel .xlsx workbook"
      : `the file is not an Excel .xlsx workbook (${p.missing} is missing)`,
  zip64: () => "the .xlsx file uses the ZIP64 format, which is not supported yet",
  "broken-zip": (p) => `the .xlsx file is damaged (${BROKEN_ZIP[p.reason]})`,
  "broken-part": (p) => `the .xlsx file is damaged (${BROKEN_PART[p.reason](p.part)})`,
  "duplicate-entry": (p) =>
    p.caseOnly
      ? `the .xlsx file is damaged (two entries named "${p.part}", differing only in upper/lower case)`
      : `the .xlsx file is damaged (two entries with the same name "${p.part}")`,
  "overlapping-parts": (p) =>
    `the .xlsx file is damaged (part "${p.part}" overlaps part "${p.previous}")`,
  "encrypted-part": (p) =>
    `part "${p.part}" of the file is encrypted; save the workbook again without a password`,
  "unknown-compression": (p) =>
    `part "${p.part}" uses compression method ${p.method}, which cannot be read`,
  "missing-sheet-part": (p) =>
    `the .xlsx file is damaged: the part holding sheet "${p.sheet}" is missing`,
  "missing-shared-strings": () =>
    "the .xlsx file is damaged: the part holding the shared strings (sharedStrings.xml) is missing",
  "truncated-xml": () => "the .xlsx file is damaged (an XML part is cut short or malformed)",
  "truncated-sheet-xml": (p) =>
    `the .xlsx file is damaged: the XML of ${where(p.sheet)} is cut short or malformed`,
  "truncated-shared-strings": () =>
    "the .xlsx file is damaged: the shared strings (sharedStrings.xml) are cut short or malformed",
  "bad-row-number": (p) =>
    `the .xlsx file is damaged: ${where(p.sheet)} has an invalid row number "${p.text}"`,
  "outside-grid": (p) =>
    `the .xlsx file is damaged: ${where(p.sheet)} has ${place(p.place)} outside Excel's grid (${count(p.gridRows)} rows × ${count(p.gridColumns)} columns)`,
  "file-too-large": (p) =>
    `the file is ${megabytes(p.bytes)}, over the limit of ${megabytes(p.maxBytes)}`,
  "too-many-entries": (p) =>
    `the file has ${count(p.entries)} compressed entries, over the limit of ${count(p.maxEntries)}`,
  "part-too-large": (p) =>
    `part "${p.part}" is ${megabytes(p.bytes)} decompressed, over the limit of ${megabytes(p.maxBytes)} for one part`,
  "package-too-large": (p) =>
    `the file is larger than ${megabytes(p.maxBytes)} decompressed, over the limit for a whole workbook`,
  "too-many-rows": (p) =>
    `${Where(p.sheet)} has ${count(p.rows)} rows, over the limit of ${count(p.maxRows)}`,
  "too-many-columns": (p) =>
    `${Where(p.sheet)} has a cell in column ${count(p.column)}, over the limit of ${count(p.maxColumns)} columns`,
  "too-many-cells": (p) =>
    `${Where(p.sheet)} has more than ${count(p.maxCells)} cells, over the limit`,
  "cell-too-long": (p) =>
    `${Where(p.sheet)} has a cell ${count(p.chars)} characters long, over the limit of ${count(p.maxChars)}`,
  "shared-string-too-long": (p) =>
    `the shared strings hold a cell ${count(p.chars)} characters long, over the limit of ${count(p.maxChars)}`,
};
