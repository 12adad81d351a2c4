import fc from "fast-check";
import { crc32 as zlibCrc32, deflateRawSync } from "node:zlib";
import { nodeZipCodec } from "../../../src/adapters/xlsx/node-zip-codec";
import {
  portableZipCodec,
  ZipInflateError,
  type ZipCodec,
} from "../../../src/adapters/xlsx/zip-codec";

const CODECS: readonly [string, ZipCodec][] = [
  ["portable (fflate)", portableZipCodec],
  ["node (zlib)", nodeZipCodec],
];

function reasonOf(f: () => unknown): string {
  try {
    f();
  } catch (error: unknown) {
    if (error instanceof ZipInflateError) return error.reason;
    throw error;
  }
  return "no error";
}

describe.each(CODECS)("zip codec: %s", (_name, codec) => {
  it("inflates what either codec deflated, and its CRC is zip's CRC-32", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (data) => {
        for (const deflated of [codec.deflate(data), portableZipCodec.deflate(data)]) {
          expect(Buffer.from(codec.inflate(deflated, data.length))).toEqual(Buffer.from(data));
        }
        expect(codec.crc32(data)).toBe(zlibCrc32(data) >>> 0);
      }),
      { numRuns: 60 }
    );
  });

  it("stops a part that inflates past its declared size (a bomb) without inflating it all", () => {
    const bomb = deflateRawSync(Buffer.alloc(20_000_000));
    expect(reasonOf(() => codec.inflate(bomb, 1000))).toBe("too-long");
  });

  it("calls cut-off data truncated, garbage broken, a short part a size mismatch", () => {
    const text = Buffer.from("<sheetData>".repeat(5000));
    const deflated = deflateRawSync(text);
    expect(reasonOf(() => codec.inflate(deflated.subarray(0, 20), text.length))).toBe("truncated");
    expect(reasonOf(() => codec.inflate(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 10))).toBe(
      "broken"
    );
    expect(reasonOf(() => codec.inflate(deflated, text.length + 7))).toBe("size-mismatch");
  });

  it("inflates an empty part to nothing", () => {
    expect(codec.inflate(codec.deflate(new Uint8Array(0)), 0)).toHaveLength(0);
  });
});
