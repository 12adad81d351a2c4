/**
 * The Office.js adapter's methods for issue 12 and "Sang năm mới" over the recording fake of
 * Excel: a constant number of syncs whatever the number of cells or rows, text written as text,
 * compare-and-set refusing cells a co-author changed, and `Excel.createWorkbook` only where the
 * requirement set says it exists.
 */
import { createOfficeWorkbook } from "../../../src/adapters/office/office-workbook.adapter";
import { toBase64 } from "../../../src/adapters/office/new-workbook";
import { cellAddress } from "../../../src/domain/grid";
import { auditLogSheet } from "../../../src/domain/integrity/audit-log";
import type { CellUpdate } from "../../../src/ports/workbook.port";
import { FakeWorkbook, fakeHost } from "./fake-excel";

function scoreWorkbook(rows: number): FakeWorkbook {
  const wb = new FakeWorkbook();
  const grid: unknown[][] = [["STT", "Tiêu chí", "Điểm tự chấm"]];
  for (let i = 1; i <= rows; i++) grid.push([i, `TC${i}`, i % 5]);
  wb.addSheet("CĐ-VP", grid);
  return wb;
}

function updates(count: number): CellUpdate[] {
  return Array.from({ length: count }, (_v, i) => ({
    sheet: "CĐ-VP",
    cell: cellAddress(i + 1, 2),
    expected: String((i + 1) % 5),
    value: 9,
  }));
}

describe("Office adapter: writeCells", () => {
  it("compares and writes in the same number of syncs for 5 cells as for 2,000", async () => {
    const syncs: number[] = [];
    for (const count of [5, 2000]) {
      const wb = scoreWorkbook(2000);
      const port = createOfficeWorkbook(fakeHost(wb));
      const result = await port.writeCells(updates(count));
      expect(result).toEqual({ written: count, changedMeanwhile: [] });
      expect(wb.sheet("CĐ-VP")?.cell(count, 2).value).toBe(9);
      syncs.push(wb.totalSyncs);
    }
    expect(syncs[0]).toBe(syncs[1]);
    expect(syncs[0]).toBeLessThanOrEqual(3);
  });

  it("leaves a cell a co-author changed and reports it; writes text with the quote prefix", async () => {
    const wb = scoreWorkbook(3);
    const sheet = wb.sheet("CĐ-VP");
    if (sheet) sheet.cell(2, 2).value = 4; // someone typed 4 where the merge read 2
    const port = createOfficeWorkbook(fakeHost(wb));
    const result = await port.writeCells([
      { sheet: "CĐ-VP", cell: "C2", expected: "1", value: "=1+1" },
      { sheet: "CĐ-VP", cell: "C3", expected: "2", value: 7 },
    ]);
    expect(result.written).toBe(1);
    expect(result.changedMeanwhile.map((u) => u.cell)).toEqual(["C3"]);
    const c2 = wb.sheet("CĐ-VP")?.cell(1, 2);
    expect(c2?.value).toBe("=1+1");
    expect(c2?.formula).toBe(false);
    expect(wb.sheet("CĐ-VP")?.cell(2, 2).value).toBe(4);
  });

  it("writes a date as a serial and formats the cell as a date only when it is not one", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("ĐK-VP", [["Ngày"], [""]]);
    const port = createOfficeWorkbook(fakeHost(wb));
    await port.writeCells([
      { sheet: "ĐK-VP", cell: "A2", expected: null, value: new Date(Date.UTC(2024, 0, 31)) },
    ]);
    const cell = wb.sheet("ĐK-VP")?.cell(1, 0);
    expect(cell?.value).toBe(45322);
    expect(cell?.format).toBe("dd/mm/yyyy");
  });
});

describe("Office adapter: appendRows", () => {
  it("appends below the last used row in one batch, text formatted as text", async () => {
    const wb = new FakeWorkbook();
    const log = auditLogSheet([[1, "01/01/2024 08:00:00", "Tạo sổ", "", "", "", "", "abc"]]);
    wb.addSheet(
      "Nhật ký",
      log.rows.map((row) => row.map((c) => c?.value ?? ""))
    );
    const host = fakeHost(wb);
    const port = createOfficeWorkbook(host);
    const rows = Array.from({ length: 300 }, (_v, i) => [i + 2, "=không phải công thức", "007"]);
    await port.appendRows(log, rows);
    const sheet = wb.sheet("Nhật ký");
    expect(sheet?.cell(2, 0).value).toBe(2);
    expect(sheet?.cell(2, 1).value).toBe("=không phải công thức");
    expect(sheet?.cell(2, 1).formula).toBe(false);
    expect(sheet?.cell(2, 2).format).toBe("@");
    expect(sheet?.cell(301, 0).value).toBe(301);
    expect(sheet?.cell(0, 0).value).toBe("STT");
    // Sheet names; last row and date system; the rows: whatever the number of rows.
    expect(host.lastContext().syncCount).toBe(3);
  });

  it("creates the sheet from its spec when absent, the rows under the header", async () => {
    const wb = new FakeWorkbook();
    const port = createOfficeWorkbook(fakeHost(wb));
    await port.appendRows(auditLogSheet(), [[1, "t", "Khóa kết quả"]]);
    const sheet = wb.sheet("Nhật ký");
    expect(sheet?.cell(0, 0).value).toBe("STT");
    expect(sheet?.cell(1, 2).value).toBe("Khóa kết quả");
  });
});

describe("Office adapter: custom XML parts", () => {
  it("reads and replaces a part in two syncs each", async () => {
    const wb = new FakeWorkbook();
    const host = fakeHost(wb);
    const port = createOfficeWorkbook(host);
    await port.writeCustomXml("urn:x", `<a xmlns="urn:x">1</a>`);
    expect(host.lastContext().syncCount).toBe(2);
    await port.writeCustomXml("urn:x", `<a xmlns="urn:x">2</a>`);
    expect(wb.xmlParts).toHaveLength(1);
    expect(await port.readCustomXml("urn:x")).toBe(`<a xmlns="urn:x">2</a>`);
    expect(host.lastContext().syncCount).toBe(2);
  });
});

describe("Office adapter: openNewWorkbook", () => {
  it("hands Excel.createWorkbook the bytes as base64", async () => {
    const host = fakeHost(new FakeWorkbook(), "1.8");
    const port = createOfficeWorkbook(host);
    const bytes = new Uint8Array(70_000).map((_v, i) => (i * 7) % 256);
    await port.openNewWorkbook?.(bytes);
    expect(host.opened).toHaveLength(1);
    expect(Buffer.from(host.opened[0] ?? []).equals(Buffer.from(bytes))).toBe(true);
    expect(toBase64(new Uint8Array([104, 105]))).toBe("aGk=");
  });

  it("is absent where the requirement set is missing", () => {
    const port = createOfficeWorkbook(fakeHost(new FakeWorkbook(), "1.7"));
    expect("openNewWorkbook" in port).toBe(false);
  });
});
