/**
 * One contract for every implementation of the workbook port (src/ports/workbook.port.ts): the
 * .xlsx file adapter (CLI), the in-memory workbook (browser preview, with the real .xlsx codec)
 * and the Office.js adapter over the recording fake of Excel. Each starts from the same user
 * workbook and must answer the same way.
 */
import { createMemoryWorkbookPort } from "../../src/adapters/memory/memory-workbook.adapter";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { xlsxPackageCodec } from "../../src/adapters/memory/xlsx-package-codec";
import { createOfficeWorkbook } from "../../src/adapters/office/office-workbook.adapter";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import type { CellValue, Grid } from "../../src/domain/grid";
import type { OutputSheet } from "../../src/domain/output/sheet-spec";
import type { WorkbookPort } from "../../src/ports/workbook.port";
import { FakeWorkbook, fakeHost } from "./office/fake-excel";

type Sheets = Readonly<Record<string, readonly (readonly (string | number)[])[]>>;

/** The user's workbook every adapter starts from. */
const USER_SHEETS: Sheets = {
  "Cấu hình": [
    ["Tham số", "Giá trị"],
    ["Năm", 2024],
  ],
  "Đơn vị": [
    ["Mã đơn vị", "Tên đơn vị"],
    ["VP", "Văn phòng Sở"],
    ["KHTC", "Phòng Kế hoạch - Tài chính"],
  ],
  "Ghi chú": [["Sổ của phòng, không phải trang của chương trình"]],
};

function spec(name: string, rows: readonly (readonly (string | number | null)[])[]): OutputSheet {
  return {
    name,
    styles: {},
    columnWidths: [20, 20],
    rows: rows.map((row) => row.map((value) => (value === null ? null : { value }))),
  };
}

/** An .xlsx package holding the user's sheets, made by the project's own writer. */
async function userPackage(): Promise<Uint8Array> {
  const blank = XlsxFileAdapter.blank();
  await blank.createSheets(Object.entries(USER_SHEETS).map(([name, rows]) => spec(name, rows)));
  return blank.toBytes();
}

const ADAPTERS: readonly [string, () => Promise<WorkbookPort>][] = [
  [".xlsx file adapter", async () => XlsxFileAdapter.fromBytes(await userPackage())],
  [
    "in-memory workbook",
    async () =>
      createMemoryWorkbookPort(
        await MemoryWorkbook.open(xlsxPackageCodec, await userPackage(), "so.xlsx")
      ),
  ],
  [
    "Office adapter (fake Excel)",
    () => {
      const workbook = new FakeWorkbook();
      for (const [name, rows] of Object.entries(USER_SHEETS)) workbook.addSheet(name, rows);
      return Promise.resolve(createOfficeWorkbook(fakeHost(workbook), { retryDelayMs: 0 }));
    },
  ],
];

/** A grid without trailing empty cells and rows, for comparing what adapters read. */
function trimmed(grid: Grid | undefined): CellValue[][] {
  const rows = (grid ?? []).map((row) => {
    const cells = [...row];
    while (cells.length > 0 && (cells[cells.length - 1] ?? null) === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

describe.each(ADAPTERS)("workbook port contract: %s", (_name, open) => {
  let port: WorkbookPort;
  beforeEach(async () => {
    port = await open();
  });

  it("lists every worksheet in tab order", async () => {
    expect(await port.listSheets()).toEqual(Object.keys(USER_SHEETS));
  });

  it("reads the named sheets' values and leaves out names it does not have", async () => {
    const grids = await port.readSheets(["Đơn vị", "Cấu hình", "Không có"]);
    expect([...grids.keys()].sort()).toEqual(["Cấu hình", "Đơn vị"]);
    expect(trimmed(grids.get("Đơn vị"))).toEqual(USER_SHEETS["Đơn vị"]);
    expect(trimmed(grids.get("Cấu hình"))).toEqual(USER_SHEETS["Cấu hình"]);
  });

  it("createSheets adds new sheets and skips the names already there, in any case", async () => {
    const result = await port.createSheets([
      spec("ĐK-VP", [["STT", "Mã CB"]]),
      spec("đơn vị", [["ghi đè?"]]),
    ]);
    expect(result).toEqual({ created: ["ĐK-VP"], skipped: ["đơn vị"] });
    expect(await port.listSheets()).toEqual([...Object.keys(USER_SHEETS), "ĐK-VP"]);
    const grids = await port.readSheets(["Đơn vị", "ĐK-VP"]);
    expect(trimmed(grids.get("Đơn vị"))).toEqual(USER_SHEETS["Đơn vị"]);
    expect(trimmed(grids.get("ĐK-VP"))).toEqual([["STT", "Mã CB"]]);
  });

  it("writeOutputSheets creates output sheets, then replaces them whole, leaving the user's sheets", async () => {
    await port.writeOutputSheets([
      spec("Kiểm tra", [
        ["Mức độ", "Trang"],
        ["Lỗi", "Đơn vị"],
        ["Cảnh báo", "Cán bộ"],
      ]),
    ]);
    await port.writeOutputSheets([spec("Kiểm tra", [["Không có lỗi", null]])]);
    const grids = await port.readSheets(await port.listSheets());
    expect(trimmed(grids.get("Kiểm tra"))).toEqual([["Không có lỗi"]]);
    for (const [name, rows] of Object.entries(USER_SHEETS)) {
      expect(trimmed(grids.get(name))).toEqual(rows);
    }
  });

  it("writes text that looks like a formula as text", async () => {
    await port.writeOutputSheets([spec("Kiểm tra", [['=HYPERLINK("http://x")', "+1", "-2"]])]);
    const grids = await port.readSheets(["Kiểm tra"]);
    expect(trimmed(grids.get("Kiểm tra"))).toEqual([['=HYPERLINK("http://x")', "+1", "-2"]]);
  });

  it("selects a cell and activates a sheet that exists", async () => {
    await expect(port.selectCell("Đơn vị", "B3")).resolves.toBeUndefined();
    await expect(port.activateSheet("Cấu hình")).resolves.toBeUndefined();
  });

  // The optional methods of issue 12 (merge, lock, log): every adapter has them.
  it("keeps a custom XML part by its namespace, replaces it and removes it", async () => {
    const ns = "urn:so-thi-dua:test:1";
    if (!port.readCustomXml || !port.writeCustomXml) throw new Error("custom XML parts missing");
    expect(await port.readCustomXml(ns)).toBeNull();
    await port.writeCustomXml(ns, `<ban-ghi xmlns="${ns}"><a>1</a></ban-ghi>`);
    await port.writeCustomXml("urn:khac", `<khac xmlns="urn:khac"/>`);
    expect(await port.readCustomXml(ns)).toContain("<a>1</a>");
    await port.writeCustomXml(ns, `<ban-ghi xmlns="${ns}"><a>2</a></ban-ghi>`);
    expect(await port.readCustomXml(ns)).toContain("<a>2</a>");
    expect(await port.readCustomXml(ns)).not.toContain("<a>1</a>");
    await port.writeCustomXml(ns, null);
    expect(await port.readCustomXml(ns)).toBeNull();
    expect(await port.readCustomXml("urn:khac")).toContain("khac");
  });

  it("writeCells writes a cell only while it holds the expected value, as text when text", async () => {
    if (!port.writeCells) throw new Error("writeCells missing");
    const result = await port.writeCells([
      { sheet: "Đơn vị", cell: "B2", expected: "Văn phòng Sở", value: "=Văn phòng" },
      { sheet: "Đơn vị", cell: "B3", expected: "giá trị cũ khác", value: "không ghi" },
      { sheet: "Đơn vị", cell: "C2", expected: null, value: 12.5 },
      { sheet: "Không có", cell: "A1", expected: null, value: 1 },
    ]);
    expect(result.written).toBe(2);
    expect(result.changedMeanwhile.map((u) => `${u.sheet}!${u.cell}`).sort()).toEqual(
      ["Đơn vị!B3", "Không có!A1"].sort()
    );
    const grid = trimmed((await port.readSheets(["Đơn vị"])).get("Đơn vị"));
    expect(grid).toEqual([
      ["Mã đơn vị", "Tên đơn vị"],
      ["VP", "=Văn phòng", 12.5],
      ["KHTC", "Phòng Kế hoạch - Tài chính"],
    ]);
  });

  it("appendRows creates the sheet with its header, then adds rows below the last one", async () => {
    if (!port.appendRows) throw new Error("appendRows missing");
    const log = spec("Nhật ký", [["STT", "Hành động"]]);
    await port.appendRows(log, [[1, "Khóa kết quả"]]);
    await port.appendRows(log, [
      [2, "=Mở khóa"],
      [3, "Gộp phiếu đơn vị"],
    ]);
    expect(await port.listSheets()).toEqual([...Object.keys(USER_SHEETS), "Nhật ký"]);
    const grid = trimmed((await port.readSheets(["Nhật ký"])).get("Nhật ký"));
    expect(grid).toEqual([
      ["STT", "Hành động"],
      [1, "Khóa kết quả"],
      [2, "=Mở khóa"],
      [3, "Gộp phiếu đơn vị"],
    ]);
  });
});
