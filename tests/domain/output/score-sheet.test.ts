import { buildScoreSheet } from "../../../src/domain/output/score-sheet";
import { resolveParameters } from "../../../src/domain/rulebook/parameters";
import { scoreUnits } from "../../../src/domain/scoring/score-units";
import { criterion, register, scoreSheet, unit } from "../fixtures-rules/register-builder";
import { cell, rowWith, values } from "./sheet-helpers";

function build() {
  const reg = register({
    units: [
      unit("A", { name: "Văn phòng" }),
      unit("B", { name: "=Phòng Kế hoạch" }),
      unit("C", { name: "Thanh tra" }),
    ],
    criteria: [criterion("1", 60), criterion("2", 40)],
    scoreSheets: [
      scoreSheet("A", { "1": [60, 50], "2": [40, 40] }),
      scoreSheet("B", { "1": [55, 55], "2": [40, 38] }),
      scoreSheet("C", { "1": [50, null], "2": [40, 40] }),
    ],
  });
  const scoring = scoreUnits(reg, resolveParameters(reg.settings).values);
  return buildScoreSheet(reg, scoring);
}

describe("Kết quả chấm điểm", () => {
  const sheet = build();
  const header = rowWith(sheet, "Hội đồng chấm");

  it("has the title with the year and the header", () => {
    expect(sheet.name).toBe("Kết quả chấm điểm");
    expect(values(sheet)[1]![0]).toBe("KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024");
    expect(values(sheet)[header]).toEqual([
      "Hạng",
      "Mã đơn vị",
      "Tên đơn vị",
      "Tự chấm",
      "Hội đồng chấm",
      "Chênh lệch",
      "Xếp loại theo điểm Hội đồng",
      "Xếp loại của đơn vị",
      "Ghi chú",
    ]);
  });

  it("lists ranked units first, then the unranked with a note", () => {
    const rows = values(sheet).slice(header + 1, header + 4);
    expect(rows.map((r) => r.slice(0, 7))).toEqual([
      [1, "B", "=Phòng Kế hoạch", 95, 93, 2, "Hoàn thành xuất sắc nhiệm vụ"],
      [2, "A", "Văn phòng", 100, 90, 10, "Hoàn thành xuất sắc nhiệm vụ"],
      [null, "C", "Thanh tra", 90, null, null, ""],
    ]);
    expect(rows[2]![8]).toBe("Chưa xếp hạng: chưa đủ điểm Hội đồng chấm");
  });

  it("says when a unit has no score sheet at all", () => {
    const reg = register({ units: [unit("Z")], criteria: [criterion("1", 100)] });
    const empty = buildScoreSheet(reg, scoreUnits(reg, resolveParameters(reg.settings).values));
    expect(values(empty)[rowWith(empty, "Hạng") + 1]![8]).toBe("Chưa xếp hạng: chưa có trang CĐ-Z");
  });

  it("keeps a unit name starting with = as a text string", () => {
    const c = cell(sheet, header + 1, 2)!;
    expect(typeof c.value).toBe("string");
    expect(sheet.styles[c.style!]?.numberFormat).toBe("@");
  });

  it("adds the self-vs-council gaps, largest first, linked to the council score", () => {
    const section = rowWith(sheet, "CHÊNH LỆCH GIỮA ĐIỂM TỰ CHẤM VÀ ĐIỂM HỘI ĐỒNG CHẤM");
    expect(section).toBeGreaterThan(header);
    const rows = values(sheet).slice(section + 2);
    expect(rows.map((r) => [r[1], r[6], r[5]])).toEqual([
      ["A", "1", 10],
      ["B", "2", 2],
    ]);
    expect(cell(sheet, section + 2, 6)?.link).toEqual({
      sheet: "CĐ-A",
      cell: expect.stringMatching(/^E\d+$/),
    });
  });

  it("starts the gaps on a new printed page, their header taller, with no ranking header over them", () => {
    const section = rowWith(sheet, "CHÊNH LỆCH GIỮA ĐIỂM TỰ CHẤM VÀ ĐIỂM HỘI ĐỒNG CHẤM");
    expect(sheet.pageBreaksBefore).toEqual([section + 1]);
    expect(sheet.rowHeights?.[section + 1]).toBeGreaterThanOrEqual(30);
    expect(sheet.print?.repeatRows).toBeUndefined();
  });

  it("repeats the ranking header on every printed page when there are no gaps", () => {
    const reg = register({
      units: [unit("A", { name: "Văn phòng" })],
      criteria: [criterion("1", 60)],
      scoreSheets: [scoreSheet("A", { "1": [50, 50] })],
    });
    const even = buildScoreSheet(reg, scoreUnits(reg, resolveParameters(reg.settings).values));
    const top = rowWith(even, "Hội đồng chấm");
    expect(even.print?.repeatRows).toEqual([top + 1, top + 1]);
    expect(even.pageBreaksBefore).toEqual([]);
  });
});
