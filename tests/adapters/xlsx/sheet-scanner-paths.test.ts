/**
 * The sheet scanner reads canonical tags in place and any other tag the long way (slices and
 * attribute search). Both ways must give the same grid, or the same refusal: the same cells
 * written with a tab between attributes (which sends every tag the long way) are read alike.
 */
import fc from "fast-check";
import { scanSheet, type ScanContext } from "../../../src/adapters/xlsx/sheet-scanner";
import { DEFAULT_READ_LIMITS } from "../../../src/adapters/xlsx/read-limits";

const context: ScanContext = {
  sharedStrings: ["Mã CB", "Nguyễn Văn An", "", "CB001"],
  dateStyles: [false, true, false],
  date1904: false,
  limits: { ...DEFAULT_READ_LIMITS, maxRows: 5_000, maxColumns: 200, maxCells: 400 },
};

/** One attribute as name and value. */
type Attribute = readonly [string, string];

interface CellSpec {
  readonly attributes: readonly Attribute[];
  /** null: a self-closing tag. */
  readonly body: string | null;
}

interface RowSpec {
  readonly r: string | null;
  readonly cells: readonly CellSpec[];
}

const refs = fc.oneof(
  fc.constantFrom("A1", "B2", "c3", "$D$4", "AB12", "XFD1", "A0", "A", "ZZZZ9", "A1048577", "1A"),
  fc
    .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 40 }))
    .map(([c, r]) => `${String.fromCharCode(65 + (c % 26))}${r}`)
);

const values = fc.constantFrom(
  "0",
  "3",
  "12",
  "-7",
  "-0",
  "+5",
  "8.5",
  "1e3",
  " 2",
  "",
  "abc",
  "45580",
  "45580.75",
  "007",
  "99999999999999999",
  "1"
);

const types = fc.constantFrom(null, "s", "n", "b", "e", "d", "str", "inlineStr", "x");

const bodies = fc.oneof(
  values.map((v) => `<v>${v}</v>`),
  values.map((v) => `<f>A1</f><v>${v}</v>`),
  values.map((v) => `<v xml:space="preserve">${v}</v>`),
  fc.constantFrom(
    "<v/>",
    "",
    "text",
    "<is><t>in line</t></is>",
    "<v>2024-03-05</v>",
    "<v>1<x/>2</v>"
  )
);

const cells: fc.Arbitrary<CellSpec> = fc
  .record({
    ref: fc.option(refs, { nil: null }),
    type: types,
    style: fc.option(fc.constantFrom("0", "1", "2", "01", "x"), { nil: null }),
    extra: fc.option(fc.constantFrom<Attribute>(["cm", "1"], ["x:r", "Z9"], ["foo", "x=1"]), {
      nil: null,
    }),
    extraFirst: fc.boolean(),
    body: fc.option(bodies, { nil: null }),
  })
  .map(({ ref, type, style, extra, extraFirst, body }) => {
    const attributes: Attribute[] = [];
    if (ref !== null) attributes.push(["r", ref]);
    if (style !== null) attributes.push(["s", style]);
    if (type !== null) attributes.push(["t", type]);
    if (extra !== null) {
      if (extraFirst) attributes.unshift(extra);
      else attributes.push(extra);
    }
    return { attributes, body };
  });

const rows: fc.Arbitrary<RowSpec> = fc.record({
  r: fc.option(fc.constantFrom("1", "2", "3", "7", "40", "0", "x", "1048577"), { nil: null }),
  cells: fc.array(cells, { maxLength: 6 }),
});

function sheetXml(spec: readonly RowSpec[], separator: string): string {
  const tag = (name: string, attributes: readonly Attribute[], close: boolean): string =>
    `<${name}${attributes.map(([n, v]) => `${separator}${n}="${v}"`).join("")}${close ? "/>" : ">"}`;
  const body = spec
    .map(
      (row) =>
        tag("row", row.r === null ? [] : [["r", row.r]], false) +
        row.cells
          .map((c) =>
            c.body === null
              ? tag("c", c.attributes, true)
              : `${tag("c", c.attributes, false)}${c.body}</c>`
          )
          .join("") +
        "</row>"
    )
    .join("");
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** The grid, or the refusal. */
function outcome(xml: string): unknown {
  return outcomeWith(context, xml);
}

function outcomeWith(ctx: ScanContext, xml: string): unknown {
  try {
    return scanSheet(xml, ctx, "Trang");
  } catch (error: unknown) {
    return { refused: (error as { refusal?: unknown }).refusal ?? String(error) };
  }
}

describe("scanSheet: in place and the long way", () => {
  it("gives the same grid or refusal for canonical tags and for tags spaced with tabs", () => {
    fc.assert(
      fc.property(fc.array(rows, { maxLength: 8 }), (spec) => {
        const inPlace = outcome(sheetXml(spec, " "));
        const longWay = outcome(sheetXml(spec, "\t"));
        expect(inPlace).toEqual(longWay);
      }),
      { numRuns: 400 }
    );
  });

  it("counts cells against the limit alike, rows met again included", () => {
    const small: ScanContext = { ...context, limits: { ...context.limits, maxCells: 20 } };
    const row = (r: string, letters: readonly string[]): RowSpec => ({
      r,
      cells: letters.map((l) => ({ attributes: [["r", `${l}${r}`]], body: "<v>1</v>" })),
    });
    const within = [
      row("1", Array.from("ABCDEFGHIJ")),
      row("3", Array.from("ABCDE")),
      row("1", Array.from("KLMNO")),
    ];
    const beyond = [...within, row("2", ["A"])];
    for (const spec of [within, beyond]) {
      const inPlace = (): unknown => scanSheet(sheetXml(spec, " "), small, "Trang");
      const longWay = (): unknown => scanSheet(sheetXml(spec, "\t"), small, "Trang");
      if (spec === within) expect(inPlace()).toEqual(longWay());
      else {
        expect(inPlace).toThrow(/20/);
        expect(outcomeWith(small, sheetXml(spec, " "))).toEqual(
          outcomeWith(small, sheetXml(spec, "\t"))
        );
      }
    }
  });

  it("reads the common shapes in place as the long way does", () => {
    const spec: RowSpec[] = [
      {
        r: "1",
        cells: [
          {
            attributes: [
              ["r", "A1"],
              ["t", "s"],
            ],
            body: "<v>1</v>",
          },
          {
            attributes: [
              ["r", "B1"],
              ["s", "1"],
            ],
            body: "<v>45580</v>",
          },
          { attributes: [["r", "C1"]], body: "<v>-8.5</v>" },
          {
            attributes: [
              ["r", "E1"],
              ["t", "s"],
            ],
            body: "<v>3</v>",
          },
        ],
      },
      { r: "3", cells: [{ attributes: [["r", "B3"]], body: "<v>12</v>" }] },
      { r: "2", cells: [{ attributes: [["r", "A1"]], body: "<v>4</v>" }] },
    ];
    const grid = scanSheet(sheetXml(spec, " "), context, "Trang");
    expect(grid).toEqual([
      [4, new Date(Date.UTC(2024, 9, 15)), -8.5, null, "CB001"],
      [],
      [null, 12],
    ]);
    expect(grid).toEqual(scanSheet(sheetXml(spec, "\t"), context, "Trang"));
  });
});
