/**
 * The merge report (`Gộp phiếu`): per returned file whether it was merged and how many cells,
 * then every finding with its sheet and cell, worded in the reader's language. The program owns
 * the sheet and rewrites it whole on each merge.
 */
import type { Language } from "../messages/language";
import { mergeFindingText } from "../messages/merge-finding-text";
import { sheetTexts } from "../messages/sheet-texts";
import { MERGE_REPORT_SHEET } from "../output/program-sheets";
import type { OutputSheet, SpecCell } from "../output/sheet-spec";
import type { MergeFinding, MergedFile } from "./plan-merge";

export { MERGE_REPORT_SHEET };

export interface MergeSummary {
  readonly time: string;
  readonly files: readonly MergedFile[];
  /** Cells written per file. */
  readonly written: ReadonlyMap<string, number>;
  readonly findings: readonly MergeFinding[];
}

/** Builds `Gộp phiếu` in `language` (Vietnamese by default). */
export function buildMergeReportSheet(
  summary: MergeSummary,
  language: Language = "vi"
): OutputSheet {
  const all = sheetTexts(language);
  const t = all.merge;
  const h = (value: string): SpecCell => ({ value, style: "header" });
  const c = (value: string | number | null): SpecCell => ({ value, style: "cell" });
  const rows: (SpecCell | null)[][] = [
    [{ value: t.title, style: "title" }],
    [{ value: t.time({ time: summary.time }), style: "note" }],
    [],
    t.filesHeader.map(h),
    ...summary.files.map((f) => [
      c(f.file),
      c(f.unit),
      c(f.accepted ? t.merged : t.refused),
      c(summary.written.get(f.file) ?? 0),
    ]),
    [],
    t.findingsHeader.map(h),
    ...summary.findings.map((f) => [
      c(all.severity[f.severity]),
      c(f.file),
      c(f.unit),
      c(f.sheet),
      c(f.cell),
      c(mergeFindingText(f, language)),
      c(f.code),
    ]),
  ];
  if (summary.findings.length === 0) rows.push([c(t.none)]);
  return {
    name: MERGE_REPORT_SHEET,
    styles: {
      title: { bold: true, fontSize: 13 },
      note: { italic: true, color: "595959" },
      header: { bold: true, fill: "DDEBF7", border: true, wrap: true, align: "center" },
      cell: { border: true, valign: "top", wrap: true, numberFormat: "@" },
    },
    columnWidths: [28, 12, 14, 16, 8, 80, 22],
    rows,
    freezeRows: 0,
    tabColor: "7F7F7F",
  };
}
