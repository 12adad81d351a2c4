/**
 * Use case "Báo cáo sơ kết / tổng kết" / `tdkt report` (issue 11): analyse the register and write
 * the report sheet with its native charts. Which report is the caller's choice; by default the
 * run date decides (up to `Hạn sơ kết`: sơ kết, after it: tổng kết).
 */
import { analyseRegister, type AnalysisOutcome } from "../domain/analyse-register";
import type { DateOnly } from "../domain/model";
import { isPast, milestoneOf, readCalendar } from "../domain/year/calendar";
import { resolveRewards } from "../domain/year/rewards";
import { buildYearReportSheet, type ReportKind } from "../domain/year/year-report-sheet";
import type { Language } from "../domain/messages/language";
import type { WorkbookPort } from "../ports/workbook.port";
import { AUDIT_ACTIONS } from "../domain/integrity/audit-log";
import { logAction, type AuditContext } from "./audit-trail";
import { readInputGrids } from "./read-workbook";

/** Sơ kết until `Hạn sơ kết` has passed, tổng kết after. */
export function defaultReportKind(outcome: AnalysisOutcome, today: DateOnly): ReportKind {
  if (outcome.kind === "unusable") return "year-end";
  const { calendar } = readCalendar(outcome.analysis.register.settings);
  if (calendar === null) return "year-end";
  return isPast(milestoneOf(calendar, "midYear"), today) ? "year-end" : "mid-year";
}

export async function writeYearReport(
  port: WorkbookPort,
  choice: {
    readonly kind?: ReportKind;
    readonly today: DateOnly;
    readonly audit?: AuditContext;
    /** The report's language (Vietnamese by default). */
    readonly language?: Language;
  }
): Promise<{ readonly outcome: AnalysisOutcome; readonly sheet: string | null }> {
  const outcome = analyseRegister(await readInputGrids(port));
  if (outcome.kind === "unusable") return { outcome, sheet: null };
  const { analysis } = outcome;
  const kind = choice.kind ?? defaultReportKind(outcome, choice.today);
  const sheet = buildYearReportSheet({
    register: analysis.register,
    scores: analysis.report.units,
    proposals: analysis.proposals,
    rewards: resolveRewards(analysis.register.settings).rewards,
    kind,
    ...(choice.language === undefined ? {} : { language: choice.language }),
  });
  await port.writeOutputSheets([sheet]);
  await logAction(port, choice.audit, analysis.register.settings, {
    action: AUDIT_ACTIONS.yearReport,
    sheets: [sheet.name],
    counts: `${analysis.register.units.length} đơn vị`,
  });
  return { outcome, sheet: sheet.name };
}
