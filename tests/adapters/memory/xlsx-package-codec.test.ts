/**
 * The memory workbook over the project's real xlsx core: a workbook written by exceljs is read,
 * output sheets are written through the port, and the downloaded bytes open in exceljs with the
 * user's sheets intact and the new sheets added.
 */
import ExcelJS from "exceljs";
import { MemoryWorkbook } from "../../../src/adapters/memory/memory-workbook";
import { createMemoryWorkbookPort } from "../../../src/adapters/memory/memory-workbook.adapter";
import { xlsxPackageCodec } from "../../../src/adapters/memory/xlsx-package-codec";
import type { OutputSheet } from "../../../src/domain/output/sheet-spec";

async function userWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const staff = wb.addWorksheet("Cán bộ");
  staff.addRow(["Mã CB", "Họ và tên", "Ngày sinh", "Số tháng công tác"]);
  staff.addRow(["CB001", "Nguyễn Văn An", new Date(Date.UTC(1985, 2, 14)), 12]);
  staff.getCell("C2").numFmt = "dd/mm/yyyy";
  wb.addWorksheet("Đơn vị").addRow(["Mã đơn vị", "Tên đơn vị"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const checkSheet: OutputSheet = {
  name: "Kiểm tra",
  styles: { head: { bold: true } },
  columnWidths: [12, 40],
  rows: [
    [
      { value: "Mức", style: "head" },
      { value: "Nội dung", style: "head" },
    ],
    [{ value: "Lỗi" }, { value: "=1+1 vẫn là chữ" }],
  ],
};

describe("memory workbook over the xlsx package core", () => {
  it("reads sheet names, text, numbers and dates of a real workbook", async () => {
    const workbook = await MemoryWorkbook.open(xlsxPackageCodec, await userWorkbook(), "so.xlsx");
    const port = createMemoryWorkbookPort(workbook);
    expect(await port.listSheets()).toEqual(["Cán bộ", "Đơn vị"]);
    const grid = (await port.readSheets(["Cán bộ"])).get("Cán bộ")!;
    expect(grid[1]).toEqual(["CB001", "Nguyễn Văn An", new Date(Date.UTC(1985, 2, 14)), 12]);
  });

  it("writes output sheets that a download opens in exceljs, user sheets untouched", async () => {
    const workbook = await MemoryWorkbook.open(xlsxPackageCodec, await userWorkbook(), "so.xlsx");
    const port = createMemoryWorkbookPort(workbook);
    await port.writeOutputSheets([checkSheet]);
    await port.writeOutputSheets([checkSheet]); // a second run replaces, never duplicates

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(workbook.toBytes().slice().buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Cán bộ", "Đơn vị", "Kiểm tra"]);
    expect(wb.getWorksheet("Cán bộ")!.getCell("B2").value).toBe("Nguyễn Văn An");
    const check = wb.getWorksheet("Kiểm tra")!;
    expect(check.getCell("B2").value).toBe("=1+1 vẫn là chữ");
    expect(check.getCell("B2").formula).toBeUndefined();
    expect(wb.getWorksheet("Kiểm tra")!.getCell("A1").font.bold).toBe(true);
  });

  it("createSheets through the core skips an existing sheet and keeps its values", async () => {
    const workbook = await MemoryWorkbook.open(xlsxPackageCodec, await userWorkbook(), "so.xlsx");
    const port = createMemoryWorkbookPort(workbook);
    const result = await port.createSheets([
      { ...checkSheet, name: "cán bộ" },
      { ...checkSheet, name: "ĐK-VP" },
    ]);
    expect(result).toEqual({ created: ["ĐK-VP"], skipped: ["cán bộ"] });
    const grids = await port.readSheets(["Cán bộ", "ĐK-VP"]);
    expect(grids.get("Cán bộ")?.[1]?.[0]).toBe("CB001");
    expect(grids.get("ĐK-VP")?.[1]).toEqual(["Lỗi", "=1+1 vẫn là chữ"]);
  });

  it("rejects bytes that are not an .xlsx workbook with the core's Vietnamese reason", async () => {
    await expect(
      MemoryWorkbook.open(xlsxPackageCodec, new TextEncoder().encode("hello"), "x.xlsx")
    ).rejects.toThrow(/không phải sổ Excel/);
  });
});
