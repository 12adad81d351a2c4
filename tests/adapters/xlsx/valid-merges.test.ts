import { validMerges } from "../../../src/adapters/xlsx/sheet-xml";

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
});
