/**
 * Use cases "Chấm điểm & xếp hạng", "Lập danh sách đề nghị" and "Lập hồ sơ": analyse the
 * register, then write the program's output sheets in one all-or-nothing step and, when the
 * caller gives an audit context, log the action in `Nhật ký`.
 */
import { analyseRegister, type AnalysisOutcome } from "../domain/analyse-register";
import { buildDossier } from "../domain/dossier/build-dossier";
import type { DossierOptions } from "../domain/dossier/dossier-context";
import { AUDIT_ACTIONS } from "../domain/integrity/audit-log";
import { buildCheckSheet } from "../domain/output/check-sheet";
import { buildDossierSheets } from "../domain/output/dossier-sheets";
import { buildProposalSheet } from "../domain/output/proposal-sheet";
import { buildScoreSheet } from "../domain/output/score-sheet";
import type { OutputSheet } from "../domain/output/sheet-spec";
import type { WorkbookPort } from "../ports/workbook.port";
import { logAction, type AuditContext } from "./audit-trail";
import { lockInForce, readIntegrityParts } from "./integrity-parts";
import { readInputGrids } from "./read-workbook";

/** Which output sheets to write; `Kiểm tra` is always rewritten with them. */
export type OutputChoice = "all" | "scores" | "proposals" | "dossier" | "check";

export interface RunOptions extends DossierOptions {
  /** When given, the run is logged in `Nhật ký` (the pane and the CLI give it). */
  readonly audit?: AuditContext;
}

export interface RunOutcome {
  readonly outcome: AnalysisOutcome;
  /** Names of the sheets written, in order. */
  readonly written: readonly string[];
  /** When the dossier was written: its warnings (blanks to fill) and the lock it printed. */
  readonly dossier?: { readonly warnings: number; readonly lockFingerprint: string | null };
}

export async function runRegister(
  port: WorkbookPort,
  choice: OutputChoice = "all",
  options: RunOptions = {}
): Promise<RunOutcome> {
  const grids = await readInputGrids(port);
  const parts = await readIntegrityParts(port);
  const outcome = analyseRegister(grids, parts);
  if (outcome.kind === "unusable") return { outcome, written: [] };
  const { analysis } = outcome;
  // The dossier's warnings (blanks left for missing settings) are listed in `Kiểm tra` with it.
  const lockFingerprint =
    options.lockFingerprint === undefined
      ? lockInForce(port, grids, parts)
      : options.lockFingerprint;
  const dossier =
    choice === "all" || choice === "dossier"
      ? buildDossier(analysis, { ...options, lockFingerprint })
      : null;
  const sheets: OutputSheet[] = [buildCheckSheet([...analysis.issues, ...(dossier?.issues ?? [])])];
  if (choice === "all" || choice === "scores")
    sheets.push(buildScoreSheet(analysis.register, analysis.scoring));
  if (choice === "all" || choice === "proposals")
    sheets.push(buildProposalSheet(analysis.register, analysis.proposals, analysis.rulebook));
  if (dossier !== null) sheets.push(...buildDossierSheets(dossier));
  await port.writeOutputSheets(sheets);
  const written = sheets.map((s) => s.name);
  const proposed = analysis.proposals.filter((p) => p.status === "proposed").length;
  await logAction(port, options.audit, analysis.register.settings, {
    action: choice === "dossier" ? AUDIT_ACTIONS.dossier : AUDIT_ACTIONS.run,
    sheets: written,
    counts:
      `${analysis.register.units.length} đơn vị, ${analysis.register.staff.length} cán bộ, ` +
      `${proposed} đề nghị` +
      (dossier === null ? "" : `, ${dossier.documents.length} văn bản hồ sơ`),
  });
  return {
    outcome,
    written,
    ...(dossier === null ? {} : { dossier: { warnings: dossier.issues.length, lockFingerprint } }),
  };
}
