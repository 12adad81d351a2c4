import fc from "fast-check";
import { compareVietnameseNames } from "../../../src/domain/text/collation";
import { vietnameseNameOrder } from "../../../src/domain/text/name-order";

const sign = (n: number): number => Math.sign(n);

/** Names alike in many ways: same given names, case and accent variants, extra spaces. */
const name = fc
  .array(
    fc.constantFrom(
      "Nguyễn",
      "nguyen",
      "Văn",
      "Thị",
      "An",
      "an",
      "Ân",
      "Bình",
      "BÌNH",
      "Đức",
      "Duc",
      "Ý",
      "Y",
      "10",
      "9"
    ),
    { minLength: 0, maxLength: 4 }
  )
  .chain((words) => fc.constantFrom(words.join(" "), ` ${words.join("  ")} `, words.join("\t")));

describe("vietnameseNameOrder", () => {
  it("orders every pair of names as compareVietnameseNames does", () => {
    fc.assert(
      fc.property(
        fc.array(name, { maxLength: 25 }),
        fc.array(name, { maxLength: 3 }),
        (known, other) => {
          const compare = vietnameseNameOrder(known);
          const all = [...known, ...other];
          for (const a of all)
            for (const b of all)
              expect(sign(compare(a, b))).toBe(sign(compareVietnameseNames(a, b)));
        }
      )
    );
  });

  it("sorts a list into the same order", () => {
    const names = [
      "Trần Văn Bình",
      "Lê Thị An",
      "Nguyễn An",
      "nguyễn an",
      "Phạm Đức",
      "Lê Duc",
      "An",
    ];
    const compare = vietnameseNameOrder(names);
    expect([...names].sort(compare)).toEqual([...names].sort(compareVietnameseNames));
    expect([...names].sort(compare)[0]).toBe("An");
  });
});
