import fc from "fast-check";
import { isJsonReportBytes } from "../../src/cli/json-report-shape";
import { isJsonReport } from "../../src/cli/own-files";

const encoder = new TextEncoder();
const bytesOf = (text: string): Uint8Array => encoder.encode(text);

/** A report-like object: the four members with values of any kind, sometimes the right ones. */
const reportLike = fc.record(
  {
    register: fc.oneof(fc.object(), fc.array(fc.integer()), fc.constant(null), fc.string()),
    issues: fc.oneof(fc.array(fc.jsonValue()), fc.object()),
    units: fc.oneof(fc.array(fc.jsonValue()), fc.constant(1)),
    proposals: fc.oneof(fc.array(fc.jsonValue()), fc.boolean()),
    extra: fc.jsonValue(),
  },
  { requiredKeys: [] }
);

/** A JSON text, pretty or compact, and sometimes damaged (a character cut, added or changed). */
const maybeBroken = fc
  .tuple(
    fc.oneof(reportLike, fc.jsonValue()),
    fc.boolean(),
    fc.nat(),
    fc.constantFrom("", "x", " ", "{", "}", "[", "]", ",", ":", '"', "\\", "0", "-", "\u0001", "é")
  )
  .map(([value, pretty, at, insert]) => {
    const text = JSON.stringify(value, null, pretty ? 2 : undefined);
    const cut = at % (text.length + 1);
    return at % 3 === 0 ? text : text.slice(0, cut) + insert + text.slice(cut + (at % 2));
  });

describe("isJsonReportBytes", () => {
  it("answers as JSON.parse does, on reports, other JSON and damaged texts", () => {
    fc.assert(
      fc.property(maybeBroken, (text) => {
        expect(isJsonReportBytes(bytesOf(text))).toBe(isJsonReport(text));
      }),
      { numRuns: 3000 }
    );
  });

  it("knows a real report and refuses near misses", () => {
    const report = { register: { name: "Sổ" }, issues: [], units: [{ a: 1 }], proposals: [] };
    const text = `${JSON.stringify(report, null, 2)}\n`;
    expect(isJsonReportBytes(bytesOf(text))).toBe(true);
    const cases = [
      "",
      " ",
      "[]",
      "{}",
      text.slice(0, -3),
      `${text}x`,
      `\ufeff${text}`,
      text.replace('"units"', '"unit"'),
      text.replace('"proposals": []', '"proposals": {}'),
      text.replace('"register": {', '"register": null, "x": {'),
      '{"register":{},"issues":[],"units":[],"proposals":[01]}',
      '{"register":{},"issues":[],"units":[],"proposals":[1.]}',
      '{"register":{},"issues":[],"units":[],"proposals":["\\x"]}',
      '{"register":{},"issues":[],"units":[],"proposals":[tru]}',
      '{"register":{},"issues":[],"units":[],"proposals":[],}',
      '{"register":{},"issues":[],"units":[],"proposals":[]',
    ];
    for (const c of cases) expect(isJsonReportBytes(bytesOf(c))).toBe(isJsonReport(c));
    expect(
      isJsonReportBytes(bytesOf('{"\\u0072egister":[],"issues":[],"units":[],"proposals":[]}'))
    ).toBe(true);
    expect(
      isJsonReportBytes(
        bytesOf('{"register":{},"issues":[],"units":[],"proposals":[],"proposals":1}')
      )
    ).toBe(false);
  });

  it("parses a report as tdkt writes it element by element, with the same answers", () => {
    const element = (i: number) => ({
      code: `c${i}`,
      params: { n: i, list: [{ a: i }, { b: "é" }] },
    });
    const report = {
      register: { agency: "Sở", year: 2024 },
      issues: Array.from({ length: 50 }, (_, i) => element(i)),
      units: [{ unit: "DV1" }, { unit: "DV2" }],
      proposals: Array.from({ length: 80 }, (_, i) => element(i)),
    };
    const text = `${JSON.stringify(report, null, 2)}\n`;
    expect(isJsonReportBytes(bytesOf(text))).toBe(true);
    const variants = [
      // A broken element, in the first, a middle and the last place.
      text.replace('"code": "c0"', '"code": c0'),
      text.replace('"n": 40', '"n": 040'),
      text.replace('"code": "c79"', '"code": "c79",'),
      // The arrays' kinds changed, or a later duplicate that is not an array.
      text.replace('"proposals": [', '"proposals": 1, "x": ['),
      text.replace('"register": {', '"proposals": [], "register": {'),
      text.replace(/\n}\n$/, ',\n  "issues": {}\n}\n'),
      // A separator where tdkt writes none: inside an element, and a nested array of objects.
      text.replace('"list": [', '"list": [\n    {"z": 1},\n    {"z": 2},'),
      '{"register":{},"issues":[\n    {"x":[{"a":1},\n    {"b":2}]}\n  ],"units":[],"proposals":[]}',
      '{"register":{},"issues":[\n    {"x":[{"a":1},\n    {"b":2}\n  ]}],"units":[],"proposals":[]}',
      '{"register":{},"issues":[\n    {},\n    {}\n  ]\n  ],"units":[],"proposals":[]}',
      '{"register":{},"s":"[\n    {},\n    {}\n  ]","issues":[],"units":[],"proposals":[]}',
    ];
    for (const v of variants) expect(isJsonReportBytes(bytesOf(v))).toBe(isJsonReport(v));
    expect(variants.map((v) => isJsonReport(v))).toContain(true);
  });

  it("reads deep nesting without overflowing the stack", () => {
    const deep = `${"[".repeat(200000)}${"]".repeat(200000)}`;
    const text = `{"register":{},"issues":${deep},"units":[],"proposals":[]}`;
    expect(isJsonReportBytes(bytesOf(text))).toBe(true);
    const unclosed = `{"register":{},"issues":${deep.slice(0, -1)},"units":[],"proposals":[]}`;
    expect(isJsonReportBytes(bytesOf(unclosed))).toBe(false);
  });

  it("takes invalid UTF-8 inside strings as the decoded text does (a replacement character)", () => {
    const head = bytesOf('{"register":{"n":"');
    const tail = bytesOf('"},"issues":[],"units":[],"proposals":[]}');
    const bytes = new Uint8Array([...head, 0xff, 0xc3, ...tail]);
    expect(isJsonReportBytes(bytes)).toBe(isJsonReport(new TextDecoder().decode(bytes)));
  });
});
