import fc from "fast-check";
import { MemoryWorkbook } from "../../../src/adapters/memory/memory-workbook";
import { createMemoryWorkbookPort } from "../../../src/adapters/memory/memory-workbook.adapter";
import { cellAddress } from "../../../src/domain/grid";
import type { OutputSheet } from "../../../src/domain/output/sheet-spec";
import { fakeBytes, fakeCodec } from "./fake-package-codec";

function sheet(name: string, ...values: (string | number)[]): OutputSheet {
  return { name, styles: {}, columnWidths: [], rows: values.map((v) => [{ value: v }]) };
}

async function openSample() {
  const codec = fakeCodec();
  const workbook = await MemoryWorkbook.open(
    codec,
    fakeBytes({ "Cấu hình": [["Tham số", "Giá trị"]], "Cán bộ": [["Mã CB"], ["CB001"]] }),
    "so.xlsx"
  );
  return { codec, workbook, port: createMemoryWorkbookPort(workbook) };
}

describe("memory workbook port", () => {
  it("lists sheets in tab order and reads only the names asked for", async () => {
    const { port } = await openSample();
    expect(await port.listSheets()).toEqual(["Cấu hình", "Cán bộ"]);
    const grids = await port.readSheets(["Cán bộ", "Không có"]);
    expect([...grids.keys()]).toEqual(["Cán bộ"]);
    expect(grids.get("Cán bộ")).toEqual([["Mã CB"], ["CB001"]]);
  });

  it("writes output sheets as new tabs, then replaces them whole on the next run", async () => {
    const { port, workbook } = await openSample();
    await port.writeOutputSheets([sheet("Kiểm tra", "a", "b"), sheet("Kết quả chấm điểm", 1)]);
    expect(await port.listSheets()).toEqual([
      "Cấu hình",
      "Cán bộ",
      "Kiểm tra",
      "Kết quả chấm điểm",
    ]);
    await port.writeOutputSheets([sheet("Kiểm tra", "c")]);
    expect((await port.readSheets(["Kiểm tra"])).get("Kiểm tra")).toEqual([["c"]]);
    expect(await port.listSheets()).toHaveLength(4);
    expect(workbook.getSnapshot().changedSheets).toEqual(["Kiểm tra", "Kết quả chấm điểm"]);
  });

  it("createSheets adds new sheets and skips existing names, whatever their case", async () => {
    const { port } = await openSample();
    const result = await port.createSheets([
      sheet("cán bộ", "x"),
      sheet("ĐK-VP", "y"),
      sheet("đk-vp", "z"),
    ]);
    expect(result).toEqual({ created: ["ĐK-VP"], skipped: ["cán bộ", "đk-vp"] });
    expect((await port.readSheets(["Cán bộ"])).get("Cán bộ")).toEqual([["Mã CB"], ["CB001"]]);
    expect((await port.readSheets(["ĐK-VP"])).get("ĐK-VP")).toEqual([["y"]]);
  });

  it("createSheets with nothing new does not touch the package", async () => {
    const { port, codec, workbook } = await openSample();
    const before = workbook.toBytes();
    const result = await port.createSheets([sheet("Cán bộ")]);
    expect(result.created).toEqual([]);
    expect(codec.writes).toBe(0);
    expect(workbook.toBytes()).toBe(before);
  });

  it("leaves bytes and sheets unchanged when a write fails (all or nothing)", async () => {
    const { port, codec, workbook } = await openSample();
    const before = workbook.getSnapshot();
    const bytes = workbook.toBytes();
    codec.failNextWrite = true;
    await expect(port.writeOutputSheets([sheet("Kiểm tra", "a")])).rejects.toThrow("disk full");
    expect(workbook.getSnapshot()).toBe(before);
    expect(workbook.toBytes()).toBe(bytes);
    // The queue is not stuck after a failure.
    await port.writeOutputSheets([sheet("Kiểm tra", "a")]);
    expect(await port.listSheets()).toContain("Kiểm tra");
  });

  it("concurrent createSheets never create the same name twice", async () => {
    const { port } = await openSample();
    const [first, second] = await Promise.all([
      port.createSheets([sheet("ĐK-A", 1)]),
      port.createSheets([sheet("đk-a", 2)]),
    ]);
    expect(first).toEqual({ created: ["ĐK-A"], skipped: [] });
    expect(second).toEqual({ created: [], skipped: ["đk-a"] });
    expect((await port.readSheets(["ĐK-A"])).get("ĐK-A")).toEqual([[1]]);
  });

  it("runs concurrent writes one after another, each on the previous result", async () => {
    const { port } = await openSample();
    await Promise.all([
      port.writeOutputSheets([sheet("Kiểm tra", 1)]),
      port.createSheets([sheet("ĐK-A", 2)]),
      port.createSheets([sheet("ĐK-B", 3)]),
    ]);
    expect(await port.listSheets()).toEqual(["Cấu hình", "Cán bộ", "Kiểm tra", "ĐK-A", "ĐK-B"]);
  });

  it.each([
    ["Cán bộ", "b2", "Cán bộ", "B2"],
    ["cán bộ", "$C$10", "Cán bộ", "C10"],
    ["Cấu hình", "A1:B3", "Cấu hình", "A1"],
  ])("selectCell(%s, %s) selects %s!%s and activates its sheet", async (s, c, sheetName, cell) => {
    const { port, workbook } = await openSample();
    await port.selectCell(s, c);
    const snap = workbook.getSnapshot();
    expect(snap.selection).toEqual({ sheet: sheetName, cell });
    expect(snap.activeSheet).toBe(sheetName);
  });

  it.each([
    ["Không có", "A1", /Không có trang tính/],
    ["Cán bộ", "1A", /Địa chỉ ô không hợp lệ/],
    ["Cán bộ", "", /Địa chỉ ô không hợp lệ/],
  ])("selectCell(%s, %s) rejects in Vietnamese", async (s, c, message) => {
    const { port, workbook } = await openSample();
    const before = workbook.getSnapshot();
    await expect(port.selectCell(s, c)).rejects.toThrow(message);
    expect(workbook.getSnapshot()).toBe(before);
  });

  it("activateSheet switches the active sheet and notifies subscribers once", async () => {
    const { port, workbook } = await openSample();
    const seen: (string | null)[] = [];
    const stop = workbook.subscribe(() => seen.push(workbook.getSnapshot().activeSheet));
    await port.activateSheet("Cán bộ");
    await port.activateSheet("Cán bộ");
    stop();
    await port.activateSheet("Cấu hình");
    expect(seen).toEqual(["Cán bộ"]);
    expect(workbook.getSnapshot().activeSheet).toBe("Cấu hình");
  });

  it("replace() opens another workbook and resets selection and changed sheets", async () => {
    const { port, workbook } = await openSample();
    await port.writeOutputSheets([sheet("Kiểm tra", 1)]);
    await port.selectCell("Kiểm tra", "A1");
    await workbook.replace(fakeBytes({ Khác: [[1]] }), "khac.xlsx");
    const snap = workbook.getSnapshot();
    expect(snap).toMatchObject({
      fileName: "khac.xlsx",
      sheetNames: ["Khác"],
      activeSheet: "Khác",
      selection: null,
      changedSheets: [],
    });
  });

  it("replace() with unreadable bytes rejects and keeps the open workbook", async () => {
    const { workbook } = await openSample();
    const before = workbook.getSnapshot();
    await expect(workbook.replace(new Uint8Array([1, 2, 3]), "x.xlsx")).rejects.toThrow();
    expect(workbook.getSnapshot()).toBe(before);
  });

  it("selects any cell address the grid helpers produce", async () => {
    const { port, workbook } = await openSample();
    await fc.assert(
      fc.asyncProperty(fc.nat(9999), fc.nat(700), async (row, col) => {
        await port.selectCell("Cán bộ", cellAddress(row, col).toLowerCase());
        expect(workbook.getSnapshot().selection?.cell).toBe(cellAddress(row, col));
      })
    );
  });

  it("marks cells by their worst severity, skips unknown sheets, and clears every mark", async () => {
    const { port, workbook } = await openSample();
    const bytes = workbook.toBytes();
    const result = await port.highlightCells!([
      { sheet: "Cán bộ", cell: "A2", severity: "warning" },
      { sheet: "cán bộ", cell: "a2", severity: "error" },
      { sheet: "Cán bộ", cell: "B2", severity: "error" },
      { sheet: "Cán bộ", cell: "B2", severity: "warning" },
      { sheet: "Không có", cell: "A1", severity: "error" },
    ]);
    expect(result).toEqual({ highlighted: 2, skippedSheets: ["Không có"] });
    const marks = workbook.getSnapshot().marks.get("Cán bộ");
    expect(Object.fromEntries(marks ?? [])).toEqual({ A2: "error", B2: "error" });
    expect(workbook.toBytes()).toBe(bytes); // marks never reach the package

    await port.highlightCells!([{ sheet: "Cấu hình", cell: "B3", severity: "warning" }]);
    expect([...workbook.getSnapshot().marks.keys()]).toEqual(["Cấu hình"]);
    await port.clearHighlights!();
    expect(workbook.getSnapshot().marks.size).toBe(0);
  });
});
