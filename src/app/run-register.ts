/**
 * Use cases "Chấm điểm & xếp hạng" and "Lập danh sách đề nghị": analyse the register, then write
 * the program's output sheets in one all-or-nothing step.
 */
import { analyseRegister, type AnalysisOutcome } from "../domain/analyse-register";
import { buildDossier } from "../domain/dossier/build-dossier";
import type { DossierOptions } from "../domain/dossier/dossier-context";
import { buildCheckSheet } from "../domain/output/check-sheet";
import { buildDossierSheets } from "../domain/output/dossier-sheets";
import { buildProposalList, type ProposalListPart } from "../domain/output/proposal-sheet";
import { buildScoreSheet } from "../domain/output/score-sheet";
import type { OutputSheet } from "../domain/output/sheet-spec";
import type { WorkbookPort } from "../ports/workbook.port";
import { readIntegrityParts } from "./integrity-parts";
import { readInputGrids } from "./read-workbook";

/** Which output sheets to write; `Kiểm tra` is always rewritten with them. */
export type OutputChoice = "all" | "scores" | "proposals" | "dossier" | "check";

export interface RunOutcome {
  readonly outcome: AnalysisOutcome;
  /** Names of the sheets written, in order. */
  readonly written: readonly string[];
  /** Where each part of `Đề nghị khen thưởng` is, when it was written (links in the pane). */
  readonly listParts?: readonly ProposalListPart[];
}

export async function runRegister(
  port: WorkbookPort,
  choice: OutputChoice = "all",
  options: DossierOptions = {}
): Promise<RunOutcome> {
  const grids = await readInputGrids(port);
  const outcome = analyseRegister(grids, await readIntegrityParts(port));
  if (outcome.kind === "unusable") return { outcome, written: [] };
  const { analysis } = outcome;
  // The dossier's warnings (blanks left for missing settings) are listed in `Kiểm tra` with it.
  const dossier = choice === "all" || choice === "dossier" ? buildDossier(analysis, options) : null;
  const sheets: OutputSheet[] = [buildCheckSheet([...analysis.issues, ...(dossier?.issues ?? [])])];
  // Made from a register with errors, the ranking and the list say they are drafts.
  const errors = analysis.issues.filter((i) => i.severity === "error").length;
  if (choice === "all" || choice === "scores")
    sheets.push(buildScoreSheet(analysis.register, analysis.scoring, errors));
  const list =
    choice === "all" || choice === "proposals"
      ? buildProposalList(analysis.register, analysis.proposals, analysis.rulebook, errors)
      : null;
  if (list !== null) sheets.push(list.sheet);
  if (dossier !== null) sheets.push(...buildDossierSheets(dossier));
  await port.writeOutputSheets(sheets);
  return {
    outcome,
    written: sheets.map((s) => s.name),
    ...(list !== null ? { listParts: list.parts } : {}),
  };
}
