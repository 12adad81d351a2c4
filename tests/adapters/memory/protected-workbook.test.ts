/**
 * The preview's memory workbook refuses the writes Excel's protection refuses (issue 10 item 5):
 * rows added to a protected sheet outside its input areas, any sheet added or replaced while the
 * workbook's structure is locked; each with Office's code `AccessDenied`, naming the sheet, and
 * nothing changed. The port says which sheets are protected, so the pane can name the one to
 * unprotect.
 */
import ExcelJS from "exceljs";
import { MemoryWorkbook } from "../../../src/adapters/memory/memory-workbook";
import { createMemoryWorkbookPort } from "../../../src/adapters/memory/memory-workbook.adapter";
import { xlsxPackageCodec } from "../../../src/adapters/memory/xlsx-package-codec";
import type { OutputSheet } from "../../../src/domain/output/sheet-spec";
import { OpcPackage } from "../../../src/adapters/xlsx/opc-package";
import { readWorkbookStructure } from "../../../src/adapters/xlsx/workbook-structure";

const log: OutputSheet = {
  name: "Nhật ký",
  styles: {},
  columnWidths: [8],
  rows: [[{ value: "STT" }]],
};
const check: OutputSheet = {
  name: "Kiểm tra",
  styles: {},
  columnWidths: [8],
  rows: [[{ value: "Mức" }]],
};

async function workbook(protect: (wb: ExcelJS.Workbook) => Promise<void> | void) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Cấu hình").addRow(["Tham số", "Giá trị"]);
  const logSheet = wb.addWorksheet("Nhật ký");
  logSheet.addRow(["STT", "Thời gian"]);
  const input = wb.addWorksheet("CĐ-VP");
  input.addRow(["Tiêu chí", "Tự chấm"]);
  await protect(wb);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const book = await MemoryWorkbook.open(xlsxPackageCodec, bytes, "so.xlsx");
  return { book, port: createMemoryWorkbookPort(book) };
}

describe("a protected workbook in the preview", () => {
  it("refuses rows added to a protected sheet, naming it, and says which sheets are protected", async () => {
    const { book, port } = await workbook(async (wb) => {
      await wb.getWorksheet("Nhật ký")!.protect("", {});
    });
    const before = book.toBytes();
    await expect(port.appendRows!(log, [[1, "05/11/2024"]])).rejects.toMatchObject({
      code: "AccessDenied",
      message: "“Nhật ký”",
    });
    expect(book.toBytes()).toBe(before);
    expect(await port.protectedSheets!(["Kiểm tra", "nhật ký", "Cấu hình"])).toEqual(["Nhật ký"]);
    // Other sheets are written as before; a protected sheet may still be replaced whole, as
    // Excel deletes a protected sheet.
    await port.writeOutputSheets([check]);
    expect(book.getSnapshot().sheetNames).toContain("Kiểm tra");
  });

  it("writes a protected sheet's input areas", async () => {
    const { book } = await workbook(async (wb) => {
      await wb.getWorksheet("CĐ-VP")!.protect("", {});
    });
    // exceljs writes no protectedRange: give the sheet one, as the program's unit sheets have.
    const withArea = await reopenWithInputArea(book.toBytes(), "CĐ-VP", "B2:B9");
    const open = createMemoryWorkbookPort(withArea);
    const written = await open.writeCells!([
      { sheet: "CĐ-VP", cell: "B2", value: 9, expected: null },
    ]);
    expect(written.written).toBe(1);
    await expect(
      open.writeCells!([{ sheet: "CĐ-VP", cell: "A2", value: "x", expected: null }])
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("adds and replaces no sheet while the workbook's structure is locked", async () => {
    // exceljs cannot lock a workbook's structure: the lock is added to its workbook.xml.
    const { book, port } = await workbook(() => undefined);
    const locked = await reopenWithLockedStructure(book.toBytes());
    const lockedPort = createMemoryWorkbookPort(locked);
    await expect(lockedPort.writeOutputSheets([check])).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(locked.getSnapshot().sheetNames).not.toContain("Kiểm tra");
    expect(await lockedPort.protectedSheets!(["Kiểm tra"])).toEqual([]);
    // The same workbook unlocked takes the sheet.
    await port.writeOutputSheets([check]);
    expect(book.getSnapshot().sheetNames).toContain("Kiểm tra");
  });
});

async function reopenWithInputArea(
  bytes: Uint8Array,
  sheet: string,
  range: string
): Promise<MemoryWorkbook> {
  const pkg = OpcPackage.open(bytes);
  const entry = readWorkbookStructure(pkg).sheets.find((s) => s.name === sheet)!;
  const xml = pkg.getText(entry.path)!;
  pkg.set(
    entry.path,
    xml.replace(
      /(<sheetProtection[^>]*\/>)/,
      `$1<protectedRanges><protectedRange name="VungNhap1" sqref="${range}"/></protectedRanges>`
    )
  );
  return MemoryWorkbook.open(xlsxPackageCodec, pkg.toBytes(), "so.xlsx");
}

async function reopenWithLockedStructure(bytes: Uint8Array): Promise<MemoryWorkbook> {
  const pkg = OpcPackage.open(bytes);
  const path = readWorkbookStructure(pkg).workbookPath;
  const xml = pkg.getText(path)!;
  pkg.set(path, xml.replace(/(<bookViews|<sheets>)/, '<workbookProtection lockStructure="1"/>$1'));
  return MemoryWorkbook.open(xlsxPackageCodec, pkg.toBytes(), "so.xlsx");
}
