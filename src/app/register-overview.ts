/**
 * Use case "overview" of the task pane: which sheets the register has, how many records, how
 * many days are left to the pledge deadline, and where each unit stands with its pledge and score
 * sheets. Reads the workbook fresh, writes nothing.
 */
import { analyseRegister, isOutputSheet } from "../domain/analyse-register";
import { dayNumber, formatDate } from "../domain/codec/cell-values";
import { readRegister } from "../domain/codec/read-register";
import { REQUIRED_SHEETS, SHEET } from "../domain/codec/register-layout";
import type { Issue } from "../domain/issue";
import type { Register } from "../domain/model";
import { OUTPUT_SHEET_NAMES } from "../domain/output/sheet-spec";
import { foldKey } from "../domain/text/normalize";
import type { WorkbookPort } from "../ports/workbook.port";

/** chưa có / đang điền / hợp lệ / có lỗi */
export type UnitSheetStatus = "missing" | "in_progress" | "valid" | "invalid";

export interface UnitOverview {
  readonly code: string;
  readonly name: string;
  readonly pledge: UnitSheetStatus;
  readonly pledgeSheet: string | null;
  readonly score: UnitSheetStatus;
  readonly scoreSheet: string | null;
}

export interface SheetPresence {
  readonly name: string;
  readonly present: boolean;
  readonly required: boolean;
}

export interface RegisterOverview {
  readonly agency: string;
  readonly year: number | null;
  /** The register's input sheets of the contract, in contract order. */
  readonly inputSheets: readonly SheetPresence[];
  /** The program's output sheets that exist now. */
  readonly outputSheets: readonly string[];
  /** Required sheets that are missing: nothing but "Tạo sổ" can run. */
  readonly missingRequired: readonly string[];
  readonly counts: {
    readonly units: number;
    readonly staff: number;
    readonly criteria: number;
    readonly history: number;
    readonly initiatives: number;
    readonly votes: number;
    readonly pledgeSheets: number;
    readonly scoreSheets: number;
  };
  /** `Hạn đăng ký` as dd/mm/yyyy, or null when not set. */
  readonly pledgeDeadline: string | null;
  /** Days from `today` to the deadline: 0 on the day, negative once past. */
  readonly daysToDeadline: number | null;
  readonly units: readonly UnitOverview[];
  readonly errors: number;
  readonly warnings: number;
}

const INPUT_SHEETS = [
  SHEET.settings,
  SHEET.units,
  SHEET.staff,
  SHEET.history,
  SHEET.initiatives,
  SHEET.criteria,
  SHEET.votes,
] as const;

function errorSheets(issues: readonly Issue[]): Set<string> {
  return new Set(
    issues
      .filter((i) => i.severity === "error" && i.sheet !== null)
      .map((i) => foldKey(i.sheet ?? ""))
  );
}

function unitOverviews(register: Register, issues: readonly Issue[]): UnitOverview[] {
  const failing = errorSheets(issues);
  const leaves = register.criteria.filter((c) => c.isLeaf).map((c) => c.code);
  return register.units.map((unit) => {
    const pledge = register.pledges.find((p) => p.unitCode === unit.code) ?? null;
    const score = register.scoreSheets.find((s) => s.unitCode === unit.code) ?? null;

    let pledgeStatus: UnitSheetStatus = "missing";
    if (pledge) {
      const filled =
        pledge.collectiveTitle !== null ||
        pledge.collectiveAward !== null ||
        pledge.rows.some((r) => r.title !== null || r.award !== null);
      pledgeStatus = failing.has(foldKey(pledge.sheet))
        ? "invalid"
        : filled
          ? "valid"
          : "in_progress";
    }

    let scoreStatus: UnitSheetStatus = "missing";
    if (score) {
      const scored = new Set(
        score.rows.filter((r) => r.selfScore !== null).map((r) => r.criterionCode)
      );
      const complete =
        leaves.length > 0 ? leaves.every((code) => scored.has(code)) : scored.size > 0;
      scoreStatus = failing.has(foldKey(score.sheet))
        ? "invalid"
        : complete
          ? "valid"
          : "in_progress";
    }

    return {
      code: unit.code,
      name: unit.name,
      pledge: pledgeStatus,
      pledgeSheet: pledge?.sheet ?? null,
      score: scoreStatus,
      scoreSheet: score?.sheet ?? null,
    };
  });
}

/** `today` is the user's calendar day (local time), passed in so the overview is testable. */
export async function registerOverview(port: WorkbookPort, today: Date): Promise<RegisterOverview> {
  const names = await port.listSheets();
  const grids = await port.readSheets(names.filter((n) => !isOutputSheet(n)));
  const present = new Set(names.map(foldKey));

  const outcome = analyseRegister(grids);
  const read = outcome.kind === "analysed" ? null : readRegister(grids);
  const register =
    outcome.kind === "analysed" ? outcome.analysis.register : (read?.register ?? null);
  const issues = outcome.kind === "analysed" ? outcome.analysis.issues : (read?.issues ?? []);
  if (!register) throw new Error("register-overview: no register read");

  const deadline = register.settings.pledgeDeadline;
  const todayNumber = dayNumber({
    year: today.getFullYear(),
    month: today.getMonth() + 1,
    day: today.getDate(),
  });

  return {
    agency: register.settings.agency,
    year: register.settings.year,
    inputSheets: INPUT_SHEETS.map((name) => ({
      name,
      present: present.has(foldKey(name)),
      required: REQUIRED_SHEETS.includes(name),
    })),
    outputSheets: OUTPUT_SHEET_NAMES.filter((n) => present.has(foldKey(n))),
    missingRequired: REQUIRED_SHEETS.filter((n) => !present.has(foldKey(n))),
    counts: {
      units: register.units.length,
      staff: register.staff.length,
      criteria: register.criteria.length,
      history: register.history.length,
      initiatives: register.initiatives.length,
      votes: register.votes.length,
      pledgeSheets: register.pledges.length,
      scoreSheets: register.scoreSheets.length,
    },
    pledgeDeadline: deadline ? formatDate(deadline) : null,
    daysToDeadline: deadline ? dayNumber(deadline) - todayNumber : null,
    units: unitOverviews(register, issues),
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
  };
}
