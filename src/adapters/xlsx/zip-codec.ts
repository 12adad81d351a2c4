/**
 * The three byte operations a zip needs: raw deflate, bounded raw inflate and CRC-32. The
 * portable codec (fflate and a table CRC) runs anywhere; the CLI passes the Node codec
 * (`node-zip-codec.ts`), whose native zlib does the same work several times faster.
 */
import { deflateSync, Inflate } from "fflate";
import { crc32 } from "./crc32";

export interface ZipCodec {
  /** Raw DEFLATE (no zlib header), as zip method 8 stores it. */
  deflate(data: Uint8Array): Uint8Array;
  /**
   * Inflates raw DEFLATE data that declares `size` uncompressed bytes. Throws a
   * ZipInflateError when the data is broken, ends early, or would inflate past `size`: a bomb
   * never gets more memory than it declared.
   */
  inflate(data: Uint8Array, size: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** Why an entry could not be inflated; the caller names the entry in its own words. */
export class ZipInflateError extends Error {
  constructor(readonly reason: "broken" | "too-long" | "truncated" | "size-mismatch") {
    super(`zip entry ${reason}`);
    this.name = "ZipInflateError";
  }
}

// Level 6 is zlib's default: the files Excel itself writes are of that order.
export const DEFLATE_LEVEL = 6;
const CHUNK = 1 << 16;

function portableInflate(data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let length = 0;
  // An object, not a let: the flag is set inside the callback, which narrowing does not see.
  const state = { ended: false };
  const inflater = new Inflate((chunk, final) => {
    if (length + chunk.length > out.length) throw new ZipInflateError("too-long");
    out.set(chunk, length);
    length += chunk.length;
    if (final) state.ended = true;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let i = 0; i < data.length; i += CHUNK) {
      inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    }
  } catch (error: unknown) {
    if (error instanceof ZipInflateError) throw error;
    // fflate's error code 0 is "unexpected end of data".
    const code = (error as { code?: number }).code;
    throw new ZipInflateError(code === 0 ? "truncated" : "broken");
  }
  if (!state.ended && size > 0) throw new ZipInflateError("truncated");
  if (length !== size) throw new ZipInflateError("size-mismatch");
  return out;
}

export const portableZipCodec: ZipCodec = {
  deflate: (data) => deflateSync(data, { level: DEFLATE_LEVEL }),
  inflate: portableInflate,
  crc32,
};
