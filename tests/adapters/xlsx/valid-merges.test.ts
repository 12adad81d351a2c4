import fc from "fast-check";
import { validMerges } from "../../../src/adapters/xlsx/sheet-xml";
import { parseCellAddress } from "../../../src/domain/grid";

/** What a merge is, said the slow way: two A1 cells inside Excel's grid. */
function isMergeShape(m: string): boolean {
  if (!/^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/.test(m)) return false;
  return m.split(":").every((a) => {
    const p = parseCellAddress(a);
    return p !== null && p.row < 1_048_576 && p.col < 16_384;
  });
}

describe("validMerges", () => {
  it("keeps disjoint ranges and drops single cells, malformed and overlapping ones", () => {
    expect(
      validMerges(["A1:C1", "B1:B3", "A2:A3", "D4:D4", "x", "C2:D3", "B4:E9", "E5:F6", "A10:B10"])
    ).toEqual(["A1:C1", "A2:A3", "C2:D3", "B4:E9", "A10:B10"]);
  });

  it("treats reversed ends as the same range", () => {
    expect(validMerges(["C3:A1", "B2:D4", "D1:E1"])).toEqual(["C3:A1", "D1:E1"]);
  });

  it("is linear enough for tens of thousands of row merges, keeping every disjoint one", () => {
    const merges = Array.from({ length: 30000 }, (_, i) => `A${i + 1}:F${i + 1}`);
    expect(validMerges([...merges, "C5:D7"])).toEqual(merges);
  });

  it("refuses ranges beyond Excel's grid or not in A1 form, without looping over their rows", () => {
    expect(
      validMerges(["A1:B99999999999", "A1:XFE2", "A01:B2", "a1:b2", "A1:B2 ", "A1B2", "AAAA1:B2"])
    ).toEqual([]);
    expect(validMerges(["A1048575:XFD1048576"])).toEqual(["A1048575:XFD1048576"]);
  });

  it("keeps exactly the well-formed, multi-cell ranges when none overlap", () => {
    const cell = fc
      .tuple(fc.constantFrom("A", "Z", "AB", "XFD", "XFE", "a", "", "AAAA"), fc.nat(1_100_000))
      .map(([c, r]) => `${c}${String(r)}`);
    fc.assert(
      fc.property(cell, cell, fc.constantFrom(":", "", "::", ";"), (a, b, sep) => {
        const m = `${a}${sep}${b}`;
        const shape = isMergeShape(m);
        const single = shape && a === b;
        expect(validMerges([m])).toEqual(shape && !single ? [m] : []);
      }),
      { numRuns: 500 }
    );
  });
});
