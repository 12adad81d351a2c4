/**
 * Three years of a register on real .xlsx files (issue 11): year N is run, its decisions are
 * typed into the `Quyết định` sheet the program made, next-year builds N + 1, people type the new
 * year's ratings, pledges and votes, and so on; year N + 2's proposals stand on the decisions of
 * the two years before, recorded in `Lịch sử` by the tool itself, and a second Bằng khen inside
 * the first one's achievement period is refused.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { createDecisionSheet } from "../../src/app/create-decision-sheet";
import { nextYearRegister } from "../../src/app/next-year-register";
import { checkRegister } from "../../src/app/check-register";
import type { Analysis } from "../../src/domain/analyse-register";
import type { CellValue, Grid } from "../../src/domain/grid";
import type { OutputSheet, SpecCell } from "../../src/domain/output/sheet-spec";
import { DECISION_COLUMNS, DECISION_SHEET } from "../../src/domain/year/decision-layout";
import { reasonTexts } from "../../src/domain/messages/proposal-reason-text";

type Sheets = Map<string, CellValue[][]>;

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

function sheetOf(name: string, rows: readonly (readonly CellValue[])[]): OutputSheet {
  const cell = (v: CellValue): SpecCell | null => {
    if (v === null) return null;
    if (v instanceof Date) {
      return {
        value: Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 86400000),
        style: "date",
      };
    }
    if (typeof v === "object") return { value: v.error };
    return { value: v };
  };
  return {
    name,
    styles: { date: { numberFormat: "dd/mm/yyyy" } },
    columnWidths: [],
    rows: rows.map((r) => r.map(cell)),
  };
}

/** A new .xlsx file holding these sheets (how a person's edits reach the next step). */
async function save(file: string, sheets: Sheets): Promise<void> {
  const port = XlsxFileAdapter.blank();
  await port.createSheets([...sheets].map(([name, rows]) => sheetOf(name, rows)));
  await port.save(file);
}

/** Every sheet of a file as editable rows. */
async function open(file: string): Promise<Sheets> {
  const port = await XlsxFileAdapter.open(file);
  const names = await port.listSheets();
  const grids = await port.readSheets(names);
  return new Map([...grids].map(([n, g]: [string, Grid]) => [n, g.map((r) => [...r])]));
}

async function analyse(file: string): Promise<Analysis> {
  const outcome = await checkRegister(await XlsxFileAdapter.open(file));
  if (outcome.kind !== "analysed") throw new Error(JSON.stringify(outcome.reason));
  return outcome.analysis;
}

function headerIndex(rows: CellValue[][], header: string): { row: number; col: number } {
  for (let r = 0; r < rows.length; r++) {
    const c = (rows[r] ?? []).indexOf(header);
    if (c >= 0) return { row: r, col: c };
  }
  throw new Error(`no header ${header}`);
}

/** Sets `column` of the table row whose `keyHeader` cell is `key`. */
function setByKey(
  rows: CellValue[][],
  keyHeader: string,
  key: string,
  column: string,
  value: CellValue
): void {
  const k = headerIndex(rows, keyHeader);
  const c = headerIndex(rows, column).col;
  const row = rows.slice(k.row + 1).find((r) => r[k.col] === key);
  if (row === undefined) throw new Error(`no row ${key}`);
  while (row.length <= c) row.push(null);
  row[c] = value;
}

function sheet(sheets: Sheets, name: string): CellValue[][] {
  const rows = sheets.get(name);
  if (rows === undefined) throw new Error(`no sheet ${name}`);
  return rows;
}

/** What people type in a year: ratings, pledges, council votes. */
function typeYear(
  sheets: Sheets,
  pledges: readonly [string, string | null, string | null][],
  votes: readonly [string, string][]
): void {
  const staff = sheet(sheets, "Cán bộ");
  for (const code of ["CB001", "CB002"])
    setByKey(staff, "Mã CB", code, "Xếp loại", "Hoàn thành xuất sắc nhiệm vụ");
  setByKey(staff, "Mã CB", "CB003", "Xếp loại", "Hoàn thành tốt nhiệm vụ");
  for (const code of ["CB001", "CB002", "CB003"])
    setByKey(staff, "Mã CB", code, "Số tháng công tác", 12);
  setByKey(sheet(sheets, "Đơn vị"), "Mã đơn vị", "VP", "Xếp loại", "Hoàn thành xuất sắc nhiệm vụ");
  const pledge = sheet(sheets, "ĐK-VP");
  for (const [code, title, award] of pledges) {
    setByKey(pledge, "Mã CB", code, "Danh hiệu đăng ký", title);
    setByKey(pledge, "Mã CB", code, "Hình thức khen thưởng đăng ký", award);
  }
  const ballot = sheet(sheets, "Bình xét");
  for (const [code, title] of votes) ballot.push([code, title, 9, 9]);
}

/** The decisions of the year, typed into the sheet the program made: all granted. */
async function decideAll(file: string, out: string, year: number): Promise<number> {
  const port = await XlsxFileAdapter.open(file);
  const made = await createDecisionSheet(port);
  if (made.kind !== "written") throw new Error("no decisions sheet");
  await port.save(out);
  const sheets = await open(out);
  const rows = sheet(sheets, DECISION_SHEET);
  const header = headerIndex(rows, "Số quyết định").row;
  const col = (f: string): number => DECISION_COLUMNS.findIndex((c) => c.field === f);
  rows.slice(header + 1).forEach((r, i) => {
    if (r[col("subject")] === null) return;
    r[col("decisionNo")] = `${String(i + 1)}/QĐ-SKHCN`;
    r[col("decisionDate")] = utc(year, 12, 20);
    r[col("outcome")] = "Được khen";
  });
  await save(out, sheets);
  return made.rows.length;
}

function firstYear(): Sheets {
  return new Map<string, CellValue[][]>([
    [
      "Cấu hình",
      [
        ["Tham số", "Giá trị"],
        ["Cơ quan", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"],
        ["Năm", 2022],
        ["Phong trào", "Phong trào thi đua năm 2022"],
        ["Hạn đăng ký", utc(2022, 1, 31)],
        ["Số thành viên Hội đồng", 9],
      ],
    ],
    [
      "Đơn vị",
      [
        ["Mã đơn vị", "Tên đơn vị", "Xếp loại"],
        ["VP", "Văn phòng Sở", "Hoàn thành xuất sắc nhiệm vụ"],
      ],
    ],
    [
      "Cán bộ",
      [
        ["Mã CB", "Họ và tên", "Mã đơn vị", "Giới tính", "Xếp loại", "Số tháng công tác"],
        ["CB001", "Nguyễn Văn An", "VP", "Nam", null, null],
        ["CB002", "Trần Thị Bình", "VP", "Nữ", null, null],
        ["CB003", "Lê Văn Cường", "VP", "Nam", null, null],
      ],
    ],
    [
      "Lịch sử",
      [
        ["Đối tượng", "Năm", "Danh hiệu / hình thức", "Số quyết định", "Ngày quyết định"],
        ["VP", 2020, "Hoàn thành tốt nhiệm vụ", null, null],
      ],
    ],
    [
      "Sáng kiến",
      [
        [
          "Mã CB",
          "Tên sáng kiến / đề tài",
          "Loại",
          "Phạm vi ảnh hưởng",
          "Số quyết định",
          "Ngày công nhận",
        ],
        ["CB001", "Số hoá hồ sơ thi đua", "Sáng kiến", "Tỉnh", "5/QĐ-UBND", utc(2024, 3, 1)],
      ],
    ],
    [
      "Tiêu chí",
      [
        ["Mã tiêu chí", "Nội dung", "Điểm tối đa"],
        ["1", "Hoàn thành nhiệm vụ", 100],
      ],
    ],
    ["Bình xét", [["Đối tượng", "Danh hiệu / hình thức", "Số thành viên", "Số phiếu đồng ý"]]],
    [
      "ĐK-VP",
      [
        ["ĐĂNG KÝ THI ĐUA NĂM 2022"],
        [],
        ["Danh hiệu tập thể đăng ký", null, null, null],
        ["Hình thức khen thưởng tập thể đăng ký", null, null, null],
        [],
        [
          "STT",
          "Mã CB",
          "Họ và tên",
          "Danh hiệu đăng ký",
          "Hình thức khen thưởng đăng ký",
          "Ghi chú",
        ],
        [1, "CB001", "Nguyễn Văn An", null, null, null],
        [2, "CB002", "Trần Thị Bình", null, null, null],
        [3, "CB003", "Lê Văn Cường", null, null, null],
      ],
    ],
    [
      "CĐ-VP",
      [
        ["CHẤM ĐIỂM"],
        [],
        ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Tự chấm", "Hội đồng chấm", "Minh chứng"],
        ["1", "Hoàn thành nhiệm vụ", 100, 95, 94, null],
      ],
    ],
  ]);
}

describe("three years of the register on .xlsx files", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-3y-"));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const at = (name: string): string => path.join(dir, name);

  it("carries decisions into Lịch sử and grounds year N + 2's proposals on them", async () => {
    // Year N = 2022.
    const n = firstYear();
    typeYear(
      n,
      [
        ["CB001", "Chiến sĩ thi đua cơ sở", null],
        ["CB002", "Chiến sĩ thi đua cơ sở", null],
        ["CB003", "Lao động tiên tiến", null],
      ],
      [
        ["CB001", "Chiến sĩ thi đua cơ sở"],
        ["CB002", "Chiến sĩ thi đua cơ sở"],
      ]
    );
    await save(at("2022.xlsx"), n);
    const y2022 = await analyse(at("2022.xlsx"));
    const proposed = (a: Analysis, s: string, k: string) =>
      a.proposals.find((p) => p.subject === s && p.award === k)?.status;
    expect(
      y2022.proposals
        .filter((p) => p.status !== "proposed")
        .map((p) => `${p.subject}:${p.award}:${reasonTexts(p.reasons).join("|")}`)
    ).toEqual([]);
    expect(proposed(y2022, "CB001", "CSTDCS")).toBe("proposed");
    expect(await decideAll(at("2022.xlsx"), at("2022-qd.xlsx"), 2022)).toBeGreaterThanOrEqual(5);
    const before = fs.readFileSync(at("2022-qd.xlsx"));

    const next = await nextYearRegister(await XlsxFileAdapter.open(at("2022-qd.xlsx")), {
      includeUndecided: false,
    });
    if (next.kind !== "built") throw new Error(next.kind);
    expect(next.result.year).toBe(2023);
    expect(next.result.undecidedLeft).toBe(0);
    const port2023 = XlsxFileAdapter.blank();
    await port2023.createSheets(next.result.sheets);
    await port2023.save(at("2023.xlsx"));
    // FILE is never changed.
    expect(fs.readFileSync(at("2022-qd.xlsx")).equals(before)).toBe(true);

    // Year N + 1 = 2023: the tool's own history rows, fresh sheets.
    const y2023 = await open(at("2023.xlsx"));
    const history = sheet(y2023, "Lịch sử");
    const cstdcs2022 = history.find(
      (r) => r[0] === "CB001" && r[1] === 2022 && r[2] === "Chiến sĩ thi đua cơ sở"
    );
    expect(cstdcs2022?.[3]).toEqual(expect.stringMatching(/^\d+\/QĐ-SKHCN$/));
    expect(cstdcs2022?.slice(4, 8)).toEqual([utc(2022, 12, 20), 2022, 2022, "Công trạng"]);
    expect(
      history.some(
        (r) => r[0] === "CB001" && r[1] === 2022 && r[2] === "Hoàn thành xuất sắc nhiệm vụ"
      )
    ).toBe(true);
    expect(history.some((r) => r[0] === "VP" && r[1] === 2020)).toBe(true);
    expect(sheet(y2023, "Bình xét")).toHaveLength(1);
    expect(sheet(y2023, "Cấu hình").find((r) => r[0] === "Năm")?.[1]).toBe(2023);
    expect(sheet(y2023, "Cấu hình").find((r) => r[0] === "Hạn đăng ký")?.[1]).toEqual(
      utc(2023, 1, 31)
    );
    expect(
      sheet(y2023, "Cán bộ").every((r, i) => i === 0 || r[4] === null || r[4] === undefined)
    ).toBe(true);

    typeYear(
      y2023,
      [
        ["CB001", "Chiến sĩ thi đua cơ sở", null],
        ["CB002", "Chiến sĩ thi đua cơ sở", "Bằng khen của Chủ tịch UBND tỉnh"],
      ],
      [
        ["CB001", "Chiến sĩ thi đua cơ sở"],
        ["CB002", "Chiến sĩ thi đua cơ sở"],
      ]
    );
    setByKey(sheet(y2023, "CĐ-VP"), "Mã tiêu chí", "1", "Tự chấm", 95);
    setByKey(sheet(y2023, "CĐ-VP"), "Mã tiêu chí", "1", "Hội đồng chấm", 94);
    await save(at("2023.xlsx"), y2023);
    const a2023 = await analyse(at("2023.xlsx"));
    expect(proposed(a2023, "CB002", "BK_TINH")).toBe("proposed");
    await decideAll(at("2023.xlsx"), at("2023-qd.xlsx"), 2023);
    const next2 = await nextYearRegister(await XlsxFileAdapter.open(at("2023-qd.xlsx")), {
      includeUndecided: false,
    });
    if (next2.kind !== "built") throw new Error(next2.kind);
    const port2024 = XlsxFileAdapter.blank();
    await port2024.createSheets(next2.result.sheets);
    await port2024.save(at("2024.xlsx"));

    // Year N + 2 = 2024: CSTĐ cấp tỉnh after three CSTĐCS, two of them recorded by the tool.
    const y2024 = await open(at("2024.xlsx"));
    const bk = sheet(y2024, "Lịch sử").find(
      (r) => r[0] === "CB002" && r[2] === "Bằng khen của Chủ tịch UBND tỉnh"
    );
    expect(bk?.slice(5, 8)).toEqual([2022, 2023, "Công trạng"]);
    typeYear(
      y2024,
      [
        ["CB001", "Chiến sĩ thi đua cấp tỉnh", null],
        ["CB002", "Chiến sĩ thi đua cơ sở", "Bằng khen của Chủ tịch UBND tỉnh"],
      ],
      [
        ["CB001", "Chiến sĩ thi đua cơ sở"],
        ["CB001", "Chiến sĩ thi đua cấp tỉnh"],
        ["CB002", "Chiến sĩ thi đua cơ sở"],
      ]
    );
    setByKey(sheet(y2024, "CĐ-VP"), "Mã tiêu chí", "1", "Tự chấm", 95);
    setByKey(sheet(y2024, "CĐ-VP"), "Mã tiêu chí", "1", "Hội đồng chấm", 94);
    await save(at("2024.xlsx"), y2024);
    const a2024 = await analyse(at("2024.xlsx"));
    const cstdTinh = a2024.proposals.find((p) => p.subject === "CB001" && p.award === "CSTD_TINH");
    expect(cstdTinh?.status).toBe("proposed");
    // A Bằng khen refused inside the previous one's period (2022–2023, decided by the tool's own
    // Quyết định sheet in 2023): its grounds would reuse 2023.
    const bk2024 = a2024.proposals.find((p) => p.subject === "CB002" && p.award === "BK_TINH");
    expect(bk2024?.status).toBe("not_eligible");
    const periodReason = reasonTexts(bk2024?.reasons ?? []).find((r) => r.includes("2022–2023"));
    expect(periodReason).toEqual(expect.stringContaining("2023"));
    expect(periodReason).toMatch(/\d+\/QĐ-SKHCN/);
    expect(a2024.issues.filter((i) => i.severity === "error")).toEqual([]);
  }, 240_000);
});
