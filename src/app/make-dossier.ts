/**
 * Use case "Lập hồ sơ" (Word files): analyse the register and build the proposal dossier's
 * documents, with the council's lock fingerprint in the biên bản when the results are locked.
 * Writes nothing (the sheets are written by `runRegister(port, "dossier")`).
 */
import { analyseRegister, type AnalysisOutcome } from "../domain/analyse-register";
import { buildDossier, type Dossier } from "../domain/dossier/build-dossier";
import type { DossierOptions } from "../domain/dossier/dossier-context";
import type { WorkbookPort } from "../ports/workbook.port";
import { lockInForce } from "./integrity-parts";
import { readIntegrityParts } from "./read-integrity-parts";
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
  const grids = await readInputGrids(port);
  const parts = await readIntegrityParts(port);
  const outcome = analyseRegister(grids, parts);
  if (outcome.kind === "unusable") return { outcome, dossier: null };
  const lockFingerprint =
    options.lockFingerprint === undefined
      ? lockInForce(port, grids, parts)
      : options.lockFingerprint;
  return { outcome, dossier: buildDossier(outcome.analysis, { ...options, lockFingerprint }) };
}
