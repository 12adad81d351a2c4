/**
 * The year's actions in the pane (issue 11): the `Quyết định` sheet from the proposals, the sơ
 * kết / tổng kết report sheets, and "Sang năm mới": next year's register opened as a new workbook
 * where Excel can (`Excel.createWorkbook`), else offered as a download.
 */
import type { UnusableReason } from "../../domain/messages/unusable-reasons";
import { usePaneLanguage } from "../i18n";
import { awardByKey } from "../../domain/rulebook/award-catalogue";
import { loadMoreActionsEngine } from "../more-actions-loader";
import type { ReportKind } from "../../domain/year/year-report-sheet";
import type { WorkbookPort } from "../../ports/workbook.port";
import { MIME, type PaneFiles } from "../pane-files";
import type { Strings } from "../strings.vi";
import type { ActionResult, ActionRunner } from "./useActionRunner";

export interface YearActions {
  readonly createDecisions: () => Promise<void>;
  readonly writeReport: (kind: ReportKind) => Promise<void>;
  readonly nextYear: (includeUndecided: boolean) => Promise<void>;
  /** False where the pane can only download next year's register. */
  readonly opensWorkbooks: boolean;
}

function refused(reason: UnusableReason): ActionResult {
  return { intent: "warning", text: (s) => s.unusable(reason) };
}

export function useYearActions(
  port: WorkbookPort,
  runner: ActionRunner,
  files: PaneFiles | null
): YearActions {
  // The year report and the decisions sheet's own wording are in the pane's language.
  const language = usePaneLanguage();
  return {
    opensWorkbooks: port.openNewWorkbook !== undefined,
    createDecisions: () =>
      runner.run(
        "decisions",
        async () => {
          const result = await (
            await loadMoreActionsEngine()
          ).createDecisionSheet(port, { audit: runner.audit(), language });
          if (result.kind === "unusable") return refused(result.reason);
          await port.activateSheet(result.sheet);
          // A title given to both individuals and collectives (Giấy khen, Bằng khen) says which.
          const both = (award: string): boolean =>
            result.budget.filter((t) => t.award === award).length > 1;
          const budget = (s: Strings): string =>
            result.budget
              .map((t) => {
                const name = awardByKey(t.award).shortName;
                const label = both(t.award) ? `${name} (${s.kind[t.kind]})` : name;
                return `${label} ${s.money(t.amount)}`;
              })
              .join("; ");
          return {
            intent: "success",
            text: (s) =>
              s.decisionsWritten(result.sheet, result.rows.length, result.kept, budget(s)),
          };
        },
        true
      ),
    writeReport: (kind) =>
      runner.run(
        kind === "mid-year" ? "reportMidYear" : "reportYearEnd",
        async () => {
          const today = runner.now();
          const result = await (
            await loadMoreActionsEngine()
          ).writeYearReport(port, {
            kind,
            today: { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
            audit: runner.audit(),
            language,
          });
          if (result.outcome.kind === "unusable") return refused(result.outcome.reason);
          const sheet = result.sheet ?? "";
          if (sheet !== "") await port.activateSheet(sheet);
          return { intent: "success", text: (s) => s.reportWritten(sheet) };
        },
        true
      ),
    nextYear: (includeUndecided) =>
      runner.run(
        "nextYear",
        async () => {
          const engine = await loadMoreActionsEngine();
          const outcome = await engine.nextYearRegister(port, { includeUndecided });
          if (outcome.kind === "unusable") return refused(outcome.reason);
          const { result } = outcome;
          if (files === null) return { intent: "warning", text: (s) => s.unsupportedHere };
          const bytes = (await files.load()).workbook(result.sheets);
          // Worded when shown, so it follows a language switch.
          const summary = (s: Strings): string => engine.describeNextYear(result, s.language);
          if (port.openNewWorkbook !== undefined) {
            await port.openNewWorkbook(bytes);
            return { intent: "success", text: (s) => s.nextYearOpened(result.year, summary(s)) };
          }
          const file = `so-thi-dua-${result.year}.xlsx`;
          files.save(bytes, file, MIME.xlsx);
          return { intent: "info", text: (s) => s.nextYearDownloaded(file, summary(s)) };
        },
        false
      ),
  };
}
