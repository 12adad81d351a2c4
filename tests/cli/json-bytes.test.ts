import fc from "fast-check";
import { indentedJsonBytes } from "../../src/cli/json-bytes";

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
  });
});
