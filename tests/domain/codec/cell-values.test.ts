import fc from "fast-check";
import {
  dateFromSerial,
  dateFromTime,
  formatDate,
  numberText,
  parseDateValue,
  parseNumberValue,
} from "../../../src/domain/codec/cell-values";

describe("parseDateValue", () => {
  it.each([
    ["05/11/2024", { year: 2024, month: 11, day: 5 }],
    ["5/1/2024", { year: 2024, month: 1, day: 5 }],
    ["05-11-2024", { year: 2024, month: 11, day: 5 }],
    ["05.11.2024", { year: 2024, month: 11, day: 5 }],
    ["2024-11-05", { year: 2024, month: 11, day: 5 }],
    [" 29/02/2024 ", { year: 2024, month: 2, day: 29 }],
    [new Date(Date.UTC(2024, 10, 5)), { year: 2024, month: 11, day: 5 }],
    [new Date(Date.UTC(2024, 10, 4, 17)), { year: 2024, month: 11, day: 5 }], // midnight in UTC+7
    [45601, { year: 2024, month: 11, day: 5 }],
    [1, { year: 1900, month: 1, day: 1 }],
    [61, { year: 1900, month: 3, day: 1 }],
  ])("reads %p", (value, date) => {
    expect(parseDateValue(value)).toEqual({ kind: "value", value: date });
  });

  it.each([
    "31/02/2024",
    "29/02/2023",
    "2024/11/05",
    "5 tháng 11",
    "13/13/2024",
    "00/01/2024",
    "hôm nay",
  ])("rejects %p", (value) => {
    expect(parseDateValue(value).kind).toBe("invalid");
  });

  it.each([null, "", "   "])("reads %p as empty", (value) => {
    expect(parseDateValue(value)).toEqual({ kind: "empty" });
  });

  it("rejects booleans, errors and serials out of Excel's range", () => {
    expect(parseDateValue(true).kind).toBe("invalid");
    expect(parseDateValue(-3).kind).toBe("invalid");
    expect(parseDateValue(1e9).kind).toBe("invalid");
  });

  it("reads back every date it formats", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-03-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (d) => {
          const day = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
          expect(parseDateValue(formatDate(day))).toEqual({ kind: "value", value: day });
        }
      )
    );
  });

  it("agrees with Excel serials for every day since 1900-03-01", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 73050 }), (serial) => {
        const d = dateFromSerial(serial);
        const expected = new Date(Date.UTC(1900, 0, 1) + (serial - 2) * 86400000);
        expect(d).toEqual({
          year: expected.getUTCFullYear(),
          month: expected.getUTCMonth() + 1,
          day: expected.getUTCDate(),
        });
      })
    );
  });
});

describe("parseNumberValue", () => {
  it.each([
    [8, 8],
    [8.5, 8.5],
    ["8,5", 8.5],
    ["8.5", 8.5],
    [" 12 ", 12],
    ["-2", -2],
    ["+3,25", 3.25],
    [",5", 0.5],
    ["1 000", 1000],
  ])("reads %p as %p", (value, n) => {
    expect(parseNumberValue(value)).toEqual({ kind: "value", value: n });
  });

  it.each(["8,5,1", "tám", "8 điểm", "1e3", "NaN", true, new Date(0), "8,"])(
    "rejects %p",
    (value) => {
      expect(parseNumberValue(value).kind).toBe("invalid");
    }
  );

  it("reads any finite number typed with a decimal comma", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const text = `${whole},${String(cents).padStart(2, "0")}`;
          const parsed = parseNumberValue(text);
          expect(parsed.kind).toBe("value");
          if (parsed.kind === "value")
            expect(parsed.value).toBeCloseTo(
              Number(`${whole}.${String(cents).padStart(2, "0")}`),
              9
            );
        }
      )
    );
  });
});

describe("numberText", () => {
  it.each([
    [12, "12"],
    [12.0, "12"],
    [1.1, "1.1"],
    [1.2000000000000002, "1.2"],
    [-3, "-3"],
  ])("writes %p as %p", (n, text) => {
    expect(numberText(n)).toBe(text);
  });
});

describe("dateFromTime", () => {
  /** The definition: the UTC fields of the Date twelve hours on. */
  function reference(time: number): { year: number; month: number; day: number } {
    const rounded = new Date(time + 12 * 3600 * 1000);
    return {
      year: rounded.getUTCFullYear(),
      month: rounded.getUTCMonth() + 1,
      day: rounded.getUTCDate(),
    };
  }

  it("gives the calendar day a Date gives, at any time a Date holds", () => {
    const day = 86_400_000;
    const times = fc.oneof(
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      // Around midnight and noon of days near leap days, century years and the epoch.
      fc
        .tuple(
          fc.integer({ min: -800_000, max: 800_000 }),
          fc.constantFrom(0, -1, 1, 12 * 3600 * 1000 - 1, 12 * 3600 * 1000, -12 * 3600 * 1000)
        )
        .map(([d, offset]) => d * day + offset),
      fc.constantFrom(Date.UTC(1900, 1, 28), Date.UTC(2000, 1, 29), Date.UTC(2100, 2, 1), 0)
    );
    fc.assert(
      fc.property(times, (time) => {
        expect(dateFromTime(time)).toEqual(reference(time));
      }),
      { numRuns: 5000 }
    );
  });

  it("gives NaN fields past a Date's range, as a Date does", () => {
    expect(dateFromTime(8.64e15)).toEqual(reference(8.64e15));
    expect(dateFromTime(Number.NaN)).toEqual(reference(Number.NaN));
  });
});
