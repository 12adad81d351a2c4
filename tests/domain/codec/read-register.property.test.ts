import fc from "fast-check";
import { readRegister } from "../../../src/domain/codec/read-register";
import {
  CRITERIA_COLUMNS,
  HISTORY_COLUMNS,
  INITIATIVE_COLUMNS,
  PLEDGE_COLUMNS,
  PLEDGE_LABELS,
  SCORE_COLUMNS,
  SETTINGS_COLUMNS,
  SETTING_LABELS,
  STAFF_COLUMNS,
  UNIT_COLUMNS,
  VOTE_COLUMNS,
} from "../../../src/domain/codec/register-layout";
import {
  parseCellAddress,
  type CellValue,
  type Grid,
  type GridSet,
} from "../../../src/domain/grid";
import type { Issue } from "../../../src/domain/issue";
import { DEFAULT_PARAMETER_VALUES } from "../../../src/domain/rulebook/parameters";
import { encodeTcvn3, encodeVni } from "../../../src/domain/text/legacy-encoding";
import { validateRegister } from "../../../src/domain/validation/validate-register";

const LAYOUTS: Record<string, readonly { readonly header: string }[]> = {
  "Cấu hình": SETTINGS_COLUMNS,
  "Đơn vị": UNIT_COLUMNS,
  "Cán bộ": STAFF_COLUMNS,
  "Lịch sử": HISTORY_COLUMNS,
  "Sáng kiến": INITIATIVE_COLUMNS,
  "Tiêu chí": CRITERIA_COLUMNS,
  "Bình xét": VOTE_COLUMNS,
  "ĐK-VP": PLEDGE_COLUMNS,
  "ĐK-X": PLEDGE_COLUMNS,
  "CĐ-VP": SCORE_COLUMNS,
  "cd-khtc": SCORE_COLUMNS,
};

const words = [
  "VP",
  "KHTC",
  "CB001",
  "cb001",
  "1",
  "1.1",
  "2",
  "Nguyễn Văn An",
  encodeTcvn3("Trần Thị Bình"),
  encodeVni("Lê Hoàng Long"),
  "Lao động tiên tiến",
  "Giấy khen",
  "Tập thể lao động xuất sắc",
  "Chiến sĩ thi đua cơ sở",
  "HTXSNV",
  "Hoàn thành tốt nhiệm vụ",
  "có",
  "Nữ",
  "Tỉnh",
  "Thưởng",
  "Trừ",
  "Khiển trách",
  "8,5",
  "05/11/2024",
  "2024-02-30",
  "=SUM(A1)",
  "",
  "  ",
  ...Object.values(SETTING_LABELS),
  ...Object.values(PLEDGE_LABELS),
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...words) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc.oneof(fc.integer({ min: -5, max: 50000 }), fc.double({ noNaN: false })),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }, { error: "#DIV/0!" }),
  }
);

const row = fc.array(cellValue, { maxLength: 12 });

/** A sheet: random rows, often with the contract's header row (shuffled) somewhere near the top. */
function sheet(name: string): fc.Arbitrary<Grid> {
  const headers = (LAYOUTS[name] ?? []).map((c) => c.header);
  return fc
    .tuple(
      fc.array(row, { maxLength: 4 }),
      fc.option(fc.shuffledSubarray([...headers, "Cột thêm"], { minLength: headers.length }), {
        nil: null,
      }),
      fc.array(row, { maxLength: 12 })
    )
    .map(([above, header, below]) =>
      header === null ? [...above, ...below] : [...above, header, ...below]
    );
}

const gridSet: fc.Arbitrary<GridSet> = fc
  .tuple(
    fc.subarray(Object.keys(LAYOUTS)),
    fc.array(fc.constantFrom("Kiểm tra", "CÁN BỘ ", "đk-", "Sheet1"), { maxLength: 2 })
  )
  .chain(([names, extra]) =>
    fc.tuple(...[...names, ...extra].map((n) => sheet(n).map((g) => [n, g] as const)))
  )
  .map((entries) => new Map(entries));

function widthOf(grid: Grid): number {
  return grid.reduce((w, r) => Math.max(w, r.length), 0);
}

/** The property every issue must have: its cell, when given, is a cell of the sheet it names. */
function pointsIntoItsSheet(issue: Issue, grids: GridSet): boolean {
  if (issue.cell === null) return true;
  const at = parseCellAddress(issue.cell);
  if (at === null || issue.sheet === null) return false;
  const grid = grids.get(issue.sheet);
  if (grid === undefined) return false;
  return at.row < grid.length && at.col < widthOf(grid);
}

describe("readRegister on random grids", () => {
  it("never throws, and every issue names an existing cell of its sheet", () => {
    fc.assert(
      fc.property(gridSet, (grids) => {
        const read = readRegister(grids);
        const issues = [
          ...read.issues,
          ...validateRegister(read.register, DEFAULT_PARAMETER_VALUES),
        ];
        for (const issue of issues) {
          expect(issue.message.length).toBeGreaterThan(10);
          expect(["error", "warning"]).toContain(issue.severity);
          if (!pointsIntoItsSheet(issue, grids))
            throw new Error(`issue outside its sheet: ${JSON.stringify(issue)}`);
        }
      }),
      { numRuns: 300 }
    );
  });

  it("reports each problem of a cell once", () => {
    fc.assert(
      fc.property(gridSet, (grids) => {
        const read = readRegister(grids);
        const issues = [
          ...read.issues,
          ...validateRegister(read.register, DEFAULT_PARAMETER_VALUES),
        ];
        const keys = issues
          .filter((i) => i.cell !== null)
          .map((i) => `${i.sheet ?? ""}!${i.cell ?? ""} ${i.code}`);
        expect(keys.length).toBe(new Set(keys).size);
      }),
      { numRuns: 300 }
    );
  });

  it("gives every record a source row inside its sheet", () => {
    fc.assert(
      fc.property(gridSet, (grids) => {
        const { register } = readRegister(grids);
        const records = [
          ...register.units,
          ...register.staff,
          ...register.history,
          ...register.initiatives,
          ...register.criteria,
          ...register.votes,
          ...register.pledges.flatMap((p) => p.rows),
          ...register.scoreSheets.flatMap((s) => s.rows),
        ];
        for (const r of records) {
          const grid = grids.get(r.src.sheet);
          expect(grid).toBeDefined();
          expect(r.src.row).toBeGreaterThanOrEqual(1);
          expect(r.src.row).toBeLessThanOrEqual(grid?.length ?? 0);
        }
      }),
      { numRuns: 200 }
    );
  });

  it("reads any text cell as NFC text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (name) => {
        const grids: GridSet = new Map([
          [
            "Đơn vị",
            [
              ["Mã đơn vị", "Tên đơn vị"],
              ["VP", name.normalize("NFD")],
            ],
          ],
        ]);
        const unit = readRegister(grids).register.units[0];
        if (unit) expect(unit.name).toBe(unit.name.normalize("NFC"));
      })
    );
  });
});
