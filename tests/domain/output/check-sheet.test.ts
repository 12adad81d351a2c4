import type { Issue } from "../../../src/domain/issue";
import { buildCheckSheet } from "../../../src/domain/output/check-sheet";
import { cell, rowWith, values } from "./sheet-helpers";

const issues: Issue[] = [
  {
    severity: "warning",
    code: "unit-rating-missing",
    sheet: "Đơn vị",
    cell: "F3",
    message: "Đơn vị chưa xếp loại.",
  },
  {
    severity: "error",
    code: "duplicate-code",
    sheet: "Cán bộ",
    cell: "A7",
    message: "=SUM(A1) là mã trùng",
  },
  {
    severity: "warning",
    code: "scoring-no-criteria",
    sheet: "Tiêu chí",
    cell: null,
    message: "Chưa có tiêu chí.",
  },
  { severity: "error", code: "missing-setting", sheet: null, cell: null, message: "Thiếu năm." },
];

describe("Kiểm tra", () => {
  const sheet = buildCheckSheet(issues);
  const header = rowWith(sheet, "Mức độ");

  it("has a title, the counts and a header", () => {
    expect(sheet.name).toBe("Kiểm tra");
    expect(values(sheet)[0]![0]).toBe("KẾT QUẢ KIỂM TRA SỔ THI ĐUA");
    expect(values(sheet)[1]![0]).toBe("Lỗi: 2 · Cảnh báo: 2");
    expect(values(sheet)[header]).toEqual(["STT", "Mức độ", "Trang", "Ô", "Nội dung", "Mã"]);
    expect(sheet.freezeRows).toBe(header + 1);
    expect(sheet.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      repeatRows: [header + 1, header + 1],
    });
  });

  it("lists errors first, keeping the order within each severity", () => {
    const rows = values(sheet).slice(header + 1);
    expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual([
      [1, "Lỗi", "duplicate-code"],
      [2, "Lỗi", "missing-setting"],
      [3, "Cảnh báo", "unit-rating-missing"],
      [4, "Cảnh báo", "scoring-no-criteria"],
    ]);
  });

  it("links each issue to its cell, and leaves the cell empty when no single cell is at fault", () => {
    expect(cell(sheet, header + 1, 3)).toMatchObject({
      value: "A7",
      link: { sheet: "Cán bộ", cell: "A7" },
    });
    expect(cell(sheet, header + 4, 3)).toEqual(expect.objectContaining({ value: "" }));
    expect(cell(sheet, header + 4, 3)?.link).toBeUndefined();
  });

  it("keeps a message starting with = as a plain string", () => {
    const message = cell(sheet, header + 1, 4)!;
    expect(message.value).toBe("=SUM(A1) là mã trùng");
    expect(sheet.styles[message.style!]?.numberFormat).toBe("@");
  });

  it("says so when there is nothing to report", () => {
    const empty = buildCheckSheet([]);
    expect(values(empty)[1]![0]).toBe("Lỗi: 0 · Cảnh báo: 0");
    expect(rowWith(empty, "Không có lỗi hay cảnh báo nào.")).toBeGreaterThan(0);
  });

  it("refers only to styles it defines, and merges within its columns", () => {
    for (const row of sheet.rows)
      for (const c of row) if (c?.style) expect(sheet.styles[c.style]).toBeDefined();
    for (const m of sheet.merges ?? []) expect(m).toMatch(/^[A-F]\d+:[A-F]\d+$/);
  });
});
