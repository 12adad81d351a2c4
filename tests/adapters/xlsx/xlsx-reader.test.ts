import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue, Grid } from "../../../src/domain/grid";
import { blankPackage } from "../../../src/adapters/xlsx/blank-package";
import { isDateFormat, serialToDate } from "../../../src/adapters/xlsx/date-formats";
import { OpcPackage, XlsxFormatError } from "../../../src/adapters/xlsx/opc-package";
import { putSheets } from "../../../src/adapters/xlsx/xlsx-writer";
import { XlsxReader } from "../../../src/adapters/xlsx/xlsx-reader";
import { minimalPackage, stylesWithFormats } from "../../helpers/xlsx/minimal-package";
import { workbookBytes } from "../../helpers/xlsx/package-parts";

function read(bytes: Uint8Array, sheet: string): Grid {
  const grid = new XlsxReader(OpcPackage.open(bytes)).readGrid(sheet);
  if (grid === undefined) throw new Error(`no sheet ${sheet}`);
  return grid;
}

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe("XlsxReader on workbooks written by exceljs", () => {
  let bytes: Uint8Array;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Cán bộ");
    ws.getCell("A1").value = "SỞ KHOA HỌC VÀ CÔNG NGHỆ";
    ws.mergeCells("A1:D1");
    // Header on row 3, columns in an unusual order, an extra column.
    ws.getRow(3).values = ["Họ và tên", "Ghi chú thêm", "Mã CB", "Ngày sinh", "Điểm", "Đạt"];
    ws.getRow(4).values = ["Nguyễn Thị Hương", null, "CB001", utc(1985, 8, 15), 8.5, true];
    ws.getCell("D4").numFmt = "dd/mm/yyyy";
    ws.getCell("A5").value = {
      richText: [{ text: "Trần ", font: { bold: true } }, { text: "Văn Thắng" }],
    };
    ws.getCell("C5").value = 42; // a code typed as a number stays a number here
    ws.getCell("E5").value = { formula: "E4*2", result: 17 };
    ws.getCell("F5").value = { formula: "E4>9", result: false };
    ws.getCell("B5").value = { formula: "VLOOKUP(1,X1:Y2,2,0)", result: { error: "#N/A" } };
    ws.getCell("D5").value = { formula: 'A5&"!"', result: "Trần Văn Thắng!" };
    ws.getCell("A7").value = "=SUM(A1) là văn bản";
    wb.addWorksheet("Khác").getCell("B2").value = "ở trang thứ hai";
    wb.addWorksheet("Đơn vị");
    bytes = await workbookBytes(wb);
  });

  it("lists worksheets in tab order", () => {
    expect(new XlsxReader(OpcPackage.open(bytes)).sheetNames()).toEqual([
      "Cán bộ",
      "Khác",
      "Đơn vị",
    ]);
  });

  it("reads title rows, headers in any order, shared strings, numbers, booleans and dates", () => {
    const grid = read(bytes, "Cán bộ");
    expect(grid[0]?.[0]).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(grid[1]).toEqual([]);
    expect(grid[2]).toEqual(["Họ và tên", "Ghi chú thêm", "Mã CB", "Ngày sinh", "Điểm", "Đạt"]);
    expect(grid[3]).toEqual(["Nguyễn Thị Hương", null, "CB001", utc(1985, 8, 15), 8.5, true]);
  });

  it("joins rich-text runs and reads formula cells by their cached value, errors as CellError", () => {
    const row = read(bytes, "Cán bộ")[4];
    expect(row?.[0]).toBe("Trần Văn Thắng");
    expect(row?.[1]).toEqual({ error: "#N/A" });
    expect(row?.[2]).toBe(42);
    expect(row?.[3]).toBe("Trần Văn Thắng!");
    expect(row?.[4]).toBe(17);
    expect(row?.[5]).toBe(false);
  });

  it("keeps text that looks like a formula as text", () => {
    expect(read(bytes, "Cán bộ")[6]?.[0]).toBe("=SUM(A1) là văn bản");
  });

  it("returns undefined for a sheet that does not exist and [] for an empty one", () => {
    const reader = new XlsxReader(OpcPackage.open(bytes));
    expect(reader.readGrid("Không có")).toBeUndefined();
    expect(reader.readGrid("Đơn vị")).toEqual([]);
    expect(reader.readGrid("Khác")).toEqual([[], [null, "ở trang thứ hai"]]);
  });

  it("reads dates in the 1904 date system", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Ngày");
    ws.getCell("A1").value = utc(2024, 1, 31);
    ws.getCell("A1").numFmt = "d/m/yyyy";
    const grid = read(await workbookBytes(wb), "Ngày");
    expect(grid[0]?.[0]).toEqual(utc(2024, 1, 31));
  });
});

describe("XlsxReader on hand-written packages", () => {
  it("reads inline strings, rich text without phonetic runs, cells without references and prefixes", () => {
    const bytes = minimalPackage({
      sheets: [
        {
          name: "A",
          rows:
            '<row r="2"><c r="B2" t="inlineStr"><is><t>Nội dung</t></is></c>' +
            '<c r="C2" t="inlineStr"><is><r><t>Ph</t></r><r><rPr><b/></rPr><t xml:space="preserve">ần </t></r><r><t>mềm</t></r></is></c></row>' +
            '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="str"><v>a &amp; b</v></c><c t="e"><v>#REF!</v></c><c t="b"><v>1</v></c></row>' +
            '<row r="5"><c r="A5" t="s"><v>2</v></c><c r="D5"><v>1.25E2</v></c><c r="E5" t="d"><v>2024-02-29T00:00:00Z</v></c></row>',
        },
        {
          name: "B",
          raw: true,
          rows: '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>có tiền tố</x:t></x:is></x:c><x:c r="B1"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>',
        },
      ],
      sharedStrings: [
        "<t>Mã CB</t>",
        '<r><t>Họ và </t></r><r><t>tên</t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh>',
        "<t>dòng_x000D_mới &lt;tag&gt;</t>",
      ],
    });
    const a = read(bytes, "A");
    expect(a[0]).toEqual([]);
    expect(a[1]).toEqual([null, "Nội dung", "Phần mềm"]);
    expect(a[2]).toEqual(["Mã CB", "Họ và tên", "a & b", { error: "#REF!" }, true]);
    expect(a[4]).toEqual(["dòng\rmới <tag>", null, null, 125, utc(2024, 2, 29)]);
    expect(read(bytes, "B")).toEqual([["có tiền tố", 3]]);
  });

  it.each([
    [14, undefined, true],
    [22, undefined, true],
    [45, undefined, true],
    [2, undefined, false],
    [49, undefined, false],
    [164, "dd/mm/yyyy", true],
    [164, "[$-42A]d mmmm yyyy", true],
    [164, "yyyy", true],
    [164, '0 "ngày"', false],
    [164, "[Red]0.00", false],
    [164, "#,##0\\d", false],
    [164, "General", false],
    [164, '0;"tháng"', false],
  ])("numFmt %i %s is a date: %s", (id, code, expected) => {
    expect(isDateFormat(id, code)).toBe(expected);
  });

  it("converts date-formatted serials by the workbook's styles, both date systems", () => {
    const styles = stylesWithFormats([0, 14, 164, 165], { 164: "dd/mm/yyyy", 165: '0 "ngày"' });
    const rows =
      '<row r="1"><c r="A1" s="0"><v>45000</v></c><c r="B1" s="1"><v>45000</v></c><c r="C1" s="2"><v>45000.75</v></c><c r="D1" s="3"><v>45000</v></c></row>';
    const v1900 = read(minimalPackage({ sheets: [{ name: "S", rows }], styles }), "S");
    expect(v1900[0]).toEqual([45000, utc(2023, 3, 15), utc(2023, 3, 15), 45000]);
    const v1904 = read(
      minimalPackage({ sheets: [{ name: "S", rows }], styles, date1904: true }),
      "S"
    );
    expect(v1904[0]?.[1]).toEqual(utc(2027, 3, 16));
  });

  it.each([
    [1, false, utc(1900, 1, 1)],
    [59, false, utc(1900, 2, 28)],
    [61, false, utc(1900, 3, 1)],
    [45292, false, utc(2024, 1, 1)],
    [0, true, utc(1904, 1, 1)],
    [43830, true, utc(2024, 1, 1)],
  ])("serial %i (1904: %s) is %s", (serial, d1904, expected) => {
    expect(serialToDate(serial, d1904)).toEqual(expected);
  });

  it.each([
    ["random bytes", new Uint8Array([1, 2, 3, 4, 5, 6]), /không phải sổ Excel/],
    [
      "an old .xls or encrypted file",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      /\.xls/,
    ],
    ["a broken zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), /hỏng|không phải/],
    ["an empty file", new Uint8Array([]), /không phải sổ Excel/],
  ])("refuses %s with an XlsxFormatError", (_label, bytes, message) => {
    expect(() => OpcPackage.open(bytes)).toThrow(XlsxFormatError);
    expect(() => OpcPackage.open(bytes)).toThrow(message);
  });
});

describe("writer → reader round trip (property)", () => {
  const cellArb: fc.Arbitrary<string | number | boolean | null> = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.constantFrom(
      "=SUM(A1)",
      "+84 912",
      "-",
      "@x",
      "_x000D_",
      "a\u0001b",
      "dòng\r\nmới",
      " đầu cuối "
    ),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null)
  );

  it("reads back exactly the values written (strings stay strings, never formulas)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const pkg = blankPackage();
        putSheets(
          pkg,
          [
            {
              name: "T",
              styles: {},
              columnWidths: [],
              rows: rows.map((r) => r.map((value) => ({ value }))),
            },
          ],
          "replace"
        );
        const grid = read(pkg.toBytes(), "T");
        const expected = rows.map((r) =>
          trimRow(r.map((v) => (v === "" ? null : Object.is(v, -0) ? 0 : v)))
        );
        expect(trimGrid(grid.map((r) => trimRow([...r])))).toEqual(trimGrid(expected));
      }),
      { numRuns: 150 }
    );
  });
});

function trimRow(row: CellValue[]): CellValue[] {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

function trimGrid(grid: CellValue[][]): CellValue[][] {
  const out = [...grid];
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
}
