/**
 * Use cases "Chấm điểm & xếp hạng", "Lập danh sách đề nghị" and "Lập hồ sơ": analyse the
 * register, then write the program's output sheets in one all-or-nothing step and, when the
 * caller gives an audit context, log the action in `Nhật ký`.
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
import { AUDIT_ACTIONS, type AuditAction } from "../domain/integrity/audit-log";
import { parseLockRecord } from "../domain/integrity/lock-record";
import { buildCheckSheet } from "../domain/output/check-sheet";
import { buildDossierSheets } from "../domain/output/dossier-sheets";
import { buildProposalList, type ProposalListPart } from "../domain/output/proposal-sheet";
import { buildScoreSheet } from "../domain/output/score-sheet";
import type { OutputSheet } from "../domain/output/sheet-spec";
import type { Language } from "../domain/messages/language";
import type { WorkbookPort } from "../ports/workbook.port";
import { auditAction, recordAction, type AuditContext } from "./audit-trail";
import { lockInForce } from "./integrity-parts";
import { readIntegrityParts } from "./read-integrity-parts";
import { readInputGrids } from "./read-workbook";

/** Which output sheets to write; `Kiểm tra` is always rewritten with them. */
export type OutputChoice = "all" | "scores" | "proposals" | "dossier" | "check";

export interface RunOptions extends PlanOptions {
  /** When given, the run is logged in `Nhật ký` (the pane and the CLI give it). */
  readonly audit?: AuditContext;
}

/** What a run's pure part needs: the dossier's options and the working sheets' language. */
export interface PlanOptions extends DossierOptions {
  /** The language of `Kiểm tra` and `Kết quả chấm điểm` (Vietnamese by default). */
  readonly language?: Language;
}

/** When the dossier was built: its warnings (blanks to fill) and the lock it printed. */
export interface DossierSummary {
  readonly warnings: number;
  readonly lockFingerprint: string | null;
}

export interface RunOutcome {
  readonly outcome: AnalysisOutcome;
  /** Names of the sheets written, in order. */
  readonly written: readonly string[];
  /** Where each part of `Đề nghị khen thưởng` is, when it was written (links in the pane). */
  readonly listParts?: readonly ProposalListPart[];
  readonly dossier?: DossierSummary;
}

export async function runRegister(
  port: WorkbookPort,
  choice: OutputChoice = "all",
  options: RunOptions = {}
): Promise<RunOutcome> {
  const grids = await readInputGrids(port);
  const parts = await readIntegrityParts(port);
  const lockFingerprint =
    options.lockFingerprint === undefined
      ? lockInForce(port, grids, parts)
      : options.lockFingerprint;
  const planned = planRun(grids, parts, choice, { ...options, lockFingerprint });
  if (planned.sheets.length > 0) await port.writeOutputSheets(planned.sheets);
  const written = planned.sheets.map((s) => s.name);
  const entry = options.audit === undefined ? null : runAuditAction(planned, choice, options.audit);
  if (entry !== null) await recordAction(port, entry);
  return {
    outcome: planned.outcome,
    written,
    ...(planned.dossier === undefined ? {} : { dossier: planned.dossier }),
    ...(planned.listParts !== undefined ? { listParts: planned.listParts } : {}),
  };
}

/**
 * The `Nhật ký` row of a run (null when the register was unusable and nothing was written):
 * the same row whether the CLI's runRegister or the pane's worker computed the run.
 */
export function runAuditAction(
  planned: RunPlan,
  choice: OutputChoice,
  audit: AuditContext
): AuditAction | null {
  if (planned.outcome.kind !== "analysed") return null;
  const { register, proposals } = planned.outcome.analysis;
  const proposed = proposals.filter((p) => p.status === "proposed").length;
  return auditAction(audit, register.settings, {
    action: choice === "dossier" ? AUDIT_ACTIONS.dossier : AUDIT_ACTIONS.run,
    sheets: planned.sheets.map((s) => s.name),
    counts:
      `${register.units.length} đơn vị, ${register.staff.length} cán bộ, ${proposed} đề nghị` +
      (planned.documents === undefined ? "" : `, ${planned.documents} văn bản hồ sơ`),
  });
}

/** What a run computes from the grids read: the analysis and the output sheets to write. */
export interface RunPlan {
  readonly outcome: AnalysisOutcome;
  /** Empty when the register is unusable. */
  readonly sheets: readonly OutputSheet[];
  /** Where each part of the proposal list is, when the list is among the sheets. */
  readonly listParts?: readonly ProposalListPart[];
  /** When the dossier was built. */
  readonly dossier?: DossierSummary;
  /** How many documents the dossier has, when built. */
  readonly documents?: number;
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
  options: PlanOptions = {},
  onStage?: (stage: AnalysisStage | "building") => void
): RunPlan {
  const outcome = analyseRegister(grids, integrity, onStage);
  if (outcome.kind === "unusable") return { outcome, sheets: [] };
  const { analysis } = outcome;
  onStage?.("building");
  // The dossier's warnings (blanks left for missing settings) are listed in `Kiểm tra` with it.
  // Its biên bản prints the council's lock: the caller's, else the lock record read.
  const lockFingerprint =
    options.lockFingerprint === undefined
      ? integrity.lock === null
        ? null
        : (parseLockRecord(integrity.lock)?.fingerprint ?? null)
      : options.lockFingerprint;
  const dossier =
    choice === "all" || choice === "dossier"
      ? buildDossier(analysis, { ...options, lockFingerprint })
      : null;
  const language = options.language ?? "vi";
  const sheets: OutputSheet[] = [
    buildCheckSheet([...analysis.issues, ...(dossier?.issues ?? [])], language),
  ];
  // Made from a register with errors, the ranking and the list say they are drafts.
  const errors = analysis.issues.filter((i) => i.severity === "error").length;
  if (choice === "all" || choice === "scores")
    sheets.push(buildScoreSheet(analysis.register, analysis.scoring, errors, language));
  const list =
    choice === "all" || choice === "proposals"
      ? buildProposalList(analysis.register, analysis.proposals, analysis.rulebook, errors)
      : null;
  if (list !== null) sheets.push(list.sheet);
  const listParts = list === null ? {} : { listParts: list.parts };
  if (dossier === null) return { outcome, sheets, ...listParts };
  sheets.push(...buildDossierSheets(dossier));
  return {
    outcome,
    sheets,
    ...listParts,
    dossier: { warnings: dossier.issues.length, lockFingerprint },
    documents: dossier.documents.length,
  };
}
