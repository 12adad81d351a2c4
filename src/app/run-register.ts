/**
 * Use cases "Chấm điểm & xếp hạng" and "Lập danh sách đề nghị": analyse the register, then write
 * the program's output sheets in one all-or-nothing step.
 */
import {
  analyseRegister,
  type AnalysisOutcome,
  type AnalysisStage,
} from "../domain/analyse-register";
import type { GridSet } from "../domain/grid";
import type { IntegrityParts } from "../domain/integrity/integrity-check";
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
  const planned = planRun(grids, await readIntegrityParts(port), choice, options);
  if (planned.sheets.length > 0) await port.writeOutputSheets(planned.sheets);
  return {
    outcome: planned.outcome,
    written: planned.sheets.map((s) => s.name),
    ...(planned.listParts !== undefined ? { listParts: planned.listParts } : {}),
  };
}

/** What a run computes from the grids read: the analysis and the output sheets to write. */
export interface RunPlan {
  readonly outcome: AnalysisOutcome;
  /** Empty when the register is unusable. */
  readonly sheets: readonly OutputSheet[];
  /** Where each part of the proposal list is, when the list is among the sheets. */
  readonly listParts?: readonly ProposalListPart[];
}

/**
 * The pure part of a run (no workbook): analyse, then build the chosen output sheets. The pane
 * runs it in its worker between reading and writing; `onStage` hears the analysis' stages and
 * "building" before the sheets are built.
 */
export function planRun(
  grids: GridSet,
  integrity: IntegrityParts,
  choice: OutputChoice = "all",
  options: DossierOptions = {},
  onStage?: (stage: AnalysisStage | "building") => void
): RunPlan {
  const outcome = analyseRegister(grids, integrity, onStage);
  if (outcome.kind === "unusable") return { outcome, sheets: [] };
  const { analysis } = outcome;
  onStage?.("building");
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
  return list === null ? { outcome, sheets } : { outcome, sheets, listParts: list.parts };
}
