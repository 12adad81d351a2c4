/**
 * Use case "Sang năm mới" / `tdkt next-year` (issue 11): the sheets of next year's register, built
 * from this workbook without changing it. The CLI saves them as a new file; the pane opens them as
 * a new workbook.
 */
import { analyseRegister } from "../domain/analyse-register";
import { unusableReason } from "../domain/messages/unusable-reasons";
import type { Unusable } from "../domain/unusable";
import { buildNextYear, type NextYearOptions, type NextYearResult } from "../domain/year/next-year";
import type { WorkbookPort } from "../ports/workbook.port";
import { readInputGrids } from "./read-workbook";

export type NextYearOutcome =
  { readonly kind: "built"; readonly result: NextYearResult } | Unusable;

export async function nextYearRegister(
  port: WorkbookPort,
  options: NextYearOptions
): Promise<NextYearOutcome> {
  const grids = await readInputGrids(port);
  const outcome = analyseRegister(grids);
  if (outcome.kind === "unusable") return outcome;
  const { register, proposals } = outcome.analysis;
  const result = buildNextYear(grids, register, proposals, options);
  if (result === null) {
    return { kind: "unusable", reason: unusableReason("no-year", {}) };
  }
  return { kind: "built", result };
}
