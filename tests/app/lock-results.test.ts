/**
 * The council's lock on real .xlsx files: lock the sample register, change locked cells as a
 * person would (each kind planted once), and `check` names exactly the changed cells; the audit
 * log's own tampering is detected too.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { checkRegister } from "../../src/app/check-register";
import { lockResults, unlockResults } from "../../src/app/lock-results";
import { readInputGrids } from "../../src/app/read-workbook";
import { AUDIT_LOG_SHEET, readAuditLog } from "../../src/domain/integrity/audit-log";
import { lockedFingerprint } from "../../src/domain/integrity/integrity-check";
import { registerFingerprint } from "../../src/domain/integrity/locked-values";
import { LOCK_NAMESPACE } from "../../src/domain/integrity/lock-record";
import type { Issue } from "../../src/domain/issue";
import { normalisedValue } from "../../src/domain/integrity/normalised-value";
import { parseCellAddress } from "../../src/domain/grid";

const SAMPLE = path.resolve(__dirname, "..", "..", "assets", "sample-register.xlsx");
const OPTIONS = { time: "30/11/2026 22:00:00", hostUser: "Thư ký Hội đồng" };

async function lockedSample(): Promise<Uint8Array> {
  const port = XlsxFileAdapter.fromBytes(fs.readFileSync(SAMPLE));
  const outcome = await lockResults(port, OPTIONS);
  expect(outcome.kind).toBe("locked");
  return port.toBytes();
}

/** Sets a cell of a saved file (written, saved and reopened, as a person's edit in Excel would). */
async function edit(
  bytes: Uint8Array,
  sheet: string,
  cell: string,
  value: string | number | null
): Promise<Uint8Array> {
  const port = XlsxFileAdapter.fromBytes(bytes);
  const grid = (await port.readSheets([sheet])).get(sheet) ?? [];
  const at = parseCellAddress(cell);
  const expected = at === null ? null : normalisedValue(grid[at.row]?.[at.col] ?? null);
  const result = await port.writeCells([{ sheet, cell, expected, value }]);
  expect(result.written).toBe(1);
  return port.toBytes();
}

async function integrityIssues(bytes: Uint8Array): Promise<Issue[]> {
  const outcome = await checkRegister(XlsxFileAdapter.fromBytes(bytes));
  if (outcome.kind !== "analysed") throw new Error("unusable");
  return outcome.analysis.issues.filter(
    (i) => i.code.startsWith("lock") || i.code.startsWith("locked") || i.code.startsWith("audit")
  );
}

describe("Khóa kết quả on the sample register", () => {
  let locked: Uint8Array;
  beforeAll(async () => {
    locked = await lockedSample();
  });

  it("records the fingerprint in the custom XML part and one Nhật ký row", async () => {
    const port = XlsxFileAdapter.fromBytes(locked);
    const grids = await readInputGrids(port);
    const fingerprint = registerFingerprint(grids);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await port.readCustomXml(LOCK_NAMESPACE)).toContain(fingerprint);
    const log = readAuditLog(grids.get(AUDIT_LOG_SHEET) ?? []);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ number: 1, action: "Khóa kết quả", fingerprint });
    expect(log[0]?.by).toBe("Thư ký Hội đồng");
    expect(lockedFingerprint(grids)).toBe(fingerprint);
  });

  it("a locked, unchanged register has no integrity issue", async () => {
    expect(await integrityIssues(locked)).toEqual([]);
  });

  it("refuses to lock twice", async () => {
    const outcome = await lockResults(XlsxFileAdapter.fromBytes(locked), OPTIONS);
    expect(outcome.kind).toBe("already-locked");
  });

  it.each([
    ["a council score", "CĐ-VP", "E7", 1.5],
    ["a criterion's maximum", "Tiêu chí", "C5", 99],
    ["a vote", "Bình xét", "D5", 1],
  ])("names the cell when %s changes", async (_what, sheet, cell, value) => {
    const issues = await integrityIssues(await edit(locked, sheet, cell, value));
    expect(issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["error", "locked-value-changed", sheet, cell],
    ]);
    expect(issues[0]?.params?.after).toBe(String(value));
  });

  it("names the rating cell of the person whose Xếp loại changed", async () => {
    const port = XlsxFileAdapter.fromBytes(locked);
    const grid = (await port.readSheets(["Cán bộ"])).get("Cán bộ") ?? [];
    const header = grid.findIndex((r) => r.includes("Xếp loại"));
    const col = grid[header]?.indexOf("Xếp loại") ?? -1;
    const row = header + 3;
    const before = normalisedValue(grid[row]?.[col] ?? null);
    const value =
      before === "Hoàn thành nhiệm vụ" ? "Hoàn thành tốt nhiệm vụ" : "Hoàn thành nhiệm vụ";
    const cell = `${String.fromCharCode(65 + col)}${row + 1}`;
    const issues = await integrityIssues(await edit(locked, "Cán bộ", cell, value));
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["locked-value-changed", "Cán bộ", cell],
    ]);
  });

  it("a cleared cell and an added cell are changes too", async () => {
    const cleared = await integrityIssues(await edit(locked, "CĐ-VP", "D7", null));
    expect(cleared.map((i) => i.cell)).toEqual(["D7"]);
    expect(cleared[0]?.params?.after).toBe("");
    const added = await integrityIssues(await edit(locked, "Bình xét", "H40", "thêm"));
    expect(added.map((i) => i.cell)).toEqual(["H40"]);
  });

  it("Mở khóa is logged and ends the check; a re-lock takes the new values", async () => {
    const changed = await edit(locked, "CĐ-VP", "E6", 1.5);
    const port = XlsxFileAdapter.fromBytes(changed);
    const outcome = await unlockResults(port, OPTIONS);
    expect(outcome.kind).toBe("unlocked");
    const unlocked = port.toBytes();
    expect(await integrityIssues(unlocked)).toEqual([]);
    const grids = await readInputGrids(XlsxFileAdapter.fromBytes(unlocked));
    const log = readAuditLog(grids.get(AUDIT_LOG_SHEET) ?? []);
    expect(log.map((e) => [e.number, e.action])).toEqual([
      [1, "Khóa kết quả"],
      [2, "Mở khóa"],
    ]);
    expect(lockedFingerprint(grids)).toBeNull();
  });

  it("a lock the log records but whose record was removed is an error", async () => {
    const port = XlsxFileAdapter.fromBytes(locked);
    await port.writeCustomXml(LOCK_NAMESPACE, null);
    const issues = await integrityIssues(port.toBytes());
    expect(issues.map((i) => i.code)).toEqual(["lock-record-missing"]);
  });

  it("warns when a Nhật ký row is edited", async () => {
    const issues = await integrityIssues(await edit(locked, AUDIT_LOG_SHEET, "G2", "Người khác"));
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["warning", "audit-log-row-edited", "H2"],
    ]);
  });

  it("warns when Nhật ký rows are deleted (in the middle and at the end)", async () => {
    let bytes = locked;
    for (const step of [unlockResults, lockResults] as const) {
      const port = XlsxFileAdapter.fromBytes(bytes);
      await step(port, OPTIONS);
      bytes = port.toBytes();
    }
    // Rows 2..4 hold entries 1..3; delete entry 2 by moving entry 3 up (as deleting a row does).
    const port = XlsxFileAdapter.fromBytes(bytes);
    const grid = (await port.readSheets([AUDIT_LOG_SHEET])).get(AUDIT_LOG_SHEET) ?? [];
    const row3 = grid[3] ?? [];
    const middle = await port.writeCells([
      ...row3.map((v, c) => ({
        sheet: AUDIT_LOG_SHEET,
        cell: `${String.fromCharCode(65 + c)}3`,
        expected: normalisedValue(grid[2]?.[c] ?? null),
        value: v,
      })),
      ...row3.map((v, c) => ({
        sheet: AUDIT_LOG_SHEET,
        cell: `${String.fromCharCode(65 + c)}4`,
        expected: normalisedValue(v),
        value: null,
      })),
    ]);
    expect(middle.changedMeanwhile).toEqual([]);
    const issues = await integrityIssues(port.toBytes());
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["audit-log-rows-deleted", "A3"],
      ["audit-log-truncated", null],
    ]);
  });
});
