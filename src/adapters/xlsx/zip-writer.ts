/**
 * Writes a zip file from entries that are either copied (their compressed bytes, CRC, sizes and
 * time stamp exactly as read) or new (deflated here, with a fixed time stamp so the same content
 * gives the same bytes). Browser-safe.
 */
import { portableZipCodec, type ZipCodec } from "./zip-codec";
import type { ZipEntry } from "./zip-archive";

export type ZipOutEntry =
  | { readonly kind: "copy"; readonly entry: ZipEntry }
  | { readonly kind: "new"; readonly name: string; readonly data: Uint8Array };

// 1980-01-01 00:00 in MS-DOS date/time fields.
const FIXED_DOS_DATE = (0 << 9) | (1 << 5) | 1;
const FIXED_DOS_TIME = 0;
const UTF8_NAME_FLAG = 0x800;
const utf8 = new TextEncoder();

/** An entry as written: the archive entry without its decoded name. */
type ZipRecord = Omit<ZipEntry, "name">;

function toRecord(e: ZipOutEntry, codec: ZipCodec): ZipRecord {
  return e.kind === "copy" ? e.entry : newZipEntry(e.name, e.data, codec);
}

/**
 * The entry a new part is written as: deflated (stored when that is not smaller), with the fixed
 * time stamp. When stored, `data` itself is the entry's data.
 */
export function newZipEntry(name: string, data: Uint8Array, codec: ZipCodec): ZipEntry {
  const nameBytes = utf8.encode(name);
  const ascii = nameBytes.length === name.length;
  const deflated = codec.deflate(data);
  const stored = deflated.length >= data.length;
  return {
    name,
    nameBytes,
    versionNeeded: 20,
    flags: ascii ? 0 : UTF8_NAME_FLAG,
    method: stored ? 0 : 8,
    dosTime: FIXED_DOS_TIME,
    dosDate: FIXED_DOS_DATE,
    crc: codec.crc32(data),
    size: data.length,
    data: stored ? data : deflated,
  };
}

/**
 * The fields a local header and its central-directory record share, in the same order (version
 * needed … file name length, 24 bytes), written at `at`.
 */
function putEntryFields(view: DataView, at: number, r: ZipRecord): void {
  view.setUint16(at, r.versionNeeded, true);
  view.setUint16(at + 2, r.flags, true);
  view.setUint16(at + 4, r.method, true);
  view.setUint16(at + 6, r.dosTime, true);
  view.setUint16(at + 8, r.dosDate, true);
  view.setUint32(at + 10, r.crc, true);
  view.setUint32(at + 14, r.data.length, true);
  view.setUint32(at + 18, r.size, true);
  view.setUint16(at + 22, r.nameBytes.length, true);
}

/** The zip file of the entries, in the order given. */
export function writeZip(
  entries: readonly ZipOutEntry[],
  codec: ZipCodec = portableZipCodec
): Uint8Array {
  const records = entries.map((e) => toRecord(e, codec));
  if (records.length > 0xfffe) throw new Error("Too many zip entries for a zip without ZIP64");
  let size = 22;
  for (const r of records) size += 30 + 46 + 2 * r.nameBytes.length + r.data.length;
  if (size > 0xfffffffe) throw new Error("Zip too large for a zip without ZIP64");
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  for (const r of records) {
    offsets.push(p);
    view.setUint32(p, 0x04034b50, true);
    putEntryFields(view, p + 4, r);
    view.setUint16(p + 28, 0, true);
    out.set(r.nameBytes, p + 30);
    p += 30 + r.nameBytes.length;
    out.set(r.data, p);
    p += r.data.length;
  }
  const cdStart = p;
  records.forEach((r, i) => {
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true); // made by: MS-DOS, zip 2.0
    putEntryFields(view, p + 6, r);
    // extra, comment, disk, internal and external attributes: 0
    view.setUint32(p + 42, offsets[i] ?? 0, true);
    out.set(r.nameBytes, p + 46);
    p += 46 + r.nameBytes.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, records.length, true);
  view.setUint16(p + 10, records.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return out;
}
