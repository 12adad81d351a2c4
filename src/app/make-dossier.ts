/**
 * Use case "Lập hồ sơ": analyse the register and build the proposal dossier's documents; with
 * `writeSheets`, also write them into the workbook as print-ready sheets (with `Kiểm tra`).
 */
import { analyseRegister, type AnalysisOutcome } from "../domain/analyse-register";
import { buildDossier, type Dossier } from "../domain/dossier/build-dossier";
import type { DossierOptions } from "../domain/dossier/dossier-context";
import type { WorkbookPort } from "../ports/workbook.port";
import { readInputGrids } from "./read-workbook";

export interface DossierOutcome {
  readonly outcome: AnalysisOutcome;
  /** Null when the register is unusable. */
  readonly dossier: Dossier | null;
}

export async function makeDossier(
  port: WorkbookPort,
  options: DossierOptions = {}
): Promise<DossierOutcome> {
  const outcome = analyseRegister(await readInputGrids(port));
  if (outcome.kind === "unusable") return { outcome, dossier: null };
  return { outcome, dossier: buildDossier(outcome.analysis, options) };
}
