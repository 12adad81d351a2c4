/**
 * The sheets the program writes itself, by name: they are never read as input. A module of its
 * own, with no engine behind it, so the task pane's main chunk can tell them apart without
 * loading the engine (which runs in its worker).
 */
import { foldKey } from "../text/normalize";
import type { ReportKind } from "../year/year-report-sheet";
import { OUTPUT_SHEET_NAMES } from "./sheet-spec";

/** The check, ranking and list sheets (their builders re-export these names). */
export const CHECK_SHEET_NAME = "Kiểm tra";
export const SCORE_SHEET_NAME = "Kết quả chấm điểm";
export const PROPOSAL_SHEET_NAME = "Đề nghị khen thưởng";
/** The roll-up workbook's summary sheet, and the name of a list whose authority has none. */
export const ROLLUP_SUMMARY_SHEET = "Tổng hợp";
export const ROLLUP_LIST_SHEET = "Danh sách";
/** The instruction sheet of a unit's file. */
export const INSTRUCTION_SHEET = "Hướng dẫn";
/** The unit-file merge report (unit-files/merge-report-sheet.ts re-exports it). */
export const MERGE_REPORT_SHEET = "Gộp phiếu";

/** Names of the year's report sheets (sơ kết, tổng kết). */
export const REPORT_SHEET_NAMES: Readonly<Record<ReportKind, string>> = {
  "mid-year": "Báo cáo sơ kết",
  "year-end": "Báo cáo tổng kết",
};

/** True for the sheets the program writes itself; they are never read as input. */
export function isOutputSheet(name: string): boolean {
  const key = foldKey(name);
  return (
    OUTPUT_SHEET_NAMES.some((n) => foldKey(n) === key) ||
    Object.values(REPORT_SHEET_NAMES).some((n) => foldKey(n) === key)
  );
}
