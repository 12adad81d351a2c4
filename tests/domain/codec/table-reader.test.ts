import fc from "fast-check";
import type { ColumnSpec } from "../../../src/domain/codec/register-layout";
import { IssueLog, readTable, rowReaders } from "../../../src/domain/codec/table-reader";
import type { CellValue, Grid } from "../../../src/domain/grid";
import {
  detectLegacyText,
  encodeTcvn3,
  encodeVni,
  type LegacyEncoding,
} from "../../../src/domain/text/legacy-encoding";
import { normalizeText } from "../../../src/domain/text/normalize";
import { plainText } from "../../../src/domain/codec/cell-values";

type Field = "code" | "name" | "note";

const SPECS: readonly ColumnSpec<Field>[] = [
  { field: "code", header: "Mã", required: true, width: 8 },
  { field: "name", header: "Họ và tên", required: true, width: 20 },
  { field: "note", header: "Ghi chú", required: false, width: 20 },
];

const value: fc.Arbitrary<CellValue> = fc.constantFrom(
  null, "", " ", 12, "CB001", "Nguyễn Văn An", "Phan Thò An", "Võ Thu Hà",
  encodeTcvn3("Trần Thị Bình"), encodeTcvn3("Lê Văn Hùng"), encodeVni("Lê Hoàng Long"),
  encodeVni("Đặng Thị Mai"), new Date(Date.UTC(2024, 0, 5))
); // prettier-ignore

/** A table under its header, data rows of any length (short rows, blank rows among them). */
const table: fc.Arbitrary<Grid> = fc
  .array(fc.array(value, { maxLength: 4 }), { maxLength: 25 })
  .map((rows) => [["Mã", "Họ và tên", "Ghi chú"], ...rows]);

/** The definition: each column on its own, the majority of the cells surely legacy. */
function referenceHints(grid: Grid, rows: readonly number[]): Map<Field, LegacyEncoding> {
  const hints = new Map<Field, LegacyEncoding>();
  SPECS.forEach((spec, col) => {
    let tcvn3 = 0;
    let vni = 0;
    for (const r of rows) {
      const cell = grid[r]?.[col];
      if (typeof cell !== "string") continue;
      const found = detectLegacyText(normalizeText(cell));
      if (found?.encoding === "TCVN3") tcvn3 += 1;
      if (found?.encoding === "VNI") vni += 1;
    }
    if (tcvn3 + vni > 0) hints.set(spec.field, tcvn3 >= vni ? "TCVN3" : "VNI");
  });
  return hints;
}

describe("readTable", () => {
  it("hints each column with the legacy encoding most of its cells surely use", () => {
    fc.assert(
      fc.property(table, (grid) => {
        const read = readTable(grid, "T", SPECS, new IssueLog());
        expect(read.hints).toEqual(referenceHints(grid, read.rows));
      }),
      { numRuns: 300 }
    );
  });
});

describe("rowReaders", () => {
  it("visits every data row once, in order, and none of an empty table", () => {
    fc.assert(
      fc.property(table, (grid) => {
        const read = readTable(grid, "T", SPECS, new IssueLog());
        const visited: number[] = [];
        for (const r of rowReaders(grid, read, SPECS, new IssueLog())) visited.push(r.row);
        expect(visited).toEqual(read.rows);
        // Asked again, the rows come again from the first.
        const again: number[] = [];
        for (const r of rowReaders(grid, read, SPECS, new IssueLog())) again.push(r.row);
        expect(again).toEqual(read.rows);
      }),
      { numRuns: 300 }
    );
  });

  it("reads each row's own cells", () => {
    const grid: Grid = [["Mã", "Họ và tên"], ["CB1", "An"], [], ["CB2", "Bình"]];
    const read = readTable(grid, "T", SPECS, new IssueLog());
    const names: string[] = [];
    for (const r of rowReaders(grid, read, SPECS, new IssueLog())) names.push(r.text("name"));
    expect(names).toEqual(["An", "Bình"]);
  });
});

describe("RowReader.text", () => {
  /** The definition: NFC text, converted when legacy on its own or by its column's hint. */
  function referenceText(cell: CellValue | undefined, hint: LegacyEncoding | undefined): string {
    if (typeof cell !== "string") return normalizeText(plainText(cell));
    const text = normalizeText(cell);
    return detectLegacyText(text, hint)?.text ?? text;
  }

  it("reads every cell as the definition does, with or without its column's hint", () => {
    fc.assert(
      fc.property(table, (grid) => {
        const read = readTable(grid, "T", SPECS, new IssueLog());
        for (const r of rowReaders(grid, read, SPECS, new IssueLog())) {
          SPECS.forEach((spec, col) => {
            const expected = referenceText(grid[r.row]?.[col], read.hints.get(spec.field));
            expect(r.text(spec.field)).toBe(expected);
          });
        }
      }),
      { numRuns: 300 }
    );
  });
});
