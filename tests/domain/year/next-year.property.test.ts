/**
 * Next year's register loses no row of `Lịch sử`, `Sáng kiến`, `Cán bộ` or `Đơn vị`, whatever the
 * register holds (blank rows inside tables, extra columns, text that looks like a formula).
 */
import fc from "fast-check";
import { analyseRegister } from "../../../src/domain/analyse-register";
import { readRegister } from "../../../src/domain/codec/read-register";
import type { CellValue, GridSet } from "../../../src/domain/grid";
import type { OutputSheet } from "../../../src/domain/output/sheet-spec";
import { buildNextYear } from "../../../src/domain/year/next-year";
import { sampleSheets, toGridSet } from "../helpers/register-grids";

type Rows = CellValue[][];

function gridsOf(sheets: readonly OutputSheet[]): GridSet {
  return new Map(sheets.map((s) => [s.name, s.rows.map((r) => r.map((c) => c?.value ?? null))]));
}

const AWARD_TEXTS = [
  "Lao động tiên tiến",
  "Chiến sĩ thi đua cơ sở",
  "Bằng khen của Chủ tịch UBND tỉnh",
  "Hoàn thành tốt nhiệm vụ",
  "Tập thể lao động xuất sắc",
];

const registerArb = fc
  .record({
    units: fc.integer({ min: 1, max: 4 }),
    staff: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.string({ maxLength: 12 })), {
      minLength: 1,
      maxLength: 12,
    }),
    history: fc.array(
      fc.tuple(
        fc.nat(20),
        fc.integer({ min: 2015, max: 2023 }),
        fc.constantFrom(...AWARD_TEXTS),
        fc.option(fc.string({ maxLength: 8 }), { nil: null })
      ),
      { maxLength: 25 }
    ),
    initiatives: fc.array(fc.tuple(fc.nat(20), fc.string({ minLength: 1, maxLength: 20 })), {
      maxLength: 8,
    }),
    blankRows: fc.boolean(),
  })
  .map((r) => {
    const s = sampleSheets();
    const unitCodes = Array.from({ length: r.units }, (_v, i) => `DV${i + 1}`);
    s["Đơn vị"] = [
      ["Mã đơn vị", "Tên đơn vị", "Xếp loại", "Cột riêng"],
      ...unitCodes.map((c, i): CellValue[] => [c, `Đơn vị ${i + 1}`, "HTTNV", `=ghi chú ${i}`]),
    ];
    const staffCodes = r.staff.map((_v, i) => `CB${String(i + 1).padStart(3, "0")}`);
    s["Cán bộ"] = [
      ["Mã CB", "Họ và tên", "Mã đơn vị", "Xếp loại", "Kỷ luật", "Số tháng công tác", "Ghi chú"],
      ...r.staff.map(([u, note], i): CellValue[] => [
        staffCodes[i] ?? "",
        `Người số ${i + 1}`,
        unitCodes[u % unitCodes.length] ?? "DV1",
        i % 2 === 0 ? "Hoàn thành tốt nhiệm vụ" : null,
        i % 5 === 0 ? "Khiển trách" : null,
        i % 3 === 0 ? 8 : null,
        note,
      ]),
    ];
    const subjects = [...staffCodes, ...unitCodes];
    const history: Rows = [["Đối tượng", "Năm", "Danh hiệu / hình thức", "Số quyết định"]];
    r.history.forEach(([who, year, text, no], i) => {
      if (r.blankRows && i % 4 === 3) history.push([]);
      history.push([subjects[who % subjects.length] ?? "DV1", year, text, no]);
    });
    s["Lịch sử"] = history;
    s["Sáng kiến"] = [
      ["Mã CB", "Tên sáng kiến / đề tài", "Phạm vi ảnh hưởng"],
      ...r.initiatives.map(([who, title]): CellValue[] => [
        staffCodes[who % staffCodes.length] ?? "CB001",
        title,
        "Cơ sở",
      ]),
    ];
    // Only the sheets next-year copies or rebuilds from the register.
    return toGridSet(
      Object.fromEntries(
        Object.entries(s).filter(([name]) => !/^(ĐK|CĐ)-/.test(name) && name !== "Bình xét")
      )
    );
  });

describe("next year's register", () => {
  it("keeps every row of Lịch sử, Sáng kiến, Cán bộ and Đơn vị", () => {
    fc.assert(
      fc.property(registerArb, (grids) => {
        const outcome = analyseRegister(grids);
        if (outcome.kind !== "analysed") throw new Error(JSON.stringify(outcome.reason));
        const { register, proposals } = outcome.analysis;
        const next = buildNextYear(grids, register, proposals, { includeUndecided: true });
        if (next === null) throw new Error("no year");
        const after = readRegister(gridsOf(next.sheets)).register;
        expect(after.settings.year).toBe(2025);
        // Units and staff: every code, name and extra column; ratings cleared.
        expect(after.units.map((u) => [u.code, u.name, u.rating])).toEqual(
          register.units.map((u) => [u.code, u.name, null])
        );
        expect(after.staff.map((p) => [p.code, p.name, p.unitCode, p.note])).toEqual(
          register.staff.map((p) => [p.code, p.name, p.unitCode, p.note])
        );
        expect(after.staff.every((p) => p.rating === null && p.discipline === null)).toBe(true);
        const unitsGrid = gridsOf(next.sheets).get("Đơn vị") ?? [];
        expect(unitsGrid.slice(1).map((r) => r[3])).toEqual(
          (grids.get("Đơn vị") ?? []).slice(1).map((r) => r[3])
        );
        // Initiatives: all of them.
        expect(after.initiatives.map((i) => [i.staffCode, i.title])).toEqual(
          register.initiatives.map((i) => [i.staffCode, i.title])
        );
        // History: every earlier row first, in order, then this year's additions.
        const key = (h: {
          subject: string;
          year: number | null;
          text: string;
          decisionNo: string;
        }) => `${h.subject}|${String(h.year)}|${h.text}|${h.decisionNo}`;
        expect(after.history.slice(0, register.history.length).map(key)).toEqual(
          register.history.map(key)
        );
        expect(after.history.length).toBe(
          register.history.length + next.ratingsAdded + next.awardsAdded + next.undecidedAdded
        );
        const added = after.history.slice(register.history.length);
        expect(added.every((h) => h.year === 2024)).toBe(true);
        // Titles and awards carry their achievement period and kind (rules.md v2).
        for (const h of added.filter((x) => x.awardKey !== null)) {
          expect(h.periodTo).toBe(2024);
          expect(h.periodFrom).not.toBeNull();
          expect(h.awardKind).toBe("CONG_TRANG");
        }
      }),
      { numRuns: 40 }
    );
  }, 120_000);
});
