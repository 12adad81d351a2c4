/**
 * The byte scanner reads plain worksheet parts from their bytes and gives up on any other; the
 * text scanner reads the part's canonical text. On any part, the byte scanner gives the text
 * scanner's grid or nothing (never a grid where the text scanner refuses), and on the plain
 * parts spreadsheet programs write it does give the grid.
 */
import fc from "fast-check";
import { scanSheetBytes } from "../../../src/adapters/xlsx/sheet-byte-scanner";
import { scanSheet, type ScanContext } from "../../../src/adapters/xlsx/sheet-scanner";
import { DEFAULT_READ_LIMITS } from "../../../src/adapters/xlsx/read-limits";
import { decodeXmlBytes } from "../../../src/adapters/xlsx/xml-decode";

const context: ScanContext = {
  sharedStrings: ["Mã CB", "Nguyễn Văn An", "", "CB001"],
  dateStyles: [false, true, false],
  date1904: false,
  limits: {
    ...DEFAULT_READ_LIMITS,
    maxRows: 5_000,
    maxColumns: 200,
    maxCells: 100,
    maxCellChars: 20,
  },
};

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** What the text scanner makes of the part: its grid or its refusal. */
function textOutcome(bytes: Uint8Array): unknown {
  try {
    return { grid: scanSheet(decodeXmlBytes(bytes), context, "Trang") };
  } catch (error: unknown) {
    return { refused: (error as { refusal?: unknown }).refusal ?? String(error) };
  }
}

function byteOutcome(bytes: Uint8Array): unknown {
  const grid = scanSheetBytes(bytes, context, "Trang");
  return grid === undefined ? undefined : { grid };
}

/** References: mostly in the grid, now and then not (the scanners refuse those). */
const refs = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 9 }))
      .map(([c, r]) => `${String.fromCharCode(65 + c)}${r}`),
    weight: 40,
  },
  { arbitrary: fc.constantFrom("c3", "$D$4", "AB12", "A"), weight: 4 },
  { arbitrary: fc.constantFrom("XFD1", "A0", "ZZZZ9", "A1048577", "1A", "GS1"), weight: 1 }
);

const rowNumbers = fc.oneof(
  { arbitrary: fc.constantFrom("1", "2", "3", "7"), weight: 40 },
  { arbitrary: fc.constantFrom("0", "x", "1048577"), weight: 1 }
);

/** Cell bodies; the first ones are what spreadsheet programs write. */
const bodies = fc.constantFrom(
  "<v>0</v>",
  "<v>3</v>",
  "<v>-7</v>",
  "<v>8.5</v>",
  "<v>1e3</v>",
  "<v>45580</v>",
  "<v>45580.75</v>",
  "<v>99999999999999999</v>",
  "<v></v>",
  "<v>abc</v>",
  "<f>A1</f><v>2</v>",
  "<f>A1&amp;B1</f><v>Văn</v>",
  '<v xml:space="preserve"> 2</v>',
  "<is><t>Nguyễn Văn An</t></is>",
  '<is><r><t>Lê</t></r><r><rPr><b/></rPr><t xml:space="preserve"> Thị</t></r></is>',
  "<v>a &amp; b</v>",
  "<v>&#233;</v>",
  "<v>x_x000D_y</v>",
  "<v>2024-03-05</v>",
  "<v/>",
  ""
);

const types = fc.constantFrom(null, "s", "n", "b", "e", "d", "str", "inlineStr", "x");

function cellXml(prefix: string): fc.Arbitrary<string> {
  return fc
    .record({
      ref: fc.option(refs, { nil: null }),
      type: types,
      style: fc.option(fc.constantFrom("0", "1", "2", "01", "x"), { nil: null }),
      extra: fc.option(fc.constantFrom(' cm="1"', ' x:r="Z9"', ' vm="2"'), { nil: null }),
      extraFirst: fc.boolean(),
      body: fc.option(bodies, { nil: null }),
    })
    .map(({ ref, type, style, extra, extraFirst, body }) => {
      let attributes = "";
      if (ref !== null) attributes += ` r="${ref}"`;
      if (style !== null) attributes += ` s="${style}"`;
      if (type !== null) attributes += ` t="${type}"`;
      if (extra !== null) attributes = extraFirst ? extra + attributes : attributes + extra;
      const inner = body?.replace(/<(\/?)(v|f|is|r|t|rPr|b)([ />])/g, `<$1${prefix}$2$3`);
      return inner === undefined
        ? `<${prefix}c${attributes}/>`
        : `<${prefix}c${attributes}>${inner}</${prefix}c>`;
    });
}

function rowXml(prefix: string): fc.Arbitrary<string> {
  return fc
    .record({
      r: fc.option(rowNumbers, { nil: null }),
      spans: fc.boolean(),
      cells: fc.array(cellXml(prefix), { maxLength: 5 }),
    })
    .map(
      ({ r, spans, cells }) =>
        `<${prefix}row${r === null ? "" : ` r="${r}"`}` +
        `${spans ? ' spans="1:5" x14ac:dyDescent="0.25"' : ""}>${cells.join("")}</${prefix}row>`
    );
}

/** A worksheet part as spreadsheet programs write it. */
const plainSheets: fc.Arbitrary<string> = fc.constantFrom("", "x:").chain((prefix) =>
  fc
    .record({
      declaration: fc.boolean(),
      bom: fc.boolean(),
      head: fc.constantFrom('<dimension ref="A1:B2"/>', '<sheetPr codeName="Trang"/>', ""),
      rows: fc.array(rowXml(prefix), { maxLength: 6 }),
      emptyData: fc.boolean(),
      tail: fc.constantFrom('<pageMargins left="0.7" right="0.7"/>', ""),
    })
    .map(({ declaration, bom, head, rows, emptyData, tail }) => {
      const ns = prefix === "" ? `xmlns="${MAIN_NS}"` : `xmlns:x="${MAIN_NS}"`;
      const data =
        emptyData && rows.length === 0
          ? `<${prefix}sheetData/>`
          : `<${prefix}sheetData>${rows.join("")}</${prefix}sheetData>`;
      return (
        (bom ? "\ufeff" : "") +
        (declaration ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' : "") +
        `<${prefix}worksheet ${ns} xmlns:x14ac="urn:x14ac">${head}${data}${tail}</${prefix}worksheet>`
      );
    })
);

/** Replaces the k-th match of `pattern` (counted modulo the matches) by `by(match)`. */
function atMatch(xml: string, pattern: RegExp, k: number, by: (m: string) => string): string {
  const matches = [...xml.matchAll(pattern)];
  const m = matches[k % Math.max(1, matches.length)];
  if (m?.index === undefined) return xml;
  return xml.slice(0, m.index) + by(m[0]) + xml.slice(m.index + m[0].length);
}

/** One odd change to a plain part: what the byte scanner must leave to the text scanner. */
const oddChanges: readonly ((xml: string, k: number) => string)[] = [
  (xml, k) => atMatch(xml, /</g, k, (m) => `<!-- c -->${m}`),
  (xml, k) => atMatch(xml, /</g, k, (m) => `<?pi x?>${m}`),
  (xml, k) => atMatch(xml, /</g, k, (m) => `\n  ${m}`),
  (xml, k) => atMatch(xml, /<(\w+:)?v>[^<]*/g, k, (m) => m.replace(">", "><![CDATA[1<2]]>")),
  (xml, k) => atMatch(xml, /="[^"]*"/g, k, (m) => `='${m.slice(2, -1)}'`),
  (xml, k) => atMatch(xml, / (r|s|t)="/g, k, (m) => `\t${m.slice(1)}`),
  (xml, k) => atMatch(xml, /<\/[^>]+>/g, k, (m) => `${m.slice(0, -1)} >`),
  (xml, k) => atMatch(xml, /\/>/g, k, () => " />"),
  (xml, k) => atMatch(xml, /<(\w+:)?v>/g, k, (m) => `${m}&#1;`),
  (xml, k) => atMatch(xml, /<(\w+:)?v>/g, k, (m) => `${m}\u0001`),
  (xml, k) => atMatch(xml, /<(\w+:)?v>/g, k, (m) => `${m}\uffff`),
  (xml, k) => atMatch(xml, /<(\w+:)?v>/g, k, (m) => `${m}abcdefghijklmnopqrstuvwxyz`),
  (xml, k) => atMatch(xml, /<(\w+:)?v>/g, k, (m) => `${m}x\ty`),
  (xml, k) => atMatch(xml, /="/g, k, (m) => `${m}a>`),
  (xml, k) => atMatch(xml, /="/g, k, (m) => `${m}a&amp;`),
  (xml, k) => atMatch(xml, /="/g, k, (m) => `${m}x=`),
  (xml, k) => atMatch(xml, /="/g, k, (m) => `${m}é`),
  (xml, k) => atMatch(xml, /<\/(\w+:)?c>/g, k, (m) => `${m.replace("c>", "sheetData>")}${m}`),
  (xml, k) => atMatch(xml, /<\/(\w+:)?v>/g, k, (m) => `${m}<x a="1"/>`),
  (xml, k) => atMatch(xml, /<(\w+:)?sheetData/g, k, (m) => `<sheetDataX/>${m}`),
  (xml, k) => atMatch(xml, /<(\w+:)?sheetData/g, k, (m) => `<x:sheetData/>${m}`),
  (xml, k) => atMatch(xml, /<(\w+:)?sheetData/g, k, (m) => `<sheetPr a="<sheetData>"/>${m}`),
  (xml, k) => atMatch(xml, /<\/(\w+:)?worksheet>/g, k, (m) => `<!-- tail${m}`),
  (xml, k) => atMatch(xml, /<\/(\w+:)?worksheet>/g, k, (m) => `<a b>${m}`),
  (xml, k) => xml.slice(0, k % (xml.length + 1)),
];

/** A plain part's bytes, or (odd) its bytes with one odd change, or its text in UTF-16. */
function sheetBytes(odd: boolean): fc.Arbitrary<Uint8Array> {
  const utf8 = (xml: string): Uint8Array => new TextEncoder().encode(xml);
  if (!odd) return plainSheets.map(utf8);
  return fc.tuple(plainSheets, fc.nat(oddChanges.length + 1), fc.nat()).map(([xml, change, k]) => {
    if (change === oddChanges.length) return utf8(xml);
    if (change > oddChanges.length) {
      return new Uint8Array(
        Buffer.from(xml.startsWith("\ufeff") ? xml : `\ufeff${xml}`, "utf16le")
      );
    }
    return utf8((oddChanges[change] as (xml: string, k: number) => string)(xml, k));
  });
}

describe("scanSheetBytes", () => {
  it("gives the text scanner's grid or gives up, never a grid it would refuse", () => {
    fc.assert(
      fc.property(sheetBytes(true), (bytes) => {
        const read = byteOutcome(bytes);
        if (read !== undefined) expect(read).toEqual(textOutcome(bytes));
      }),
      { numRuns: 1500 }
    );
  });

  it("reads plain parts itself, with the text scanner's grid", () => {
    fc.assert(
      fc.property(sheetBytes(false), (bytes) => {
        const text = textOutcome(bytes) as { grid?: unknown };
        const read = byteOutcome(bytes);
        // A refusal (limits, references outside the grid) is left to the text scanner.
        if (text.grid === undefined) expect(read).toBeUndefined();
        else expect(read).toEqual(text);
      }),
      { numRuns: 600 }
    );
  });

  it.each([
    ["a comment", "<sheetData><!-- x --></sheetData>"],
    ["CDATA", '<sheetData><row><c t="str"><v><![CDATA[a]]></v></c></row></sheetData>'],
    ["single quotes", "<sheetData><row r='1'/></sheetData>"],
    ["a space in an end tag", "<sheetData></sheetData >"],
    ["a character XML cannot hold", '<sheetData><row><c t="str"><v>&#1;</v></c></row></sheetData>'],
  ])("leaves a part with %s to the text scanner", (_what, data) => {
    const bytes = new TextEncoder().encode(`<worksheet xmlns="${MAIN_NS}">${data}</worksheet>`);
    expect(scanSheetBytes(bytes, context, "Trang")).toBeUndefined();
  });

  it("reads a large part whose text is not canonicalised as the text scanner does", () => {
    // Past 1 M characters the text is not canonicalised, so `&#1;` stays in it as written.
    const filler = `<row r="1"><c r="A1"><v>1</v></c></row>`;
    const rows = [filler];
    for (let r = 2; r <= 40_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    rows.push('<row r="40001"><c r="A40001" t="str"><v>&#1;</v></c></row>');
    const xml = `<worksheet xmlns="${MAIN_NS}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
    expect(xml.length).toBeGreaterThan(1 << 20);
    const bytes = new TextEncoder().encode(xml);
    const big: ScanContext = { ...context, limits: { ...DEFAULT_READ_LIMITS } };
    const read = scanSheetBytes(bytes, big, "Trang");
    if (read !== undefined) expect(read).toEqual(scanSheet(decodeXmlBytes(bytes), big, "Trang"));
    const plain = new TextEncoder().encode(xml.replace("&#1;", "x"));
    expect(scanSheetBytes(plain, big, "Trang")).toEqual(
      scanSheet(decodeXmlBytes(plain), big, "Trang")
    );
  });
});
