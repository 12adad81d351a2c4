/**
 * Use cases "Chấm điểm & xếp hạng" and "Lập danh sách đề nghị": analyse the register, then write
 * the program's output sheets in one all-or-nothing step.
 */
import { analyseRegister, type AnalysisOutcome } from "../domain/analyse-register";
import { buildCheckSheet } from "../domain/output/check-sheet";
import { buildProposalSheet } from "../domain/output/proposal-sheet";
import { buildScoreSheet } from "../domain/output/score-sheet";
import type { OutputSheet } from "../domain/output/sheet-spec";
import type { WorkbookPort } from "../ports/workbook.port";
import { readInputGrids } from "./read-workbook";

/** Which output sheets to write; `Kiểm tra` is always rewritten with them. */
export type OutputChoice = "all" | "scores" | "proposals" | "check";

export interface RunOutcome {
  readonly outcome: AnalysisOutcome;
  /** Names of the sheets written, in order. */
  readonly written: readonly string[];
}

export async function runRegister(
  port: WorkbookPort,
  choice: OutputChoice = "all"
): Promise<RunOutcome> {
  const outcome = analyseRegister(await readInputGrids(port));
  if (outcome.kind === "unusable") return { outcome, written: [] };
  const { analysis } = outcome;
  const sheets: OutputSheet[] = [buildCheckSheet(analysis.issues)];
  if (choice === "all" || choice === "scores")
    sheets.push(buildScoreSheet(analysis.register, analysis.scoring));
  if (choice === "all" || choice === "proposals")
    sheets.push(buildProposalSheet(analysis.register, analysis.proposals, analysis.rulebook));
  await port.writeOutputSheets(sheets);
  return { outcome, written: sheets.map((s) => s.name) };
}
