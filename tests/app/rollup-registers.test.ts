/** The province's roll-up on real .xlsx registers (issue 12, item 5). */
import * as fs from "node:fs";
import * as path from "node:path";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { checkRegister } from "../../src/app/check-register";
import { rollupRegisters } from "../../src/app/rollup-registers";
import type { Rollup } from "../../src/domain/rollup/rollup-proposals";

jest.setTimeout(60_000);

const SAMPLE = fs.readFileSync(
  path.resolve(__dirname, "..", "..", "assets", "sample-register.xlsx")
);

async function withAgency(agency: string): Promise<Uint8Array> {
  const port = XlsxFileAdapter.fromBytes(SAMPLE);
  const grid = (await port.readSheets(["Cấu hình"])).get("Cấu hình") ?? [];
  const row = grid.findIndex((r) => r[0] === "Cơ quan");
  const current = grid[row]?.[1];
  await port.writeCells([
    {
      sheet: "Cấu hình",
      cell: `B${row + 1}`,
      expected: typeof current === "string" ? current : null,
      value: agency,
    },
  ]);
  return port.toBytes();
}

let rollup: Rollup;
let out: XlsxFileAdapter;
let aboveSo: { award: string; subject: string; decidedBy: string }[];

beforeAll(async () => {
  const analysed = await checkRegister(XlsxFileAdapter.fromBytes(SAMPLE));
  if (analysed.kind !== "analysed") throw new Error("unusable");
  aboveSo = analysed.analysis.proposals.filter(
    (p) => p.status === "proposed" && p.decidedBy !== "Giám đốc Sở"
  );
  out = XlsxFileAdapter.blank();
  rollup = await rollupRegisters(
    [
      { file: "so-khcn.xlsx", port: XlsxFileAdapter.fromBytes(SAMPLE) },
      {
        file: "so-tp.xlsx",
        port: XlsxFileAdapter.fromBytes(await withAgency("Sở Tư pháp tỉnh Hà Tĩnh")),
      },
      { file: "so-khcn-ban-sao.xlsx", port: XlsxFileAdapter.fromBytes(SAMPLE) },
    ],
    out,
    "Tổng hợp thử"
  );
});

describe("tdkt rollup", () => {
  it("lists every proposal above the Sở, one list per deciding authority, each row traced to its file", () => {
    expect(aboveSo.length).toBeGreaterThan(0);
    const authorities = [...new Set(aboveSo.map((p) => p.decidedBy))].sort();
    expect(rollup.lists.map((l) => l.authority).sort()).toEqual(authorities);
    for (const list of rollup.lists) {
      const expected = aboveSo.filter((p) => p.decidedBy === list.authority).length;
      expect(list.rows).toHaveLength(expected * 2);
      expect(list.rows.filter((r) => r.file === "so-khcn.xlsx")).toHaveLength(expected);
      expect(list.rows.filter((r) => r.file === "so-tp.xlsx")).toHaveLength(expected);
    }
  });

  it("flags the same person proposed for the same award by two registers (not two agencies' collectives)", () => {
    const people = rollup.lists.flatMap((l) => l.rows).filter((r) => r.kind === "individual");
    expect(people.length).toBeGreaterThan(0);
    const collectives = rollup.lists.flatMap((l) => l.rows).filter((r) => r.kind === "collective");
    expect(collectives.every((r) => r.duplicate === null)).toBe(true);
    for (const list of rollup.lists) {
      const rows = list.rows.filter((r) => r.kind === "individual");
      const fromSecond = rows.filter((r) => r.file === "so-tp.xlsx");
      expect(
        fromSecond.every((r) => r.duplicate?.kind === "of" && r.duplicate.file === "so-khcn.xlsx")
      ).toBe(true);
      const fromFirst = rows.filter((r) => r.file === "so-khcn.xlsx");
      expect(fromFirst.every((r) => r.duplicate?.kind === "later")).toBe(true);
    }
  });

  it("takes a register given twice only once, and says so", () => {
    expect(rollup.files.map((f) => [f.file, f.repeats])).toEqual([
      ["so-khcn.xlsx", null],
      ["so-tp.xlsx", null],
      ["so-khcn-ban-sao.xlsx", "so-khcn.xlsx"],
    ]);
  });

  it("writes the summary and one intake sheet per authority with the official columns", async () => {
    const names = await out.listSheets();
    expect(names).toEqual(["Tổng hợp", ...rollup.lists.map((l) => l.authority)]);
    const first = rollup.lists[0];
    if (first === undefined) throw new Error("no list");
    const grid = (await out.readSheets([first.authority])).get(first.authority) ?? [];
    expect(grid[3]?.slice(0, 8)).toEqual([
      "STT",
      "Tên tập thể / cá nhân",
      "Chức vụ",
      "Đơn vị",
      "Cơ quan đề nghị",
      "Danh hiệu / hình thức",
      "Căn cứ",
      "Kết quả bỏ phiếu",
    ]);
    expect(grid[4]?.[0]).toBe(1);
    expect(grid[4]?.[9]).toBe("so-khcn.xlsx");
  });
});
