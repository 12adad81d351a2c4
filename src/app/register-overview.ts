/**
 * Use case "overview" of the task pane: which sheets the register has, how many records, how
 * many days are left to the pledge deadline, and where each unit stands with its pledge and score
 * sheets. Reads the workbook fresh, writes nothing.
 */
import { analyseRegister, isOutputSheet, type AnalysisStage } from "../domain/analyse-register";
import type { GridSet } from "../domain/grid";
import { dayNumber, formatDate } from "../domain/codec/cell-values";
import { readRegister } from "../domain/codec/read-register";
import { REQUIRED_SHEETS, SHEET } from "../domain/codec/register-layout";
import type { Issue } from "../domain/issue";
import type { DateOnly, Register } from "../domain/model";
import { OUTPUT_SHEET_NAMES } from "../domain/output/sheet-spec";
import { foldKey } from "../domain/text/normalize";
import { isPast, nextMilestone, readCalendar, type Calendar } from "../domain/year/calendar";
import { unitProgress, type UnitSheetStatus } from "../domain/year/unit-progress";
import type { WorkbookPort } from "../ports/workbook.port";

export type { UnitSheetStatus };

export interface UnitOverview {
  readonly code: string;
  readonly name: string;
  readonly pledge: UnitSheetStatus;
  readonly pledgeSheet: string | null;
  /** Not in and valid although `Hạn đăng ký` has passed. */
  readonly pledgeLate: boolean;
  readonly score: UnitSheetStatus;
  readonly scoreSheet: string | null;
  /** Not in and valid although `Hạn tổng kết` has passed. */
  readonly scoreLate: boolean;
}

/** The register's calendar (`Hạn …` rows of `Cấu hình`, defaults from the year). */
export interface CalendarOverview {
  readonly milestones: readonly {
    readonly label: string;
    readonly date: string;
    readonly isDefault: boolean;
    readonly past: boolean;
  }[];
  /** The first milestone on or after today; null once every one has passed. */
  readonly next: {
    readonly label: string;
    readonly date: string;
    readonly daysLeft: number;
  } | null;
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
  /** Null when the register has no year. */
  readonly calendar: CalendarOverview | null;
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

function unitOverviews(
  register: Register,
  issues: readonly Issue[],
  calendar: Calendar | null,
  today: DateOnly
): UnitOverview[] {
  return unitProgress(register, issues, calendar, today).map((u) => ({
    code: u.code,
    name: u.name,
    pledge: u.pledge.status,
    pledgeSheet: u.pledge.sheet,
    pledgeLate: u.pledge.late,
    score: u.score.status,
    scoreSheet: u.score.sheet,
    scoreLate: u.score.late,
  }));
}

/** The calendar as the pane shows it: every milestone and the next one with the days left. */
function calendarOverview(calendar: Calendar | null, today: DateOnly): CalendarOverview | null {
  if (calendar === null) return null;
  const next = nextMilestone(calendar, today);
  return {
    milestones: calendar.milestones.map((m) => ({
      label: m.label,
      date: formatDate(m.date),
      isDefault: m.isDefault,
      past: isPast(m, today),
    })),
    next:
      next === null
        ? null
        : {
            label: next.milestone.label,
            date: formatDate(next.milestone.date),
            daysLeft: next.daysLeft,
          },
  };
}

/** `today` is the user's calendar day (local time), passed in so the overview is testable. */
export async function registerOverview(port: WorkbookPort, today: Date): Promise<RegisterOverview> {
  const names = await port.listSheets();
  const grids = await port.readSheets(names.filter((n) => !isOutputSheet(n)));
  return overviewOf(names, grids, today);
}

/**
 * The overview from what was read (every sheet name, the input sheets' grids): pure, so the pane
 * can compute it in its worker. `onStage` hears the analysis' stages.
 */
export function overviewOf(
  names: readonly string[],
  grids: GridSet,
  today: Date,
  onStage?: (stage: AnalysisStage) => void
): RegisterOverview {
  const present = new Set(names.map(foldKey));

  const outcome = analyseRegister(grids, undefined, onStage);
  const read = outcome.kind === "analysed" ? null : readRegister(grids);
  const register =
    outcome.kind === "analysed" ? outcome.analysis.register : (read?.register ?? null);
  const issues = outcome.kind === "analysed" ? outcome.analysis.issues : (read?.issues ?? []);
  if (!register) throw new Error("register-overview: no register read");

  const deadline = register.settings.pledgeDeadline;
  const todayDate: DateOnly = {
    year: today.getFullYear(),
    month: today.getMonth() + 1,
    day: today.getDate(),
  };
  const todayNumber = dayNumber(todayDate);
  const { calendar } = readCalendar(register.settings);

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
    units: unitOverviews(register, issues, calendar, todayDate),
    calendar: calendarOverview(calendar, todayDate),
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
  };
}
