import fc from "fast-check";
import { indentedJsonBytes, indentedJsonChunks } from "../../src/cli/json-bytes";

/** What tdkt wrote before: the indented text and a line break, encoded by Node. */
const reference = (value: unknown): Buffer =>
  Buffer.from(`${JSON.stringify(value, null, 2)}\n`, "utf8");

/** Any UTF-16 unit: lone surrogates, control characters, quotes and backslashes included. */
const anyUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('"', "\\", "\n", "\u0000", "\u001f", "\u007f", "é", "ệ", "😀", "\ud800", "\udc00")
);
const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: anyUnit }));
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e21, 5e-7, 1.5, -2.25, Number.MAX_VALUE, NaN, Infinity)
);

/** JSON-like values with what JSON.stringify treats specially: undefined, Dates, toJSON. */
const { value: valueArb } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    anyText,
    anyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: true }),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(anyText, tie("value"), { maxKeys: 5 }),
    tie("value").map((inner) => ({ toJSON: () => inner }))
  ),
}));

/** Objects shaped like a report: members that are arrays (split element by element) or not. */
const reportLike = fc.dictionary(
  anyText,
  fc.oneof(fc.array(valueArb, { maxLength: 6 }), valueArb),
  { maxKeys: 5 }
);

/** The chunks joined, each copied as it comes (the next one reuses the buffer). */
function joined(value: unknown, chunkBytes: number): Buffer {
  const parts: Buffer[] = [];
  for (const chunk of indentedJsonChunks(value, chunkBytes)) {
    expect(chunk.length).toBeGreaterThan(0);
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}

function expectSameBytes(value: unknown): void {
  expect(Buffer.from(indentedJsonBytes(value)).equals(reference(value))).toBe(true);
}

describe("indentedJsonBytes", () => {
  it("writes the bytes of JSON.stringify(value, null, 2) and a line break, for any value", () => {
    fc.assert(
      fc.property(valueArb, (value) => {
        // A top-level undefined or toJSON giving undefined has no JSON form (tested below).
        fc.pre((JSON.stringify(value) as string | undefined) !== undefined);
        expectSameBytes(value);
      }),
      { numRuns: 2000 }
    );
  });

  it("keeps empty objects and arrays on one line, and indents what is nested in them", () => {
    const value = { a: {}, b: [], c: [[], {}, [{}]], d: { e: [1, "x"] } };
    expect(new TextDecoder().decode(indentedJsonBytes(value))).toBe(
      `${JSON.stringify(value, null, 2)}\n`
    );
    expect(new TextDecoder().decode(indentedJsonBytes([]))).toBe("[]\n");
  });

  it("encodes letters beyond ASCII, surrogate pairs and escapes as Node's UTF-8 does", () => {
    for (const text of ["Sở Khoa học", "😀 và 𝄞", 'a"b\\c\n\t\u0001', "\ud800 lone", "x\udfff"]) {
      expectSameBytes({ text, list: [text, { [text]: text }] });
    }
  });

  it("writes a report larger than its first guess of the size", () => {
    // Deep nesting: the indentation outgrows three bytes a character of the compact text.
    let deep: unknown = "leaf";
    for (let i = 0; i < 300; i++) deep = [deep, { i }];
    expectSameBytes(deep);
  });

  it("refuses a value without JSON form, as the file would hold nothing", () => {
    expect(() => indentedJsonBytes(undefined)).toThrow(TypeError);
    expect(() => [...indentedJsonChunks(() => 1)]).toThrow(TypeError);
  });
});

describe("indentedJsonChunks", () => {
  it("gives the same bytes in chunks of any size, for any value and any report-like object", () => {
    fc.assert(
      fc.property(
        fc.oneof(reportLike, valueArb),
        fc.integer({ min: 1, max: 300 }),
        (value, size) => {
          fc.pre((JSON.stringify(value) as string | undefined) !== undefined);
          expect(joined(value, size).equals(reference(value))).toBe(true);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("gives the same bytes for long arrays, cut into pieces anywhere", () => {
    // Plain JSON values: one toJSON among the elements would keep the array whole.
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined)), {
          minLength: 60,
          maxLength: 200,
        }),
        fc.integer({ min: 1, max: 4096 }),
        (list, size) => {
          const value = { register: {}, list, after: [1] };
          expect(joined(value, size).equals(reference(value))).toBe(true);
        }
      ),
      { numRuns: 200 }
    );
  });

  it("splits a report's arrays a few elements a piece, and what toJSON may change not at all", () => {
    const report = {
      register: { agency: "Sở", year: 2024 },
      issues: [{ code: "a" }, undefined, () => 1, [], {}, "é"],
      units: [],
      skipped: undefined,
      // Several pieces, with what has no JSON form at their edges.
      proposals: Array.from({ length: 200 }, (_, i) =>
        i % 64 === 0 ? undefined : i % 64 === 63 ? () => i : { subject: `CB${i}`, reasons: [] }
      ),
    };
    expect(joined(report, 64).equals(reference(report))).toBe(true);
    // Small chunks: the proposals come in several of them.
    expect([...indentedJsonChunks(report, 64)].length).toBeGreaterThan(3);
    const when = new Date(Date.UTC(2024, 0, 2));
    // toJSON is given the member's key or the element's index, which a piece alone would not pass.
    const keyed = { toJSON: (key: string) => `key ${key}` };
    for (const value of [
      { list: [keyed, keyed] },
      { member: keyed, list: [1] },
      { dates: [when], list: [1] },
      { toJSON: () => ({ a: [1, 2] }) },
      {},
      { a: undefined },
      { a: [] },
      { a: [undefined] },
    ]) {
      expect(joined(value, 8).equals(reference(value))).toBe(true);
    }
  });
});
