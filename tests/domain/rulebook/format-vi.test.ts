import fc from "fast-check";
import {
  formatNumberVi,
  formatPercentVi,
  formatShareAgainst,
  meetsShare,
} from "../../../src/domain/rulebook/format-vi";

describe("Vietnamese number formatting", () => {
  it.each<[number, string]>([
    [62.5, "62,5"],
    [70, "70"],
    [88.8888, "88,89"],
    [0.1 + 0.2, "0,3"],
  ])("formatNumberVi(%p) = %s", (x, text) => {
    expect(formatNumberVi(x)).toBe(text);
  });

  it("formats shares with a decimal comma", () => {
    expect(formatPercentVi(5 / 8)).toBe("62,5%");
    expect(formatPercentVi(8 / 9)).toBe("88,9%");
  });

  it("never shows a failing share as equal to its threshold", () => {
    expect(formatShareAgainst(0.6995, 0.7)).toBe("69,95%");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10000 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 1, max: 100 }),
        (total, yes, t) => {
          const count = Math.min(yes, total);
          const threshold = t / 100;
          if (meetsShare(count, total, threshold)) return;
          expect(formatShareAgainst(count / total, threshold)).not.toBe(formatPercentVi(threshold));
        }
      )
    );
  });

  it("compares shares exactly at the boundary", () => {
    expect(meetsShare(8, 10, 0.8)).toBe(true);
    expect(meetsShare(7, 10, 0.7)).toBe(true);
    expect(meetsShare(699, 1000, 0.7)).toBe(false);
    expect(meetsShare(0, 0, 0.7)).toBe(false);
  });
});
