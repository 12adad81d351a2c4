/**
 * Whether a file is a JSON report as tdkt writes it, the test by which `--json` may replace it
 * without `--force`.
 *
 * tdkt's report is laid out one way only (`JSON.stringify(report, null, 2)` and a line break,
 * register-format.md's members in their order), and that layout is the mark: the file begins
 * with `{` and the member `"register"` whose value is a JSON object, then has the members
 * `"issues"`, `"units"` and `"proposals"`, each an array opened on a line of its own at the top
 * level, in that order, and ends by closing the last array and the object. So a report tdkt
 * wrote, even edited since, is known again; anything else (the user's JSON, a report reformatted
 * or compacted by another program, a cut file) is refused.
 *
 * Why not parse the file: a 10,000-person report is 8 MB, and parsing it only to be allowed to
 * overwrite it took a tenth of `tdkt check`'s time. The markers are found by a byte search over
 * the file read in blocks, with no text decoded and nothing kept. A line break cannot occur
 * inside a JSON string, and in tdkt's layout only a top-level member starts after a line break
 * and exactly two spaces, so the markers cannot be found inside the report's data.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** Reads bytes of the file at a position into `into`; how many were read (0 at the end). */
export type ReadAt = (into: Uint8Array, position: number) => number;

const HEAD = Buffer.from('{\n  "register": ', "latin1");
/** The top-level members after `register`, each as tdkt opens it (closing the one before). */
const ISSUES = Buffer.from('},\n  "issues": [', "latin1");
const LATER_MEMBERS = ['],\n  "units": [', '],\n  "proposals": ['].map((m) =>
  Buffer.from(m, "latin1")
);
const MEMBERS = [ISSUES, ...LATER_MEMBERS];
const TAIL = Buffer.from("]\n}", "latin1");
const LONGEST = Math.max(...MEMBERS.map((m) => m.length));

/** Bytes read at a time. */
const BLOCK = 1 << 20;
/** The register member (agency and year: a few dozen bytes) must lie in the file's first bytes. */
const REGISTER_WITHIN = 64 * 1024;

/**
 * True when the file read by `readAt`, of `size` bytes, is laid out as tdkt's JSON report.
 * `block` (bytes read at a time while looking for the members) is a parameter for the tests.
 */
export function isJsonReportLayout(readAt: ReadAt, size: number, block = BLOCK): boolean {
  if (size < HEAD.length + MEMBERS.reduce((n, m) => n + m.length, 0) + TAIL.length) return false;
  if (!endsWithTail(readAt, size)) return false;
  const head = new Uint8Array(Math.min(size, REGISTER_WITHIN));
  const filled = readFully(readAt, head, 0, head.length, 0);
  if (filled < HEAD.length || !HEAD.equals(head.subarray(0, HEAD.length))) return false;
  const issues = Buffer.from(head.buffer, 0, filled).indexOf(ISSUES, HEAD.length);
  if (issues < 0 || !isJsonObject(head.subarray(HEAD.length, issues + 1))) return false;
  // The other members follow in order. None can reach into the tail: each ends with `[`.
  return foundInOrder(readAt, size, issues + ISSUES.length, LATER_MEMBERS, block);
}

/** True when `markers` occur in the file one after the other from `from`, read `block` at a time. */
function foundInOrder(
  readAt: ReadAt,
  size: number,
  from: number,
  markers: readonly Buffer[],
  block: number
): boolean {
  const window = Buffer.allocUnsafe(Math.min(size, block) + LONGEST);
  // The window holds `filled` bytes of the file from `start`.
  let start = from;
  let filled = 0;
  for (const marker of markers) {
    for (;;) {
      const at = window.subarray(0, filled).indexOf(marker, Math.max(0, from - start));
      if (at >= 0) {
        from = start + at + marker.length;
        break;
      }
      if (start + filled >= size) return false;
      // Keep the bytes a marker could begin in, then read on.
      const keep = Math.min(filled, marker.length - 1);
      window.copyWithin(0, filled - keep, filled);
      start += filled - keep;
      const read = readFully(
        readAt,
        window,
        keep,
        Math.min(size - start - keep, block),
        start + keep
      );
      // A file cut short since its size was taken.
      if (read === 0) return false;
      filled = keep + read;
    }
  }
  return true;
}

/**
 * {@link isJsonReportLayout} of a file on disk, as long as it is still a regular file of the
 * size taken before: opened without waiting (a FIFO put in its place would block a plain open)
 * and checked again once open.
 */
export function isJsonReportFile(file: string, size: number): boolean {
  const fd = openSync(
    file,
    constants.O_RDONLY | ((constants as Partial<typeof constants>).O_NONBLOCK ?? 0)
  );
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size !== size) return false;
    return isJsonReportLayout(
      (into, position) => readSync(fd, into, 0, into.length, position),
      size
    );
  } finally {
    closeSync(fd);
  }
}

/** {@link isJsonReportLayout} of bytes in memory. */
export function isJsonReportBytes(bytes: Uint8Array): boolean {
  return isJsonReportLayout((into, position) => {
    const part = bytes.subarray(position, position + into.length);
    into.set(part);
    return part.length;
  }, bytes.length);
}

/** Reads `length` bytes at `position` into `into` from `offset`, as many as the file has. */
function readFully(
  readAt: ReadAt,
  into: Uint8Array,
  offset: number,
  length: number,
  position: number
): number {
  let done = 0;
  while (done < length) {
    const n = readAt(into.subarray(offset + done, offset + length), position + done);
    if (n <= 0) break;
    done += n;
  }
  return done;
}

/** White space a text editor may leave at the end (tdkt writes one line break). */
const MAX_TRAILING = 64;
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** How many white-space bytes end the file (up to {@link MAX_TRAILING}). */
function trailingSpace(readAt: ReadAt, size: number): number {
  const length = Math.min(size, MAX_TRAILING + TAIL.length);
  const last = new Uint8Array(length);
  const n = readFully(readAt, last, 0, length, size - length);
  let spaces = 0;
  while (spaces < n && isSpace(last[n - 1 - spaces] ?? 0)) spaces++;
  return spaces;
}

/** True when the file's last bytes, white space aside, are {@link TAIL}. */
function endsWithTail(readAt: ReadAt, size: number): boolean {
  const spaces = trailingSpace(readAt, size);
  if (spaces >= MAX_TRAILING || size - spaces < TAIL.length) return false;
  const tail = new Uint8Array(TAIL.length);
  return (
    readFully(readAt, tail, 0, TAIL.length, size - spaces - TAIL.length) === TAIL.length &&
    tail.every((b, i) => b === TAIL[i])
  );
}

/** True when `bytes` (UTF-8) are one JSON object. */
function isJsonObject(bytes: Uint8Array): boolean {
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes).toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
