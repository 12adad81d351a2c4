/**
 * Units' files out and back on real .xlsx files (issue 12, items 1 and 2): the split's files, each
 * detection of the merge planted once, conflicts cell by cell, and split → fill → merge giving the
 * same register as filling it in place.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { OpcPackage } from "../../src/adapters/xlsx/opc-package";
import { readInputGrids } from "../../src/app/read-workbook";
import { mergeUnitFiles, splitUnitFiles, type MergeOptions } from "../../src/app/unit-files";
import { parseCellAddress, type CellValue, type GridSet } from "../../src/domain/grid";
import { normalisedValue } from "../../src/domain/integrity/normalised-value";
import { AUDIT_LOG_SHEET, readAuditLog } from "../../src/domain/integrity/audit-log";
import { MERGE_REPORT_SHEET } from "../../src/domain/unit-files/merge-report-sheet";
import type { ReturnedFile } from "../../src/domain/unit-files/plan-merge";
import { sheetValues } from "../../src/domain/unit-files/sheet-values";
import type { UnitFile } from "../../src/domain/unit-files/split-register";
import { encodeTcvn3 } from "../../src/domain/text/legacy-encoding";
import type { WorkbookPort } from "../../src/ports/workbook.port";

jest.setTimeout(60_000);

const SAMPLE = fs.readFileSync(
  path.resolve(__dirname, "..", "..", "assets", "sample-register.xlsx")
);
const OPTIONS: MergeOptions = { force: false, time: "30/11/2026 22:00:00", hostUser: "Văn phòng" };

type Edits = readonly (readonly [sheet: string, cell: string, value: CellValue])[];

/** Writes cells of a saved file as a person would, and saves it again. */
async function fill(bytes: Uint8Array, edits: Edits): Promise<Uint8Array> {
  const port = XlsxFileAdapter.fromBytes(bytes);
  const grids = await port.readSheets([...new Set(edits.map((e) => e[0]))]);
  const result = await port.writeCells(
    edits.map(([sheet, cell, value]) => {
      const at = parseCellAddress(cell);
      const current = at === null ? null : (grids.get(sheet)?.[at.row]?.[at.col] ?? null);
      return { sheet, cell, expected: normalisedValue(current), value };
    })
  );
  expect(result.changedMeanwhile).toEqual([]);
  return port.toBytes();
}

async function unitFileBytes(file: UnitFile): Promise<Uint8Array> {
  const workbook = XlsxFileAdapter.blank();
  await workbook.createSheets(file.sheets);
  return workbook.toBytes();
}

async function returned(bytes: Uint8Array, name: string): Promise<ReturnedFile> {
  const port = XlsxFileAdapter.fromBytes(bytes);
  return { file: name, grids: await port.readSheets(await port.listSheets()) };
}

let files: readonly UnitFile[];
let vpFile: Uint8Array;

beforeAll(async () => {
  const outcome = await splitUnitFiles(XlsxFileAdapter.fromBytes(SAMPLE));
  if (outcome.kind !== "split") throw new Error(JSON.stringify(outcome.reason));
  files = outcome.files;
  const vp = files.find((f) => f.unit === "VP");
  if (vp === undefined) throw new Error("no VP file");
  vpFile = await unitFileBytes(vp);
});

/** Values of every sheet but the program's log and report, for comparing registers. */
function registerValues(grids: GridSet): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [name, grid] of grids) {
    if (name === AUDIT_LOG_SHEET || name === MERGE_REPORT_SHEET) continue;
    out[name] = { ...sheetValues(grid) };
  }
  return out;
}

async function merge(
  register: Uint8Array,
  returnedFiles: readonly ReturnedFile[],
  options: Partial<MergeOptions> = {}
) {
  const port = XlsxFileAdapter.fromBytes(register);
  const outcome = await mergeUnitFiles(port, returnedFiles, { ...OPTIONS, ...options });
  if (outcome.kind !== "merged") throw new Error("unsupported");
  return { outcome, bytes: port.toBytes(), grids: await readInputGrids(port) };
}

const VP_FILL: Edits = [
  ["CĐ-VP", "D7", 18],
  ["CĐ-VP", "F7", "Báo cáo tổng kết năm 2024 (bản ký)"],
  ["CĐ-VP", "D10", 4],
  ["ĐK-VP", "C5", "Tập thể lao động tiên tiến"],
  ["ĐK-VP", "D11", "Chiến sĩ thi đua cơ sở"],
  ["ĐK-VP", "F12", "Chuyển công tác tháng 12"],
];

describe("tdkt split: one file per unit", () => {
  it("makes one file per unit with its sheets, instructions and a very hidden stamp", async () => {
    expect(files.map((f) => f.unit)).toEqual([
      "VP",
      "KHTC",
      "QLKH",
      "QLCN",
      "QLCNG",
      "TTRA",
      "CCTDC",
      "TTUD",
      "CDCS",
      "DTN",
    ]);
    const pkg = OpcPackage.open(vpFile);
    const workbookXml = pkg.getText("xl/workbook.xml") ?? "";
    const names = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(["Hướng dẫn", "ĐK-VP", "CĐ-VP", "Cán bộ", "Tiêu chí", "_tdkt_phieu"]);
    expect(workbookXml).toMatch(/name="_tdkt_phieu"[^>]*state="veryHidden"/);
    const staff = (await returned(vpFile, "vp.xlsx")).grids.get("Cán bộ") ?? [];
    // Only VP's people: the header and rows whose unit is VP.
    expect(staff.slice(1).every((row) => row.includes("VP"))).toBe(true);
    expect(staff.length).toBeGreaterThan(2);
  });

  it("protects every sheet and leaves only the unit's input cells editable", () => {
    const vp = files.find((f) => f.unit === "VP");
    const score = vp?.sheets.find((s) => s.name === "CĐ-VP");
    const ranges = score?.protection?.editableRanges ?? [];
    expect(ranges).toContain("D7");
    expect(ranges).toContain("F7");
    expect(ranges).not.toContain("E7"); // the council's score
    expect(ranges).not.toContain("D6"); // a parent criterion
    expect(ranges.some((r) => r.startsWith("C"))).toBe(false); // maxima
    for (const sheet of vp?.sheets ?? []) expect(sheet.protection).toBeDefined();
    const pledge = vp?.sheets.find((s) => s.name === "ĐK-VP");
    expect(pledge?.protection?.editableRanges).toEqual(
      expect.arrayContaining(["C5", "C6", expect.stringMatching(/^D9:D\d+$/)])
    );
  });
});

describe("tdkt merge", () => {
  it("split → fill → merge gives the same register as filling it in place", async () => {
    const filled = await fill(vpFile, VP_FILL);
    const merged = await merge(SAMPLE, [await returned(filled, "phieu-VP-2024.xlsx")]);
    expect(merged.outcome.findings).toEqual([]);
    expect(merged.outcome.written.get("phieu-VP-2024.xlsx")).toBe(VP_FILL.length);
    const inPlace = await fill(SAMPLE, VP_FILL);
    const expected = registerValues(await readInputGrids(XlsxFileAdapter.fromBytes(inPlace)));
    expect(registerValues(merged.grids)).toEqual(expected);
    // The merge is logged and reported.
    const log = readAuditLog(merged.grids.get(AUDIT_LOG_SHEET) ?? []);
    expect(log.map((e) => [e.action, e.counts, e.by])).toEqual([
      ["Gộp phiếu đơn vị", "1/1 tệp, 6 ô", "Văn phòng"],
    ]);
    const names = await XlsxFileAdapter.fromBytes(merged.bytes).listSheets();
    expect(names).toContain(MERGE_REPORT_SHEET);
  });

  it("merging many units' files at once merges each", async () => {
    const khtc = files.find((f) => f.unit === "KHTC");
    if (khtc === undefined) throw new Error("no KHTC");
    const a = await fill(vpFile, [["CĐ-VP", "D7", 17]]);
    const b = await fill(await unitFileBytes(khtc), [["CĐ-KHTC", "D7", 16]]);
    const merged = await merge(SAMPLE, [await returned(a, "a.xlsx"), await returned(b, "b.xlsx")]);
    expect(merged.outcome.files.map((f) => [f.unit, f.accepted])).toEqual([
      ["VP", true],
      ["KHTC", true],
    ]);
    expect(merged.grids.get("CĐ-VP")?.[6]?.[3]).toBe(17);
    expect(merged.grids.get("CĐ-KHTC")?.[6]?.[3]).toBe(16);
  });

  it("refuses a file for another unit (a sheet of another unit pasted in)", async () => {
    const port = XlsxFileAdapter.fromBytes(vpFile);
    const khtc = files.find((f) => f.unit === "KHTC")?.sheets.find((s) => s.name === "ĐK-KHTC");
    if (khtc === undefined) throw new Error("no ĐK-KHTC");
    await port.createSheets([khtc]);
    const merged = await merge(SAMPLE, [await returned(port.toBytes(), "vp.xlsx")]);
    expect(merged.outcome.findings.map((f) => [f.code, f.sheet])).toEqual([
      ["wrong-unit", "ĐK-KHTC"],
    ]);
    expect(merged.outcome.files[0]?.accepted).toBe(false);
  });

  it("refuses a file whose unit the register does not have", async () => {
    const register = await fill(SAMPLE, [["Đơn vị", "A5", "VPS"]]);
    const merged = await merge(register, [await returned(vpFile, "vp.xlsx")]);
    expect(merged.outcome.findings.map((f) => f.code)).toEqual(["wrong-unit"]);
  });

  it("refuses a file of another year", async () => {
    const grid =
      (await XlsxFileAdapter.fromBytes(SAMPLE).readSheets(["Cấu hình"])).get("Cấu hình") ?? [];
    const row = grid.findIndex((r) => r[0] === "Năm");
    const register = await fill(SAMPLE, [["Cấu hình", `B${row + 1}`, 2025]]);
    const merged = await merge(register, [await returned(await fill(vpFile, VP_FILL), "vp.xlsx")]);
    expect(merged.outcome.findings.map((f) => [f.severity, f.code])).toEqual([
      ["error", "wrong-year"],
    ]);
    expect(merged.outcome.written.size).toBe(0);
  });

  it("refuses a file of another register (agency)", async () => {
    const grid =
      (await XlsxFileAdapter.fromBytes(SAMPLE).readSheets(["Cấu hình"])).get("Cấu hình") ?? [];
    const row = grid.findIndex((r) => r[0] === "Cơ quan");
    const register = await fill(SAMPLE, [["Cấu hình", `B${row + 1}`, "Sở Tư pháp tỉnh Hà Tĩnh"]]);
    const merged = await merge(register, [await returned(vpFile, "vp.xlsx")]);
    expect(merged.outcome.findings.map((f) => f.code)).toEqual(["wrong-register"]);
  });

  it("refuses a workbook that is not a unit's file", async () => {
    const merged = await merge(SAMPLE, [await returned(SAMPLE, "so.xlsx")]);
    expect(merged.outcome.findings.map((f) => f.code)).toEqual(["not-a-unit-file"]);
  });

  it("refuses the same unit twice in one merge (neither file is applied)", async () => {
    const a = await fill(vpFile, [["CĐ-VP", "D7", 17]]);
    const b = await fill(vpFile, [["CĐ-VP", "D7", 16]]);
    const merged = await merge(SAMPLE, [await returned(a, "a.xlsx"), await returned(b, "b.xlsx")]);
    expect(merged.outcome.findings.map((f) => [f.code, f.file])).toEqual([
      ["same-unit-twice", "a.xlsx"],
      ["same-unit-twice", "b.xlsx"],
    ]);
    expect(merged.grids.get("CĐ-VP")?.[6]?.[3]).toBe(19.5);
  });

  it("reports a change outside the input cells and does not apply it", async () => {
    const filled = await fill(vpFile, [
      ["CĐ-VP", "C7", 25],
      ["CĐ-VP", "D7", 18],
    ]);
    const merged = await merge(SAMPLE, [await returned(filled, "vp.xlsx")]);
    expect(merged.outcome.findings.map((f) => [f.severity, f.code, f.sheet, f.cell])).toEqual([
      ["warning", "changed-outside-input", "CĐ-VP", "C7"],
    ]);
    expect(merged.grids.get("CĐ-VP")?.[6]?.[2]).toBe(20);
    expect(merged.grids.get("CĐ-VP")?.[6]?.[3]).toBe(18);
  });

  it("notes a sheet changed in the register since the split, and still merges the cells only the unit changed", async () => {
    const register = await fill(SAMPLE, [["CĐ-VP", "E8", 13]]);
    const merged = await merge(register, [await returned(await fill(vpFile, VP_FILL), "vp.xlsx")]);
    expect(merged.outcome.findings.map((f) => [f.code, f.sheet])).toEqual([
      ["register-sheet-changed", "CĐ-VP"],
    ]);
    expect(merged.grids.get("CĐ-VP")?.[7]?.[4]).toBe(13);
    expect(merged.grids.get("CĐ-VP")?.[6]?.[3]).toBe(18);
  });

  it("reports a conflict cell by cell and keeps what was typed in the register; --force takes the unit's value", async () => {
    const register = await fill(SAMPLE, [["CĐ-VP", "D7", 19]]);
    const unit = await returned(await fill(vpFile, VP_FILL), "vp.xlsx");
    const merged = await merge(register, [unit]);
    const conflicts = merged.outcome.findings.filter((f) => f.code === "conflict");
    expect(conflicts.map((f) => [f.severity, f.sheet, f.cell, f.params])).toEqual([
      ["error", "CĐ-VP", "D7", { base: "19.5", ours: "19", theirs: "18" }],
    ]);
    expect(merged.grids.get("CĐ-VP")?.[6]?.[3]).toBe(19);
    // Every other cell of the unit was applied.
    expect(merged.outcome.written.get("vp.xlsx")).toBe(VP_FILL.length - 1);
    const forced = await merge(register, [unit], { force: true });
    expect(forced.outcome.findings.map((f) => [f.code, f.cell])).toContainEqual([
      "conflict-forced",
      "D7",
    ]);
    expect(forced.grids.get("CĐ-VP")?.[6]?.[3]).toBe(18);
  });

  it("converts legacy-font text to Unicode and says so at the cell", async () => {
    const legacy = encodeTcvn3("Báo cáo tổng kết công tác năm");
    const filled = await fill(vpFile, [["CĐ-VP", "F8", legacy]]);
    const merged = await merge(SAMPLE, [await returned(filled, "vp.xlsx")]);
    expect(
      merged.outcome.findings.map((f) => [
        f.code,
        f.cell,
        f.code === "legacy-text" ? f.params.text : null,
      ])
    ).toEqual([["legacy-text", "F8", "Báo cáo tổng kết công tác năm"]]);
    expect(merged.grids.get("CĐ-VP")?.[7]?.[5]).toBe("Báo cáo tổng kết công tác năm");
  });

  it("never overwrites a cell a co-author changed between the read and the write", async () => {
    const port = XlsxFileAdapter.fromBytes(SAMPLE);
    // The co-author types into D7 just before the program's batch reaches the workbook.
    const interleaved: WorkbookPort = {
      ...bind(port),
      writeCells: async (updates) => {
        await port.writeCells([{ sheet: "CĐ-VP", cell: "D7", expected: "19.5", value: 17.5 }]);
        return port.writeCells(updates);
      },
    };
    const outcome = await mergeUnitFiles(
      interleaved,
      [await returned(await fill(vpFile, VP_FILL), "vp.xlsx")],
      OPTIONS
    );
    if (outcome.kind !== "merged") throw new Error("unsupported");
    expect(outcome.findings.map((f) => [f.code, f.cell])).toEqual([["changed-meanwhile", "D7"]]);
    const grids = await readInputGrids(port);
    expect(grids.get("CĐ-VP")?.[6]?.[3]).toBe(17.5);
    expect(grids.get("CĐ-VP")?.[9]?.[3]).toBe(4);
  });
});

/** The port's methods bound to it, so a test can replace one. */
function bind(port: XlsxFileAdapter): WorkbookPort {
  return {
    listSheets: () => port.listSheets(),
    readSheets: (n) => port.readSheets(n),
    writeOutputSheets: (s) => port.writeOutputSheets(s),
    createSheets: (s) => port.createSheets(s),
    selectCell: (s, c) => port.selectCell(s, c),
    activateSheet: (s) => port.activateSheet(s),
    readCustomXml: (n) => port.readCustomXml(n),
    writeCustomXml: (n, x) => port.writeCustomXml(n, x),
    writeCells: (u) => port.writeCells(u),
    appendRows: (s, r) => port.appendRows(s, r),
  };
}
