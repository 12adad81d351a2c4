/**
 * The files `tdkt` writes, and how it knows them again: `--out` and `--json` replace an existing
 * file only when tdkt wrote it (or the user says `--force`), so a typo never overwrites a register.
 *
 * - An .xlsx that tdkt writes carries {@link XLSX_SIGNATURE} as its ZIP archive comment. No part
 *   of the workbook changes; Excel and LibreOffice ignore the comment and drop it when they save,
 *   so a file someone has saved since (and may have typed into) is no longer tdkt's.
 * - A JSON file is tdkt's when it is laid out as tdkt writes its JSON report (json-report-shape.ts):
 *   `register`, `issues`, `units` and `proposals` as the top-level members, in that order.
 *
 * Writes go to a temp file beside the target, then a rename; a failure removes every temp file
 * and names the target, never the temp file.
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { isJsonReportFile } from "./json-report-shape";
import { CLI_TEXTS_VI, type CliTexts } from "./messages/cli-texts";

/** The ZIP archive comment of every .xlsx tdkt writes (ASCII: a ZIP comment has no encoding). */
export const XLSX_SIGNATURE = "Written by tdkt (So Thi dua)";

const EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const SIGNATURE_BYTES = new TextEncoder().encode(XLSX_SIGNATURE);

/** Where the end-of-central-directory record starts, or -1 when `zip` has none. */
function findEocd(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const lowest = Math.max(0, zip.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = zip.length - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    // The record's comment must run exactly to the end of the file.
    if (at + EOCD_SIZE + view.getUint16(at + 20, true) === zip.length) return at;
  }
  return -1;
}

/** The same ZIP package with tdkt's signature as its archive comment (any other comment replaced). */
export function withSignature(zip: Uint8Array): Uint8Array {
  const at = findEocd(zip);
  if (at < 0) throw new Error("not a ZIP package: no end-of-central-directory record");
  const signed = new Uint8Array(at + EOCD_SIZE + SIGNATURE_BYTES.length);
  signed.set(zip.subarray(0, at + EOCD_SIZE));
  new DataView(signed.buffer).setUint16(at + 20, SIGNATURE_BYTES.length, true);
  signed.set(SIGNATURE_BYTES, at + EOCD_SIZE);
  return signed;
}

/** True when these bytes (a whole file or its last 64 KiB) end in a ZIP record signed by tdkt. */
export function hasSignature(tail: Uint8Array): boolean {
  const at = findEocd(tail);
  if (at < 0) return false;
  const comment = tail.subarray(at + EOCD_SIZE);
  return (
    comment.length === SIGNATURE_BYTES.length && comment.every((b, i) => b === SIGNATURE_BYTES[i])
  );
}

/** A JSON report larger than this is not one tdkt wrote for a real register. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

export type Ownership = "absent" | "tdkt" | "other" | "folder" | "not-a-file";

/** Whether `file` is missing, a file tdkt wrote (of the given kind), or something else. */
export async function ownership(file: string, kind: "xlsx" | "json"): Promise<Ownership> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error: unknown) {
    if ((error as { code?: unknown }).code === "ENOENT") return "absent";
    throw error;
  }
  if (stat.isDirectory()) return "folder";
  if (!stat.isFile()) return "not-a-file";
  if (kind === "json") {
    if (stat.size > MAX_REPORT_BYTES) return "other";
    return isJsonReportFile(file, stat.size) ? "tdkt" : "other";
  }
  const length = Math.min(stat.size, EOCD_SIZE + MAX_COMMENT);
  const handle = await fs.open(file, "r");
  try {
    const tail = new Uint8Array(length);
    await handle.read(tail, 0, length, stat.size - length);
    return hasSignature(tail) ? "tdkt" : "other";
  } finally {
    await handle.close();
  }
}

/** A write that failed; the message names the target file, never a temp file. */
export class WriteFailure extends Error {
  override readonly name = "WriteFailure";
}

type FileTexts = CliTexts["files"];

function why(error: unknown, words: FileTexts["why"]): string {
  switch ((error as { code?: unknown } | null)?.code) {
    case "EACCES":
    case "EPERM":
      return words.noWriteAccess;
    case "ENOSPC":
      return words.diskFull;
    case "EROFS":
      return words.readOnly;
    case "EISDIR":
      return words.isFolder;
    case "ENOENT":
      return words.folderGone;
    default: {
      const code = (error as { code?: unknown } | null)?.code;
      return typeof code === "string" ? words.code({ code }) : words.unexpected;
    }
  }
}

/**
 * A file to write: its bytes, or its chunks in order (each written before the next is asked
 * for, so a chunk may reuse the previous one's memory).
 */
export type FileToWrite =
  | { readonly file: string; readonly bytes: Uint8Array | string }
  | { readonly file: string; readonly chunks: Iterable<Uint8Array> };

/** Writes `content` to a new file `temp` (failing if it exists). */
async function writeNew(temp: string, content: FileToWrite): Promise<void> {
  if ("bytes" in content) {
    await fs.writeFile(temp, content.bytes, { flag: "wx" });
    return;
  }
  const handle = await fs.open(temp, "wx");
  try {
    for (const chunk of content.chunks) {
      let done = 0;
      while (done < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, done, chunk.length - done);
        done += bytesWritten;
      }
    }
  } finally {
    await handle.close();
  }
}

/**
 * Writes every file or none: all go to temp files first, and only when all of them are written
 * are they renamed into place. On failure every temp file is removed and the error names the
 * target. `shown` turns a path into the form the user typed; `words` says why in the console's
 * language.
 */
export async function writeFiles(
  files: readonly FileToWrite[],
  shown: (file: string) => string = (f) => f,
  words: FileTexts = CLI_TEXTS_VI.files
): Promise<void> {
  const failure = (file: string, error: unknown): WriteFailure =>
    new WriteFailure(words.writeFailed({ file: shown(file), why: why(error, words.why) }));
  const temps: { readonly file: string; readonly temp: string }[] = [];
  // Removing a temp file that could not even be created may fail too (a name too long): ignored.
  const remove = (temp: string): Promise<void> =>
    fs.rm(temp, { force: true }).catch(() => undefined);
  const cleanUp = async (): Promise<void> => {
    await Promise.all(temps.map((t) => remove(t.temp)));
  };
  for (const content of files) {
    const { file } = content;
    const temp = path.join(
      path.dirname(file),
      `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tdkt-tmp`
    );
    temps.push({ file, temp });
    try {
      await writeNew(temp, content);
    } catch (error: unknown) {
      await cleanUp();
      throw failure(file, error);
    }
  }
  for (const [i, { file, temp }] of temps.entries()) {
    try {
      await fs.rename(temp, file);
    } catch (error: unknown) {
      await Promise.all(temps.slice(i).map((t) => remove(t.temp)));
      throw failure(file, error);
    }
  }
}
