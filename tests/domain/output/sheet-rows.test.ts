import fc from "fast-check";
import { SheetRows, text, wrappedLines } from "../../../src/domain/output/sheet-rows";

describe("wrappedLines", () => {
  it.each([
    ["", 10, 1],
    ["ngắn", 10, 1],
    ["Phòng Kế hoạch", 14, 1],
    ["Phòng Kế hoạch", 13, 2],
    // Wrapped at words: "Phòng Kế" / "hoạch - Tài" / "chính".
    ["Phòng Kế hoạch - Tài chính", 11, 3],
    ["một\nhai\nba", 20, 3],
    // A word longer than a line is broken.
    ["x".repeat(25), 10, 3],
  ])("%j in %i characters takes %i lines", (value, capacity, lines) => {
    expect(wrappedLines(value, capacity)).toBe(lines);
  });

  it("counts as laying out the paragraphs' words one by one does", () => {
    // The plain statement of the layout, with the pieces cut out of the text.
    const reference = (text: string, capacity: number): number => {
      let lines = 0;
      for (const paragraph of text.split("\n")) {
        let line = 0;
        lines++;
        for (const word of paragraph.split(" ")) {
          if (line === 0) line = word.length;
          else if (line + 1 + word.length <= capacity) line += 1 + word.length;
          else {
            lines++;
            line = word.length;
          }
          while (line > capacity) {
            lines++;
            line -= capacity;
          }
        }
      }
      return lines;
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "bb", "cccc", " ", "  ", "\n", "Hoàng", "x".repeat(9)), {
          maxLength: 40,
        }),
        fc.integer({ min: 3, max: 12 }),
        (pieces, capacity) => {
          const value = pieces.join("");
          expect(wrappedLines(value, capacity)).toBe(reference(value, capacity));
        }
      )
    );
  });

  it("never takes fewer lines than its non-space characters need, nor more than its characters", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "bb", "cccc", " ", "\n", "Hoàng"), { maxLength: 40 }),
        fc.integer({ min: 3, max: 40 }),
        (pieces, capacity) => {
          const value = pieces.join("");
          const lines = wrappedLines(value, capacity);
          const longest = value
            .split("\n")
            .reduce((n, p) => n + Math.max(1, Math.ceil(p.replace(/ /g, "").length / capacity)), 0);
          expect(lines).toBeGreaterThanOrEqual(Math.max(1, longest));
          expect(lines).toBeLessThanOrEqual(Math.max(1, value.length + 1));
        }
      )
    );
  });
});

describe("SheetRows", () => {
  it("sets a height for one line and more lines for wrapped text", () => {
    const sheet = new SheetRows();
    const short = sheet.add([text("Chuyên viên")]);
    const long = sheet.add([text("Xét kèm danh hiệu cao hơn đã đăng ký")]);
    sheet.fitHeight(short, [14]);
    sheet.fitHeight(long, [14]);
    expect(sheet.heights[short - 1]).toBe(16);
    expect(sheet.heights[long - 1]).toBeGreaterThanOrEqual(32);
  });

  it("gives every cell of a merged box the first cell's style, keeping values", () => {
    const sheet = new SheetRows();
    const row = sheet.add([text("I. DANH HIỆU", "section"), null, text("giữ", "other")]);
    sheet.mergeBox(row, 0, 3);
    expect(sheet.rows[0]).toEqual([
      { value: "I. DANH HIỆU", style: "section" },
      { value: null, style: "section" },
      { value: "giữ", style: "other" },
      { value: null, style: "section" },
    ]);
    expect(sheet.merges).toEqual(["A1:D1"]);
  });
});
