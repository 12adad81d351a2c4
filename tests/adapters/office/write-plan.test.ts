import fc from "fast-check";
import { cellAddress, parseCellAddress } from "../../../src/domain/grid";
import type { OutputSheet, SpecCell } from "../../../src/domain/output/sheet-spec";
import {
  blockAddress,
  groupForSyncs,
  planSheet,
  requestBytes,
  sheetReference,
  styleRectangles,
} from "../../../src/adapters/office/write-plan";

function sheet(
  rows: (SpecCell | null)[][],
  styles: OutputSheet["styles"] = { a: { bold: true }, b: { italic: true } }
): OutputSheet {
  return { name: "S", styles, columnWidths: [], rows };
}

function cellsOf(range: string): string[] {
  const [from = "", to = from] = range.split(":");
  const a = parseCellAddress(from)!;
  const b = parseCellAddress(to)!;
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++)
    for (let c = a.col; c <= b.col; c++) out.push(cellAddress(r, c));
  return out;
}

describe("requestBytes", () => {
  it.each([
    ["abc", 3],
    ["Đơn vị", 10],
    ["ổ", 3],
    ["😀", 4],
  ])("%s is %i bytes of UTF-8", (text, bytes) => {
    expect(requestBytes(text)).toBe(bytes);
    expect(requestBytes(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
});

describe("sheetReference", () => {
  it.each([
    ["Cán bộ", "C4", "'Cán bộ'!C4"],
    ["Bà O'Neil", "A1", "'Bà O''Neil'!A1"],
  ])("%s!%s → %s", (name, cell, ref) => {
    expect(sheetReference(name, cell)).toBe(ref);
  });
});

describe("styleRectangles", () => {
  it("stacks a styled column into one rectangle and keeps runs along rows", () => {
    const rows = [
      [
        { value: "h", style: "a" },
        { value: "h", style: "a" },
        { value: "h", style: "a" },
      ],
      [{ value: 1, style: "b" }, { value: "x" }, { value: 2, style: "b" }],
      [{ value: 1, style: "b" }, { value: "y" }, { value: 3, style: "b" }],
    ];
    const areas = styleRectangles(sheet(rows));
    expect(areas.map((a) => [a.style, a.ranges])).toEqual([
      [{ bold: true }, ["A1:C1"]],
      [{ italic: true }, ["A2:A3", "C2:C3"]],
    ]);
  });

  it("covers every styled cell exactly once, with its own style (property)", () => {
    const cell = fc.option(
      fc.record({ value: fc.constant("v"), style: fc.constantFrom("a", "b", "missing") }),
      { nil: null }
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const spec = sheet(rows);
        const covered = new Map<string, string>();
        for (const area of styleRectangles(spec)) {
          const key = area.style === spec.styles.a ? "a" : "b";
          for (const range of area.ranges)
            for (const address of cellsOf(range)) {
              expect(covered.has(address)).toBe(false);
              covered.set(address, key);
            }
        }
        const expected = new Map<string, string>();
        rows.forEach((row, r) => {
          row.forEach((c, col) => {
            if (c && c.style !== "missing") expected.set(cellAddress(r, col), c.style);
          });
        });
        expect(covered).toEqual(expected);
      })
    );
  });
});

describe("planSheet", () => {
  it("writes strings as Text and numbers with their style's format", () => {
    const plan = planSheet(
      sheet([[{ value: "=A1" }, { value: 3.5, style: "n" }, null, { value: true }]], {
        n: { numberFormat: "0.0" },
      })
    );
    expect(plan.blocks).toHaveLength(1);
    expect(plan.blocks[0]?.values).toEqual([["=A1", 3.5, "", true]]);
    expect(plan.blocks[0]?.formats).toEqual([["@", "0.0", "General", "General"]]);
  });

  it("splits rows into blocks under the budget, covering every row once in order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 200, max: 5000 }),
        (rowCount, budget) => {
          const rows = Array.from({ length: rowCount }, (_, i) => [
            { value: `Nguyễn Văn ${i}` },
            { value: i },
          ]);
          const plan = planSheet(sheet(rows), budget);
          let next = 0;
          for (const block of plan.blocks) {
            expect(block.startRow).toBe(next);
            expect(block.values.length).toBeGreaterThan(0);
            if (block.values.length > 1) expect(block.bytes).toBeLessThanOrEqual(budget);
            expect(blockAddress(block, plan.columnCount)).toBe(
              `A${next + 1}:B${next + block.values.length}`
            );
            next += block.values.length;
          }
          expect(next).toBe(rowCount);
        }
      )
    );
  });

  it("groups small sheets into one sync and large ones into several", () => {
    const small = planSheet(sheet([[{ value: "a" }]]));
    expect(groupForSyncs([small, small])).toHaveLength(1);
    const rows = Array.from({ length: 2000 }, (_, i) => [{ value: `Nguyễn Văn ${i}` }]);
    const groups = groupForSyncs([planSheet(sheet(rows), 1000)], 1000);
    expect(groups.length).toBeGreaterThan(10);
    const items = groups.flatMap((g) => g.items);
    expect(items.reduce((n, i) => n + (i.kind === "block" ? i.block.values.length : 0), 0)).toBe(
      2000
    );
    // The sheet's formatting comes once, after all its values.
    expect(items.filter((i) => i.kind === "format")).toHaveLength(1);
    expect(items[items.length - 1]?.kind).toBe("format");
  });
});
