/**
 * Use case "Sang năm mới" / `tdkt next-year` (issue 11): the sheets of next year's register, built
 * from this workbook without changing it. The CLI saves them as a new file; the pane opens them as
 * a new workbook.
 */
import { analyseRegister } from "../domain/analyse-register";
import { buildNextYear, type NextYearOptions, type NextYearResult } from "../domain/year/next-year";
import type { WorkbookPort } from "../ports/workbook.port";
import { readInputGrids } from "./read-workbook";

export type NextYearOutcome =
  | { readonly kind: "built"; readonly result: NextYearResult }
  | { readonly kind: "unusable"; readonly reason: string };

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
    return { kind: "unusable", reason: "Sổ chưa có năm thi đua (tham số Năm của trang Cấu hình)." };
  }
  return { kind: "built", result };
}
