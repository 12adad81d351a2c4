/** Reads every input sheet of the workbook fresh, in one batch (co-authors may have changed it). */
import type { GridSet } from "../domain/grid";
import { isOutputSheet } from "../domain/output/program-sheets";
import type { WorkbookPort } from "../ports/workbook.port";

export async function readInputGrids(port: WorkbookPort): Promise<GridSet> {
  const names = await port.listSheets();
  return port.readSheets(names.filter((n) => !isOutputSheet(n)));
}
