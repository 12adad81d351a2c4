import fc from "fast-check";
import type { CellValue } from "../../src/domain/grid";
import { alignsRight, formatCell } from "../../src/preview/format-cell";

describe("formatCell", () => {
  it.each<[CellValue | undefined, "vi" | "en", string]>([
    [null, "vi", ""],
    [undefined, "en", ""],
    ["=1+1", "vi", "=1+1"],
    [true, "vi", "TRUE"],
    [false, "en", "FALSE"],
    [new Date(Date.UTC(2024, 0, 31)), "vi", "31/01/2024"],
    [new Date(Date.UTC(1999, 11, 5)), "en", "05/12/1999"],
    [{ error: "#N/A" }, "vi", "#N/A"],
    [8.5, "vi", "8,5"],
    [8.5, "en", "8.5"],
    [0.1 + 0.2, "en", "0.3"],
    [2024, "vi", "2024"],
    [-3, "vi", "-3"],
  ])("%p in %s → %p", (value, language, expected) => {
    expect(formatCell(value, language)).toBe(expected);
  });

  it("shows every integer exactly, in both languages", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom("vi", "en"), (n, lang) => {
        expect(formatCell(n, lang)).toBe(String(n));
      })
    );
  });

  it.each<[CellValue | undefined, boolean]>([
    [1, true],
    [new Date(0), true],
    ["1", false],
    [null, false],
    [true, false],
  ])("aligns %p to the right: %p", (value, right) => {
    expect(alignsRight(value)).toBe(right);
  });
});
