/**
 * The writer's UTF-8 sink encodes like TextEncoder (lone surrogates as U+FFFD) and escapes cell
 * texts exactly as escapeCellText does; a part deflated as it is set is the same zip entry as one
 * deflated when the package is written.
 */
import fc from "fast-check";
import { Utf8Sink } from "../../../src/adapters/xlsx/sheet-xml";
import { escapeCellText } from "../../../src/adapters/xlsx/xml-text";
import { OpcPackage } from "../../../src/adapters/xlsx/opc-package";
import { nodeZipCodec } from "../../../src/adapters/xlsx/node-zip-codec";

const encoder = new TextEncoder();

/** Texts heavy in what the encoder and the escaping must get right. */
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom("&", "<", ">", '"', "_", "x", "0", "D", "\t", "\n", "\r", "\u0001", "\u001f"),
    fc.constantFrom("\ufffe", "\uffff", "\ud800", "\udbff", "\udc00", "\udfff", "ệ", "Đ", "€"),
    fc.constantFrom("_x000D_", "_x005F_", "😀", "𝔸"),
    fc.string({ unit: "binary", maxLength: 3 })
  ),
  maxLength: 40,
});

describe("Utf8Sink", () => {
  // Each piece is encoded on its own (a surrogate pair split across two pieces is two U+FFFD).
  const encoded = (...pieces: string[]): number[] =>
    pieces.flatMap((p) => Array.from(encoder.encode(p)));

  it("encodes any text as TextEncoder does", () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 5 }), (texts) => {
        const sink = new Utf8Sink();
        for (const t of texts) sink.push(t);
        expect(Array.from(sink.bytes())).toEqual(encoded(...texts));
      })
    );
  });

  it("writes a cell text escaped as escapeCellText escapes it", () => {
    fc.assert(
      fc.property(tricky, tricky, (before, text) => {
        const sink = new Utf8Sink();
        sink.push(before);
        sink.pushCellText(text);
        expect(Array.from(sink.bytes())).toEqual(encoded(before, escapeCellText(text)));
      })
    );
  });

  it("grows past its first buffer and drops what a truncate takes back", () => {
    const sink = new Utf8Sink();
    const long = "Nguyễn Văn A & <b> ".repeat(20_000);
    sink.push("x");
    const mark = sink.length;
    sink.pushCellText(long);
    expect(sink.length).toBeGreaterThan(1 << 16);
    sink.truncate(mark);
    sink.push("y");
    expect(new TextDecoder().decode(sink.bytes())).toBe("xy");
  });
});

describe("OpcPackage.setDeflated", () => {
  it("writes the same zip as set() and reads the part back", () => {
    const xml = `<?xml version="1.0"?><a>${"Trần Thị Bình ".repeat(500)}</a>`;
    const tiny = "ab";
    const make = (deflatedNow: boolean): OpcPackage => {
      const pkg = OpcPackage.fromParts(
        { "[Content_Types].xml": "<Types/>" },
        undefined,
        nodeZipCodec
      );
      for (const [path, text] of [
        ["xl/worksheets/sheet1.xml", xml],
        ["xl/worksheets/sheet2.xml", tiny],
      ] as const) {
        const bytes = encoder.encode(text);
        if (deflatedNow) {
          // The caller reuses its buffer: the package must not keep a view of it.
          const shared = new Uint8Array(bytes.length + 10);
          shared.set(bytes);
          pkg.setDeflated(path, shared.subarray(0, bytes.length));
          shared.fill(0);
        } else {
          pkg.set(path, bytes);
        }
      }
      return pkg;
    };
    const now = make(true);
    expect(Array.from(now.toBytes())).toEqual(Array.from(make(false).toBytes()));
    expect(now.getText("xl/worksheets/sheet1.xml")).toBe(xml);
    expect(now.getText("xl/worksheets/sheet2.xml")).toBe(tiny);
  });
});
