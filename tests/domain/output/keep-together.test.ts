import fc from "fast-check";
import {
  fittingScale,
  keepTogetherBreaks,
  pageBodyHeight,
  pageStarts,
} from "../../../src/domain/output/keep-together";
import type { OutputSheet, PrintSetup } from "../../../src/domain/output/sheet-spec";

// Landscape A4 with 0.6 in top and bottom margins at 100%: 595.3 - 86.4 = 508.9 pt a page.
const PRINT: PrintSetup = {
  orientation: "landscape",
  paper: "A4",
  scale: 100,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
};

/** A sheet of `count` rows, each `height` points high unless `heights` says otherwise. */
function sheetOf(
  count: number,
  height: number,
  extra: Partial<OutputSheet> = {},
  heights: Record<number, number> = {}
): OutputSheet {
  const rowHeights: Record<number, number> = {};
  for (let i = 0; i < count; i++) rowHeights[i] = heights[i + 1] ?? height;
  return {
    name: "S",
    styles: {},
    columnWidths: [10],
    rows: Array.from({ length: count }, (_, i) => [{ value: `r${i + 1}` }]),
    rowHeights,
    print: PRINT,
    ...extra,
  };
}

describe("page geometry", () => {
  it.each([
    [100, 508.9],
    [50, 1017.8],
  ])("a page's body at %i%% holds %f points of rows", (scale, points) => {
    expect(pageBodyHeight(sheetOf(1, 20, { print: { ...PRINT, scale } }))).toBeCloseTo(points, 1);
  });

  it("fits columns with room for LibreOffice's wider drawing, never above 100%", () => {
    const print = { ...PRINT, margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 } };
    const widths = [5, 20, 15, 21, 19, 47, 13, 13];
    const scale = fittingScale(widths, print);
    const points = widths.reduce((n, w) => n + (w * 7 + 5) * 0.75, 0);
    expect(points * 1.07 * (scale / 100)).toBeLessThanOrEqual((11.69 - 0.9) * 72);
    expect(scale).toBeGreaterThanOrEqual(85);
    expect(fittingScale([10], print)).toBe(100);
  });
});

describe("pageStarts", () => {
  it("starts a page when the next row does not fit, and at manual breaks", () => {
    // 50 rows of 20 pt: 25 rows (500 pt) a page.
    expect(pageStarts(sheetOf(60, 20))).toEqual([1, 26, 51]);
    expect(pageStarts(sheetOf(60, 20, { pageBreaksBefore: [10] }))).toEqual([1, 10, 35, 60]);
  });

  it("leaves room for the repeated rows on every page after the first", () => {
    const sheet = sheetOf(60, 20, { print: { ...PRINT, repeatRows: [1, 2] } });
    // Pages after the first hold 508.9 - 40 pt: 23 rows.
    expect(pageStarts(sheet)).toEqual([1, 26, 49]);
  });
});

describe("keepTogetherBreaks", () => {
  it.each([
    // A title at row 25 would be the last row of page 1: it moves to page 2 with its entry.
    [{ first: 25, last: 26 }, [25]],
    // Title and entry both fit on page 1 with room to spare.
    [{ first: 20, last: 21 }, []],
    // A group where page 1 ends anyway gets its break too: a renderer fitting a row more per page
    // must not leave the title behind.
    [{ first: 26, last: 27 }, [26]],
    // A group taller than a page is left alone.
    [{ first: 5, last: 40 }, []],
  ])("group %j adds breaks %j", (group, breaks) => {
    expect(keepTogetherBreaks(sheetOf(60, 20), [group])).toEqual(breaks);
  });

  it("adds nothing for a group right after a manual break", () => {
    const sheet = sheetOf(60, 20, { pageBreaksBefore: [10] });
    expect(keepTogetherBreaks(sheet, [{ first: 10, last: 11 }])).toEqual([]);
  });

  it("keeps a one-entry section with the signature that follows it", () => {
    // Title 24, entry 25, signature 26–27: merged into one group that moves whole.
    const groups = [
      { first: 24, last: 25 },
      { first: 25, last: 27 },
    ];
    expect(keepTogetherBreaks(sheetOf(40, 20), groups)).toEqual([24]);
  });

  it("never splits a group shorter than a page, whatever the row heights", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 12, max: 120 }), { minLength: 5, maxLength: 80 }),
        fc.integer({ min: 1, max: 79 }),
        fc.integer({ min: 1, max: 4 }),
        (heights, first, size) => {
          fc.pre(first + size - 1 <= heights.length);
          const byRow = Object.fromEntries(heights.map((h, i) => [i + 1, h]));
          const base = sheetOf(heights.length, 20, {}, byRow);
          const group = { first, last: first + size - 1 };
          const breaks = keepTogetherBreaks(base, [group]);
          const starts = pageStarts({ ...base, pageBreaksBefore: breaks });
          const pageOf = (row: number): number => starts.filter((s) => s <= row).length;
          const height = heights.slice(first - 1, first + size - 1).reduce((a, b) => a + b, 0);
          if (height <= 508.9 - 8) expect(pageOf(group.last)).toBe(pageOf(group.first));
        }
      )
    );
  });
});
