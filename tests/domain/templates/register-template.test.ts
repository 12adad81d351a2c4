import { readRegister } from "../../../src/domain/codec/read-register";
import { PLEDGE_LABELS, SHEET } from "../../../src/domain/codec/register-layout";
import type { Grid, GridSet } from "../../../src/domain/grid";
import type { OutputSheet } from "../../../src/domain/output/sheet-spec";
import { DEFAULT_PARAMETER_VALUES } from "../../../src/domain/rulebook/parameters";
import {
  LISTS,
  registerTemplateSheets,
  unitSheets,
} from "../../../src/domain/templates/register-template";
import { validateRegister } from "../../../src/domain/validation/validate-register";
import { changed, codesAt, readSample, sampleGrids, setCell } from "../helpers/register-grids";

function gridOf(sheet: OutputSheet): Grid {
  return sheet.rows.map((row) => row.map((cell) => cell?.value ?? null));
}

function gridsOf(sheets: readonly OutputSheet[]): Map<string, Grid> {
  return new Map(sheets.map((s) => [s.name, gridOf(s)]));
}

describe("registerTemplateSheets", () => {
  const sheets = registerTemplateSheets();

  it("creates every input sheet of the contract", () => {
    expect(sheets.map((s) => s.name)).toEqual(Object.values(SHEET));
  });

  it("reads back as an empty register whose only issues ask for the year and agency", () => {
    const read = readRegister(gridsOf(sheets));
    expect(read.missingSheets).toEqual([]);
    expect(codesAt(read.issues)).toEqual(["missing-setting@B4", "missing-setting@B2"]);
    expect(read.register.units).toEqual([]);
    expect(read.register.settings.values.size).toBeGreaterThan(7);
  });

  it.each(sheets.map((s) => [s.name, s] as const))(
    "%s has a styled, frozen header and widths for every column",
    (_n, sheet) => {
      const headerRow = sheet.rows[0] ?? [];
      expect(headerRow.length).toBeGreaterThan(1);
      for (const cell of headerRow) expect(cell?.style).toBe("header");
      expect(sheet.styles.header?.bold).toBe(true);
      expect(sheet.freezeRows).toBe(1);
      expect(sheet.columnWidths).toHaveLength(headerRow.length);
    }
  );

  it.each([
    [SHEET.units, "F2:F2001", LISTS.ratings],
    [SHEET.staff, "F2:F2001", ["Nam", "Nữ"]],
    [SHEET.staff, "H2:H2001", ["có", "không"]],
    [SHEET.staff, "I2:I2001", LISTS.ratings],
    [SHEET.initiatives, "D2:D2001", ["Cơ sở", "Tỉnh", "Toàn quốc"]],
    [SHEET.criteria, "D2:D2001", ["Cộng", "Thưởng", "Trừ"]],
    [SHEET.votes, "B2:B2001", LISTS.votedAwards],
  ])("%s has the dropdown %s", (name, range, list) => {
    const sheet = sheets.find((s) => s.name === name);
    expect(sheet?.validations).toContainEqual({ range, list });
  });

  it("prefills Cấu hình with the contract's settings and the rulebook's parameters", () => {
    const labels = (sheets[0]?.rows ?? []).slice(1).map((r) => r[0]?.value);
    expect(labels.slice(0, 7)).toEqual([
      "Cơ quan",
      "Cơ quan cấp trên",
      "Năm",
      "Phong trào",
      "Hạn đăng ký",
      "Ngày xét",
      "Số thành viên Hội đồng",
    ]);
    expect(labels).toContain("Tỷ lệ HTXSNV tối đa");
  });

  it("offers dropdowns whose every item the codec reads", () => {
    const read = (sheet: string, cell: string, value: string) =>
      readRegister(
        changed((s) => {
          setCell(s, sheet, cell, value);
        })
      ).issues;
    for (const r of LISTS.ratings) expect(read("Cán bộ", "I2", r)).toEqual([]);
    for (const t of LISTS.individualTitles) expect(read("ĐK-VP", "D5", t)).toEqual([]);
    for (const a of LISTS.awards) expect(read("ĐK-VP", "E5", a)).toEqual([]);
    for (const t of LISTS.collectiveTitles) expect(read("ĐK-VP", "B1", t)).toEqual([]);
  });
});

describe("unitSheets", () => {
  const register = readSample(sampleGrids());
  const sheets = unitSheets(register, { protect: true });
  const pledge = sheets.find((s) => s.name === "ĐK-VP");
  const score = sheets.find((s) => s.name === "CĐ-VP");

  it("creates a pledge and a score sheet per unit, in unit order", () => {
    expect(sheets.map((s) => s.name)).toEqual(["ĐK-VP", "CĐ-VP", "ĐK-KHTC", "CĐ-KHTC"]);
  });

  it("puts the two labelled collective cells above the table and lists the unit's staff", () => {
    const grid = gridOf(pledge!);
    expect(grid[2]?.[0]).toBe(PLEDGE_LABELS.collectiveTitle);
    expect(grid[3]?.[0]).toBe(PLEDGE_LABELS.collectiveAward);
    expect(grid.slice(6).map((r) => r.slice(0, 3))).toEqual([
      [1, "CB001", "Nguyễn Văn An"],
      [2, "CB002", "Lê Thị Hoa"],
      [3, "CB003", "Phạm Minh Đức"],
      [4, "CB006", "Hoàng Ngọc Ánh"],
    ]);
  });

  it("leaves exactly the input cells editable", () => {
    expect(pledge?.protection?.editableRanges).toEqual(["D3", "D4", "D7:F10"]);
    // Criteria rows 4..9: 1 (parent), 1.1, 1.2, 2, 3, 4.
    expect(score?.protection?.editableRanges).toEqual(["D5:F9"]);
    expect(unitSheets(register, { protect: false }).every((s) => s.protection === undefined)).toBe(
      true
    );
  });

  it("has dropdowns on the collective cells and the title and award columns", () => {
    expect(pledge?.validations).toEqual([
      { range: "D3", list: LISTS.collectiveTitles },
      { range: "D4", list: LISTS.awards },
      { range: "D7:D10", list: LISTS.individualTitles },
      { range: "E7:E10", list: LISTS.awards },
    ]);
  });

  it("reads back, once filled in, as the unit's pledges and scores without issues", () => {
    const created = gridsOf(sheets);
    const filled = (grid: Grid, edits: Record<string, string | number>): Grid => {
      const rows = grid.map((r) => [...r]);
      for (const [a1, v] of Object.entries(edits)) {
        const col = a1.charCodeAt(0) - 65;
        const row = Number(a1.slice(1)) - 1;
        while ((rows[row] ?? []).length <= col) rows[row]?.push(null);
        const target = rows[row];
        if (target) target[col] = v;
      }
      return rows;
    };
    const grids: GridSet = new Map([
      ...[...sampleGrids()].filter(([n]) => !n.startsWith("ĐK-") && !n.startsWith("CĐ-")),
      ...[...created].map(([name, grid]): [string, Grid] => [
        name,
        name.startsWith("ĐK-")
          ? filled(grid, { D3: "Tập thể lao động tiên tiến", D7: "Lao động tiên tiến" })
          : filled(grid, {
              D5: 20,
              E5: 20,
              D6: 20,
              E6: 20,
              D7: 30,
              E7: 30,
              D8: 0,
              E8: 0,
              D9: 0,
              E9: 0,
            }),
      ]),
    ]);
    const read = readRegister(grids);
    expect(read.issues).toEqual([]);
    expect(validateRegister(read.register, DEFAULT_PARAMETER_VALUES)).toEqual([]);
    const vp = read.register.pledges.find((p) => p.unitCode === "VP");
    expect(vp?.collectiveTitle).toBe("TTLDTT");
    expect(vp?.rows.map((r) => [r.staffCode, r.title])).toEqual([
      ["CB001", "LDTT"],
      ["CB002", null],
      ["CB003", null],
      ["CB006", null],
    ]);
    expect(read.register.scoreSheets.find((s) => s.unitCode === "KHTC")?.rows).toHaveLength(6);
  });

  it("skips units whose code cannot name a sheet, and score sheets without criteria", () => {
    const odd = readSample(
      changed((s) => {
        setCell(s, "Đơn vị", "A6", "K/TC");
        s["Tiêu chí"] = [["Mã tiêu chí", "Nội dung", "Điểm tối đa"]];
      })
    );
    expect(unitSheets(odd, { protect: false }).map((s) => s.name)).toEqual(["ĐK-VP"]);
  });
});
