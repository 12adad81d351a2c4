import fc from "fast-check";
import {
  isDateFormat,
  serialToDate,
  toCellValue,
  toGridRows,
} from "../../../src/adapters/office/cell-values";

describe("isDateFormat", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["d/m/yyyy", true],
    ["yyyy-mm-dd", true],
    ["[$-vi-VN]dd/mm/yyyy", true],
    ["d-mmm-yy", true],
    ["dd/mm/yyyy hh:mm", true],
    ["General", false],
    ["Standard", false],
    ["@", false],
    ["0.00", false],
    ["#,##0", false],
    ["h:mm", false],
    ['"day "0', false],
    ["[Red]0.0", false],
    ["", false],
  ])("%s → %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe("serialToDate", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45292, "2024-01-01"],
    [45292.75, "2024-01-01"],
    [45322.999, "2024-01-31"],
    [45322.99999999999, "2024-02-01"],
  ])("serial %s is %s at UTC midnight", (serial, iso) => {
    expect(serialToDate(serial).toISOString()).toBe(`${iso}T00:00:00.000Z`);
  });

  it("round-trips every day from 1900-03-01 to 9999-12-31", () => {
    const base = Date.UTC(1899, 11, 30);
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const date = serialToDate(serial);
        expect((date.getTime() - base) / 86_400_000).toBe(serial);
        expect(date.getUTCHours()).toBe(0);
      })
    );
  });
});

describe("toCellValue", () => {
  it.each([
    ["", "General", "Empty", null],
    ["#N/A", "General", "Error", { error: "#N/A" }],
    ["#N/A", "@", "String", "#N/A"],
    [8.5, "0.0", "Double", 8.5],
    [true, "General", "Boolean", true],
    ["=SUM(A1)", "@", "String", "=SUM(A1)"],
  ])("%p (%s, %s) → %p", (value, format, type, expected) => {
    expect(toCellValue(value, format, type)).toEqual(expected);
  });

  it("turns a date-formatted serial into a Date", () => {
    expect(toCellValue(45322, "dd/mm/yyyy", "Double")).toEqual(new Date(Date.UTC(2024, 0, 31)));
  });
});

describe("toGridRows", () => {
  it("places a used range that starts at C2 from A1 and trims trailing empties", () => {
    const rows = toGridRows(
      1,
      2,
      [
        ["Mã CB", "", ""],
        ["CB01", 45322, ""],
      ],
      [
        ["General", "General", "General"],
        ["@", "dd/mm/yyyy", "General"],
      ],
      [
        ["String", "Empty", "Empty"],
        ["String", "Double", "Empty"],
      ]
    );
    expect(rows).toEqual([
      [],
      [null, null, "Mã CB"],
      [null, null, "CB01", new Date(Date.UTC(2024, 0, 31))],
    ]);
  });
});
