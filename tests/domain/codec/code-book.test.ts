import fc from "fast-check";
import { CodeBook } from "../../../src/domain/codec/code-book";

/** Codes as people type them: case, spacing and NFD variants of a few spellings. */
const code = fc.constantFrom(
  "CB001", "cb001", " CB001 ", "CB002", "Cb002", "VP", "vp", "KHTC", "khtc ", "Đ1", "đ1",
  "Đ1".normalize("NFD"), "", " ", "DV 01", "dv  01"
); // prettier-ignore

describe("CodeBook", () => {
  it.each([
    ["cb001", "CB001"],
    [" CB001 ", "CB001"],
    ["CB002", null],
  ])("resolves %j to %j", (typed, defining) => {
    expect(new CodeBook(["CB001", "cb001"]).resolve(typed)).toBe(defining);
  });

  it("extended with more codes, resolves like a book made of all of them in order", () => {
    fc.assert(
      fc.property(fc.array(code), fc.array(code), (first, more) => {
        const extended = new CodeBook(first).extendedWith(more);
        const whole = new CodeBook([...first, ...more]);
        for (const probe of [...first, ...more, "CB001", "vp", "đ1", "none"]) {
          expect(extended.resolve(probe)).toBe(whole.resolve(probe));
        }
      }),
      { numRuns: 500 }
    );
  });

  it("extending leaves the first book as it was", () => {
    const staff = new CodeBook(["CB001"]);
    staff.extendedWith(["VP"]);
    expect(staff.resolve("VP")).toBeNull();
  });
});
