/**
 * The whole engine as one pure function: grids in, findings, scores, proposals and output sheets
 * out. The CLI, the task pane and the preview all call this through the use cases in src/app.
 */
import type { GridSet } from "./grid";
import { createIssue } from "./messages/create-issue";
import type { Issue } from "./issue";
import type { Register } from "./model";
import type { Proposal, Report } from "./report";
import { readRegister } from "./codec/read-register";
import { validateRegister } from "./validation/validate-register";
import { resolveParameters, type ParameterValues } from "./rulebook/parameters";
import { scoreUnits, type ScoringResult } from "./scoring/score-units";
import { evaluateProposals } from "./proposals/evaluate-proposals";
import { buildReport } from "./output/build-report";
import { readCalendar } from "./year/calendar";
import { resolveRewards } from "./year/rewards";
import { rulebookForRegister } from "./rulebook/default-rulebook";
import type { Rulebook } from "./rulebook/rule-definition";
import { checkIntegrity, type IntegrityParts } from "./integrity/integrity-check";
import { SHEET } from "./codec/register-layout";
import { missingSheetsOutcome, type Unusable } from "./unusable";

export interface Analysis {
  readonly register: Register;
  readonly params: ParameterValues;
  /** The rulebook version the register is judged under (by `Năm`, or `Căn cứ pháp lý`). */
  readonly rulebook: Rulebook;
  /** Every finding: reading, validation, parameters, scoring and reconciliation, in that order. */
  readonly issues: readonly Issue[];
  readonly scoring: ScoringResult;
  readonly proposals: readonly Proposal[];
  readonly report: Report;
}

export type AnalysisOutcome = { readonly kind: "analysed"; readonly analysis: Analysis } | Unusable;

// Re-exported: callers have long found them here.
export type { Unusable } from "./unusable";
export { isOutputSheet } from "./output/program-sheets";

/** The stages of an analysis, in order, reported as each starts (the pane's progress bar). */
export const ANALYSIS_STAGES = ["reading", "validating", "scoring", "proposing"] as const;
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

/**
 * Reads, validates, scores and evaluates a register given as grids (output sheets excluded).
 * With the workbook's integrity parts, the council's lock and the audit log are checked too.
 * `onStage` hears each stage as it starts (a worker posts it to the pane as progress).
 */
export function analyseRegister(
  grids: GridSet,
  integrity?: IntegrityParts,
  onStage?: (stage: AnalysisStage) => void
): AnalysisOutcome {
  onStage?.("reading");
  const read = readRegister(grids);
  if (read.missingSheets.length > 0) {
    return missingSheetsOutcome(read.missingSheets);
  }
  const { register } = read;
  const chosen = rulebookForRegister(register.settings);
  const rulebook = chosen.rulebook;
  const basisIssues: Issue[] =
    chosen.unknown === null
      ? []
      : [
          createIssue(
            "error",
            "unknown-legal-basis",
            {
              cell: chosen.unknown.cell,
              value: chosen.unknown.text,
              used: rulebook.legalBasis?.label ?? rulebook.name,
            },
            { sheet: SHEET.settings, cell: chosen.unknown.cell }
          ),
        ];
  const parameters = resolveParameters(register.settings, rulebook);
  onStage?.("validating");
  const validation = validateRegister(register, parameters.values);
  onStage?.("scoring");
  const scoring = scoreUnits(register, parameters.values);
  onStage?.("proposing");
  const evaluation = evaluateProposals(register, scoring.scores, parameters.values, rulebook);
  const issues = [
    ...read.issues,
    ...basisIssues,
    ...parameters.issues,
    ...readCalendar(register.settings).issues,
    ...resolveRewards(register.settings).issues,
    ...validation,
    ...scoring.issues,
    ...evaluation.issues,
    ...(integrity === undefined ? [] : checkIntegrity(grids, integrity)),
  ];
  const report = buildReport(register, issues, scoring.scores, evaluation.proposals);
  return {
    kind: "analysed",
    analysis: {
      register,
      params: parameters.values,
      rulebook,
      issues,
      scoring,
      proposals: evaluation.proposals,
      report,
    },
  };
}
