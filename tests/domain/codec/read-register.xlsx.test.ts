/**
 * The codec on grids read from real .xlsx files (written here with exceljs) by the project's xlsx
 * adapter: what a user's workbook gives, with real dates, formulas and error values.
 */
import ExcelJS from "exceljs";
import { XlsxFileAdapter } from "../../../src/adapters/xlsx/xlsx-file.adapter";
import { readRegister } from "../../../src/domain/codec/read-register";
import type { CellValue, GridSet } from "../../../src/domain/grid";
import { DEFAULT_PARAMETER_VALUES } from "../../../src/domain/rulebook/parameters";
import { encodeTcvn3, encodeVni } from "../../../src/domain/text/legacy-encoding";
import { validateRegister } from "../../../src/domain/validation/validate-register";
import { codesAt, sampleSheets } from "../helpers/register-grids";

type Sheets = Record<string, CellValue[][]>;
type ExcelValue = ExcelJS.CellValue;

/** Writes the sheets with exceljs; `extra` sets cells (formulas, errors) after the plain values. */
async function xlsxGrids(
  sheets: Sheets,
  extra: (wb: ExcelJS.Workbook) => void = () => undefined
): Promise<GridSet> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value as ExcelValue;
        if (value instanceof Date) cell.numFmt = "dd/mm/yyyy";
      });
    });
  }
  extra(wb);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const port = XlsxFileAdapter.fromBytes(bytes);
  return port.readSheets(await port.listSheets());
}

describe("readRegister on .xlsx files", () => {
  it("reads the sample register as it reads its grids", async () => {
    const direct = readRegister(new Map(Object.entries(sampleSheets())));
    const fromFile = readRegister(await xlsxGrids(sampleSheets()));
    expect(fromFile.issues).toEqual([]);
    expect(validateRegister(fromFile.register, DEFAULT_PARAMETER_VALUES)).toEqual([]);
    const strip = (r: typeof direct.register) => ({
      ...r,
      settings: { ...r.settings, values: [...r.settings.values] },
    });
    expect(strip(fromFile.register)).toEqual(strip(direct.register));
  });

  it("reads title rows, reordered columns, legacy text, real dates, formulas and error values", async () => {
    const sheets = sampleSheets();
    sheets["Cán bộ"] = [
      ["DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2024"],
      [],
      [
        encodeTcvn3("Họ và tên"),
        "Mã đơn vị",
        "Cột của riêng đơn vị",
        "Mã CB",
        "Số tháng công tác",
        "Xếp loại",
        "Ngày sinh",
      ],
      [
        encodeTcvn3("Nguyễn Văn An"),
        "VP",
        "x",
        "CB001",
        12,
        "HTXSNV",
        new Date(Date.UTC(1975, 2, 12)),
      ],
      [encodeVni("Lê Thị Hoa"), "VP", null, "CB002", null, "HTTNV", "01/07/1988"],
      [],
      ["Phạm Minh Đức", "VP", null, 3, null, "HTTNV", null],
      ["Trần Thị Bình", "KHTC", null, "CB004", 12, "HTTNV", null],
      ["Võ Văn Kiệt", "KHTC", null, "CB005", 12, "HTTNV", null],
      ["Hoàng Ngọc Ánh", "KHTC", null, "CB006", 12, null, null],
    ];
    const grids = await xlsxGrids(sheets, (wb) => {
      const ws = wb.getWorksheet("Cán bộ");
      if (!ws) throw new Error("no sheet");
      ws.getCell("E5").value = { formula: "E4-1", result: 11 };
      ws.getCell("E7").value = {
        formula: "VLOOKUP(D7,X:Y,2,0)",
        result: { error: "#N/A" },
      };
    });
    const read = readRegister(grids);
    expect(codesAt(read.issues)).toEqual([
      "legacy-encoding@A4",
      "legacy-encoding@A5",
      "cell-error@E7",
    ]);
    expect(read.issues[0]?.message).toContain("Nguyễn Văn An");
    expect(
      read.register.staff.map((s) => [s.code, s.name, s.monthsWorked, s.birthDate?.year ?? null])
    ).toEqual([
      ["CB001", "Nguyễn Văn An", 12, 1975],
      ["CB002", "Lê Thị Hoa", 11, 1988],
      ["3", "Phạm Minh Đức", null, null],
      ["CB004", "Trần Thị Bình", 12, null],
      ["CB005", "Võ Văn Kiệt", 12, null],
      ["CB006", "Hoàng Ngọc Ánh", 12, null],
    ]);
    expect(read.register.staff[0]?.birthDate).toEqual({ year: 1975, month: 3, day: 12 });
    expect(read.register.staff[0]?.src.cells).toMatchObject({
      code: "D4",
      name: "A4",
      rating: "F4",
    });
  });
});
