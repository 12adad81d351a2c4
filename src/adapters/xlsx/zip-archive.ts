/**
 * Reads the central directory of a zip file without inflating anything, checking the package
 * against the read limits first, and inflates one entry on demand with its size and CRC checked
 * while it inflates. A writer can copy an entry's compressed bytes as they are. Browser-safe.
 *
 * Checked at open: entry count, declared sizes (a part, the package), names (duplicates, also
 * ignoring case as OPC compares part names), entries that overlap one another or the central
 * directory (the "overlapping entries" zip bomb), methods other than stored/deflate, encryption.
 */
import { portableZipCodec, ZipInflateError, type ZipCodec } from "./zip-codec";
import { XlsxFormatError, XlsxLimitError } from "./xlsx-format-error";
import type { ReadLimits } from "./read-limits";
import type { BrokenPartReason, BrokenZipReason } from "./read-refusal";

/** One entry as the central directory describes it, with its compressed bytes. */
export interface ZipEntry {
  readonly name: string;
  /** The name's bytes as stored (copied as they are). */
  readonly nameBytes: Uint8Array;
  readonly versionNeeded: number;
  /** General-purpose flags without bit 3 (sizes are always written in the local header). */
  readonly flags: number;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc: number;
  readonly size: number;
  /** The compressed bytes (a view into the file's bytes). */
  readonly data: Uint8Array;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const utf8 = new TextDecoder("utf-8");

const broken = (reason: BrokenZipReason): XlsxFormatError =>
  new XlsxFormatError({ code: "broken-zip", params: { reason } });
const brokenPart = (part: string, reason: BrokenPartReason): XlsxFormatError =>
  new XlsxFormatError({ code: "broken-part", params: { part, reason } });
const zip64 = (): XlsxFormatError => new XlsxFormatError({ code: "zip64", params: {} });

/** The entries of a zip file in central-directory order; throws XlsxFormatError / XlsxLimitError. */
export function readZipEntries(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, view);
  if (end < 0) throw broken("no-directory");
  const total = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (total > limits.maxEntries) throw tooManyEntries(total, limits);
  if (total === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw zip64();
  if (cdOffset + cdSize > end) throw broken("directory-outside-file");

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const foldedNames = new Set<string>();
  const spans: { from: number; to: number; name: string }[] = [];
  let declaredTotal = 0;
  let p = cdOffset;
  const cdEnd = cdOffset + cdSize;
  while (p < cdEnd) {
    if (p + 46 > cdEnd || view.getUint32(p, true) !== SIG_CENTRAL) throw broken("directory-broken");
    if (entries.length >= limits.maxEntries) throw tooManyEntries(entries.length + 1, limits);
    const versionNeeded = view.getUint16(p + 6, true);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const dosTime = view.getUint16(p + 12, true);
    const dosDate = view.getUint16(p + 14, true);
    const crc = view.getUint32(p + 16, true);
    const csize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > cdEnd) throw broken("directory-broken");
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = utf8.decode(nameBytes);
    p = next;

    if (csize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) throw zip64();
    if (names.has(name)) throw duplicate(name, false);
    const folded = name.toLowerCase();
    if (foldedNames.has(folded)) throw duplicate(name, true);
    names.add(name);
    foldedNames.add(folded);
    if (flags & 1) throw new XlsxFormatError({ code: "encrypted-part", params: { part: name } });
    if (method !== 0 && method !== 8) {
      throw new XlsxFormatError({ code: "unknown-compression", params: { part: name, method } });
    }
    if (size > limits.maxPartBytes) {
      throw new XlsxLimitError({
        code: "part-too-large",
        params: { part: name, bytes: size, maxBytes: limits.maxPartBytes },
      });
    }
    declaredTotal += size;
    if (declaredTotal > limits.maxPackageBytes) {
      throw new XlsxLimitError({
        code: "package-too-large",
        params: { maxBytes: limits.maxPackageBytes },
      });
    }
    if (method === 0 && csize !== size) throw brokenPart(name, "stored-size-mismatch");

    if (local + 30 > cdOffset || view.getUint32(local, true) !== SIG_LOCAL) {
      throw brokenPart(name, "unreadable");
    }
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const dataEnd = dataStart + csize;
    if (dataEnd > cdOffset) throw brokenPart(name, "outside-file");
    spans.push({ from: local, to: dataEnd, name });
    if (name.endsWith("/")) continue; // a folder entry, not a part
    entries.push({
      name,
      nameBytes,
      versionNeeded,
      flags: flags & ~8,
      method,
      dosTime,
      dosDate,
      crc,
      size,
      data: bytes.subarray(dataStart, dataEnd),
    });
  }
  if (spans.length !== total) throw broken("entry-count-mismatch");
  spans.sort((a, b) => a.from - b.from);
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1] as { to: number; name: string };
    const cur = spans[i] as { from: number; name: string };
    if (cur.from < prev.to) {
      throw new XlsxFormatError({
        code: "overlapping-parts",
        params: { part: cur.name, previous: prev.name },
      });
    }
  }
  return entries;
}

function tooManyEntries(n: number, limits: ReadLimits): XlsxLimitError {
  return new XlsxLimitError({
    code: "too-many-entries",
    params: { entries: n, maxEntries: limits.maxEntries },
  });
}

function duplicate(part: string, caseOnly: boolean): XlsxFormatError {
  return new XlsxFormatError({ code: "duplicate-entry", params: { part, caseOnly } });
}

// The end-of-central-directory record: the last one whose comment reaches the end of the file.
function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (bytes[i] !== 0x50 || view.getUint32(i, true) !== SIG_END) continue;
    if (i + 22 + view.getUint16(i + 20, true) <= bytes.length) return i;
  }
  return -1;
}

const INFLATE_FAILURE: Readonly<Record<ZipInflateError["reason"], BrokenPartReason>> = {
  broken: "inflate-broken",
  "too-long": "inflate-too-long",
  truncated: "inflate-truncated",
  "size-mismatch": "inflate-size-mismatch",
};

/** The uncompressed bytes of an entry, checked against its declared size and CRC. */
export function inflateEntry(entry: ZipEntry, codec: ZipCodec = portableZipCodec): Uint8Array {
  let out: Uint8Array;
  if (entry.method === 0) {
    out = entry.data;
  } else {
    try {
      out = codec.inflate(entry.data, entry.size);
    } catch (error: unknown) {
      if (!(error instanceof ZipInflateError)) throw error;
      throw brokenPart(entry.name, INFLATE_FAILURE[error.reason]);
    }
  }
  if (codec.crc32(out) !== entry.crc) throw brokenPart(entry.name, "bad-crc");
  return out;
}
