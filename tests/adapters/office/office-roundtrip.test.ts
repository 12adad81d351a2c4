/**
 * The real use cases and the real sheet specs (templates, output sheets) through the Office
 * adapter over the recording fake of Excel: what "Tạo sổ", "Tạo phiếu" and the runs write can be
 * read back by the same adapter, and the output sheets land where they should.
 */
import { checkRegister } from "../../../src/app/check-register";
import { OUTPUT_SHEET_NAMES } from "../../../src/domain/output/sheet-spec";
import { createRegister } from "../../../src/app/create-register";
import { createUnitSheets } from "../../../src/app/create-unit-sheets";
import { runRegister } from "../../../src/app/run-register";
import {
  createOfficeWorkbook,
  isProgramSheet,
} from "../../../src/adapters/office/office-workbook.adapter";
import { registerTemplateSheets } from "../../../src/domain/templates/register-template";
import { FakeWorkbook, fakeHost } from "./fake-excel";

function sampleWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet(
    "Cấu hình",
    [
      ["Tham số", "Giá trị"],
      ["Cơ quan", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"],
      ["Năm", 2024],
      ["Hạn đăng ký", 45322],
      ["Ngày xét", 45601],
      ["Số thành viên Hội đồng", 9],
    ],
    [[], [], [], ["General", "dd/mm/yyyy"], ["General", "dd/mm/yyyy"]]
  );
  wb.addSheet("Đơn vị", [
    ["Mã đơn vị", "Tên đơn vị", "Loại", "Thứ tự", "Trưởng đơn vị", "Xếp loại"],
    ["VP", "Văn phòng Sở", "Phòng", 1, "Nguyễn Văn An", "Hoàn thành xuất sắc nhiệm vụ"],
    ["KT", "Phòng Kế hoạch - Tài chính", "Phòng", 2, "Trần Thị Bình", "Hoàn thành tốt nhiệm vụ"],
  ]);
  wb.addSheet("Cán bộ", [
    ["Mã CB", "Họ và tên", "Mã đơn vị", "Chức vụ", "Xếp loại"],
    ["CB01", "Nguyễn Văn An", "VP", "Chánh Văn phòng", "Hoàn thành xuất sắc nhiệm vụ"],
    ["CB02", "=Trần Thị Bình", "KT", "Trưởng phòng", "Hoàn thành tốt nhiệm vụ"],
    ["CB03", "Lê Văn Cường", "KT", "Chuyên viên", "Hoàn thành tốt nhiệm vụ"],
  ]);
  wb.addSheet("Tiêu chí", [
    ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Loại"],
    ["1", "Công tác chuyên môn", 60, "Cộng"],
    ["2", "Công tác khác", 40, "Cộng"],
  ]);
  return wb;
}

describe("Office adapter with the real use cases", () => {
  it("Tạo sổ creates every template sheet in an empty workbook, and their structure reads back", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1", []);
    const port = createOfficeWorkbook(fakeHost(wb));
    const { created, skipped } = await createRegister(port);
    expect(created).toEqual(registerTemplateSheets().map((s) => s.name));
    expect(skipped).toEqual([]);
    expect((await port.listSheets()).filter((n) => !isProgramSheet(n))).toEqual([
      "Sheet1",
      ...created,
    ]);
    // Rendered as the templates describe them: tables, frozen headers, dropdowns, widths.
    const specs = registerTemplateSheets();
    expect(specs.some((s) => s.table) && specs.some((s) => s.validations?.length)).toBe(true);
    expect(wb.tableNames).toHaveLength(specs.filter((s) => s.table).length);
    for (const spec of specs) {
      const sheet = wb.sheet(spec.name)!;
      expect(sheet.frozenRows).toBe(spec.freezeRows ?? 0);
      expect(sheet.validations).toHaveLength(spec.validations?.length ?? 0);
      expect(sheet.formatOps.filter((op) => op.path === "columnWidth")).toHaveLength(
        spec.columnWidths.length
      );
    }
    const outcome = await checkRegister(port);
    expect(outcome.kind).toBe("analysed");
    if (outcome.kind === "analysed") {
      // The structure reads back: every sheet and header found (empty values are the user's to fill).
      const structural = outcome.analysis.issues.filter(
        (i) => i.code === "missing-sheet" || i.code === "missing-headers"
      );
      expect(structural).toEqual([]);
    }
    // Run again: everything is kept, nothing rewritten.
    const again = await createRegister(port);
    expect(again.created).toEqual([]);
    expect(again.skipped).toEqual(created);
  });

  it("Tạo phiếu adds protected pledge and score sheets per unit, never touching the others", async () => {
    const wb = sampleWorkbook();
    const port = createOfficeWorkbook(fakeHost(wb));
    const result = await createUnitSheets(port, { protect: true });
    expect(result.kind).toBe("created");
    if (result.kind !== "created") return;
    expect(result.created).toEqual(expect.arrayContaining(["ĐK-VP", "CĐ-VP", "ĐK-KT", "CĐ-KT"]));
    for (const name of result.created) {
      const sheet = wb.sheet(name)!;
      expect(sheet.protectedValue).toBe(true);
      expect(
        sheet.formatOps.some((op) => op.path === "protection.locked" && op.value === false)
      ).toBe(true);
    }
    const grids = await port.readSheets(["ĐK-KT"]);
    expect(JSON.stringify(grids.get("ĐK-KT"))).toContain("CB03");
  });

  it("the runs write the output sheets as text, replace them in place, and read them never", async () => {
    const wb = sampleWorkbook();
    const port = createOfficeWorkbook(fakeHost(wb));
    await createUnitSheets(port, { protect: false });
    const first = await runRegister(port, "all");
    expect(first.written).toEqual([...OUTPUT_SHEET_NAMES]);
    const order = wb.sheets.map((s) => s.name);
    const second = await runRegister(port, "all");
    expect(second.written).toEqual(first.written);
    expect(wb.sheets.map((s) => s.name)).toEqual(order);
    // The staff name typed as "=Trần Thị Bình" is data, never a formula, wherever it is written.
    for (const sheet of wb.sheets)
      for (const cell of sheet.cells.values()) expect(cell.formula === true).toBe(false);
  });
});
