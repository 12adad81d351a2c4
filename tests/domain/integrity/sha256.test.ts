import { createHash } from "node:crypto";
import fc from "fast-check";
import { sha256Hex, sha256Text, utf8Bytes } from "../../../src/domain/integrity/sha256";

const nodeSha = (data: Uint8Array | string): string =>
  createHash("sha256").update(data).digest("hex");

describe("sha256 (pure)", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
  ])("known vector %j", (text, hex) => {
    expect(sha256Text(text)).toBe(hex);
  });

  it("agrees with Node's crypto on any bytes (block boundaries included)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(nodeSha(bytes));
      }),
      { numRuns: 300 }
    );
  });

  it("encodes text as UTF-8 like Node (Vietnamese and astral characters)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (text) => {
        expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, "utf8"))).toBe(true);
        expect(sha256Text(text)).toBe(nodeSha(text));
      })
    );
    expect(sha256Text("Hoàn thành xuất sắc nhiệm vụ 😀")).toBe(
      nodeSha("Hoàn thành xuất sắc nhiệm vụ 😀")
    );
  });
});
