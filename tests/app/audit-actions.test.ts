/**
 * The program's writing actions log themselves in `Nhật ký` at the app layer (issue 12, item 4),
 * so the pane and the CLI log alike: running the engine, the dossier, the decisions sheet, the
 * year report and new unit sheets each append one row whose check code chains to the row above;
 * without an audit context nothing is logged. The dossier's biên bản carries the lock in force.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { checkRegister } from "../../src/app/check-register";
import { createDecisionSheet } from "../../src/app/create-decision-sheet";
import { createUnitSheets } from "../../src/app/create-unit-sheets";
import { lockResults, unlockResults } from "../../src/app/lock-results";
import { makeDossier } from "../../src/app/make-dossier";
import { runRegister } from "../../src/app/run-register";
import { writeYearReport } from "../../src/app/write-year-report";
import { AUDIT_ACTIONS, AUDIT_LOG_SHEET, readAuditLog } from "../../src/domain/integrity/audit-log";
import { dossierText } from "./dossier-text";

const SAMPLE = path.resolve(__dirname, "..", "..", "assets", "sample-register.xlsx");
const AUDIT = { time: "30/11/2026 09:00:00", hostUser: "Thư ký" };

function sample(): XlsxFileAdapter {
  return XlsxFileAdapter.fromBytes(fs.readFileSync(SAMPLE));
}

async function log(port: XlsxFileAdapter): Promise<ReturnType<typeof readAuditLog>> {
  const grids = await port.readSheets([AUDIT_LOG_SHEET]);
  return readAuditLog(grids.get(AUDIT_LOG_SHEET) ?? []);
}

describe("Nhật ký rows of the writing actions", () => {
  it("logs run, dossier, decisions and report in order, and check finds the log intact", async () => {
    const port = sample();
    const before = (await log(port)).length;
    await runRegister(port, "all", { audit: AUDIT });
    await runRegister(port, "dossier", { audit: AUDIT });
    await createDecisionSheet(port, { audit: AUDIT });
    await writeYearReport(port, { today: { year: 2024, month: 11, day: 30 }, audit: AUDIT });
    const rows = (await log(port)).slice(before);
    expect(rows.map((r) => r.action)).toEqual([
      AUDIT_ACTIONS.run,
      AUDIT_ACTIONS.dossier,
      AUDIT_ACTIONS.decisions,
      AUDIT_ACTIONS.yearReport,
    ]);
    expect(rows[0]?.sheets).toContain("Kết quả chấm điểm");
    expect(rows[0]?.counts).toMatch(/^\d+ đơn vị, \d+ cán bộ, \d+ đề nghị, \d+ văn bản hồ sơ$/);
    expect(rows[1]?.sheets).toContain("Hồ sơ - Biên bản");
    expect(rows.every((r) => r.time === AUDIT.time)).toBe(true);
    const outcome = await checkRegister(port);
    if (outcome.kind !== "analysed") throw new Error("unusable");
    expect(outcome.analysis.issues.filter((i) => i.code.startsWith("audit"))).toEqual([]);
  });

  it("logs new unit sheets, and nothing when none was created", async () => {
    const port = sample(); // the sample lacks CĐ-DTN
    const before = (await log(port)).length;
    await createUnitSheets(port, { protect: false, audit: AUDIT });
    const first = (await log(port)).slice(before);
    await createUnitSheets(port, { protect: false, audit: AUDIT });
    const second = (await log(port)).slice(before);
    expect(first.map((r) => [r.action, r.sheets, r.counts, r.by])).toEqual([
      [AUDIT_ACTIONS.createUnitSheets, "CĐ-DTN", "1 trang", "Thư ký"],
    ]);
    expect(second).toEqual(first);
  });

  it("logs nothing without an audit context", async () => {
    const port = sample();
    const before = await log(port);
    await runRegister(port, "all");
    expect(await log(port)).toEqual(before);
  });
});

describe("the lock in the dossier's biên bản", () => {
  it("prints the lock's fingerprint while locked, and nothing once unlocked", async () => {
    const port = sample();
    const unlocked = await makeDossier(port);
    expect(dossierText(unlocked.dossier)).not.toContain("đã được khóa");
    const lock = await lockResults(port, AUDIT);
    if (lock.kind !== "locked") throw new Error(lock.kind);
    const locked = await makeDossier(port);
    expect(dossierText(locked.dossier)).toContain(`khóa sổ: ${lock.fingerprint}`);
    await runRegister(port, "dossier");
    const sheet = (await port.readSheets(["Hồ sơ - Biên bản"])).get("Hồ sơ - Biên bản") ?? [];
    expect(JSON.stringify(sheet)).toContain(lock.fingerprint);
    await unlockResults(port, AUDIT);
    expect(dossierText((await makeDossier(port)).dossier)).not.toContain(lock.fingerprint);
  });
});
