/**
 * A zip writer for hostile test files: every field can lie (declared size, CRC), names can repeat,
 * central-directory records can point at another entry's bytes (overlapping entries). Written
 * independently of the code under test (CRC from node:zlib, deflate from node:zlib).
 */
import { crc32, deflateRawSync } from "node:zlib";

export interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** Stored instead of deflated. */
  readonly store?: boolean;
  /** Compressed bytes to write instead of deflating `data`. */
  readonly compressed?: Uint8Array;
  /** Declared uncompressed size (default: data.length). */
  readonly size?: number;
  /** Declared CRC (default: the real one). */
  readonly crc?: number;
}

export interface RawZipOptions {
  /** Extra central-directory records whose data is the local entry at `pointsTo`. */
  readonly aliases?: readonly { readonly name: string; readonly pointsTo: number }[];
}

export function rawZip(entries: readonly RawEntry[], options: RawZipOptions = {}): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const records: { header: Buffer; offset: number }[] = [];
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const method = e.store === true ? 0 : 8;
    const body =
      e.compressed !== undefined
        ? Buffer.from(e.compressed)
        : method === 0
          ? Buffer.from(e.data)
          : deflateRawSync(e.data);
    const crc = e.crc ?? crc32(e.data);
    const size = e.size ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(0x21, 14);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(size >>> 0, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    records.push({ header, offset });
    central.push(header, name);
    chunks.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  for (const alias of options.aliases ?? []) {
    const target = records[alias.pointsTo];
    if (target === undefined) throw new Error("alias points nowhere");
    const name = Buffer.from(alias.name, "utf8");
    const header = Buffer.from(target.header);
    header.writeUInt16LE(name.length, 28);
    central.push(header, name);
  }
  const cd = Buffer.concat(central);
  const count = entries.length + (options.aliases?.length ?? 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  // Without ZIP64 the count wraps, as a careless writer would leave it.
  end.writeUInt16LE(count & 0xffff, 8);
  end.writeUInt16LE(count & 0xffff, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cd, end]));
}
