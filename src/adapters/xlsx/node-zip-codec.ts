/**
 * The zip codec on Node's native zlib, for the CLI: deflating the output sheets and inflating
 * the input ones were a third of `tdkt run` on a big register with the portable codec.
 */
import * as zlib from "node:zlib";
import { DEFLATE_LEVEL, portableZipCodec, ZipInflateError, type ZipCodec } from "./zip-codec";

// zlib.crc32 arrived in Node 20.15 / 22.2; older Nodes keep the table CRC.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

function nodeInflate(data: Uint8Array, size: number): Uint8Array {
  let out: Buffer;
  try {
    // One byte of headroom tells "exactly size" from "more than size" without inflating a bomb.
    // One output chunk of that size (the declared size is within the read limits): zlib's 16 KiB
    // default chunks cost a copy of every part and three times the time on a 7 MB sheet.
    const bound = Math.max(1, size + 1);
    out = zlib.inflateRawSync(data, {
      maxOutputLength: bound,
      chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, bound),
    });
  } catch (error: unknown) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_BUFFER_TOO_LARGE") throw new ZipInflateError("too-long");
    if (code === "Z_BUF_ERROR") throw new ZipInflateError("truncated");
    throw new ZipInflateError("broken");
  }
  if (out.length > size) throw new ZipInflateError("too-long");
  if (out.length !== size) throw new ZipInflateError("size-mismatch");
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

export const nodeZipCodec: ZipCodec = {
  deflate: (data) => {
    const out = zlib.deflateRawSync(data, { level: DEFLATE_LEVEL });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  },
  inflate: nodeInflate,
  crc32: (data) =>
    nativeCrc32 === undefined ? portableZipCodec.crc32(data) : nativeCrc32(data) >>> 0,
};
