/** Use case "Kiểm tra": analyse the register without writing anything. */
import { analyseRegister, type AnalysisOutcome } from "../domain/analyse-register";
import type { WorkbookPort } from "../ports/workbook.port";
import { readIntegrityParts } from "./read-integrity-parts";
import { readInputGrids } from "./read-workbook";

export async function checkRegister(port: WorkbookPort): Promise<AnalysisOutcome> {
  const grids = await readInputGrids(port);
  return analyseRegister(grids, await readIntegrityParts(port));
}
