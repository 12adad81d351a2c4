/**
 * The merge report (`Gộp phiếu`): per returned file whether it was merged and how many cells,
 * then every finding with its sheet and cell. The program owns the sheet and rewrites it whole
 * on each merge.
 */
import type { OutputSheet, SpecCell } from "../output/sheet-spec";
import type { MergeFinding, MergedFile } from "./plan-merge";

/** Name of the merge report sheet. */
export const MERGE_REPORT_SHEET = "Gộp phiếu";

const SEVERITY_TEXT = { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" } as const;

export interface MergeSummary {
  readonly time: string;
  readonly files: readonly MergedFile[];
  /** Cells written per file. */
  readonly written: ReadonlyMap<string, number>;
  readonly findings: readonly MergeFinding[];
}

export function buildMergeReportSheet(summary: MergeSummary): OutputSheet {
  const h = (value: string): SpecCell => ({ value, style: "header" });
  const c = (value: string | number | null): SpecCell => ({ value, style: "cell" });
  const rows: (SpecCell | null)[][] = [
    [{ value: "KẾT QUẢ GỘP PHIẾU ĐƠN VỊ", style: "title" }],
    [{ value: `Thời gian: ${summary.time}`, style: "note" }],
    [],
    [h("Tệp"), h("Đơn vị"), h("Kết quả"), h("Số ô đã gộp")],
    ...summary.files.map((f) => [
      c(f.file),
      c(f.unit),
      c(f.accepted ? "Đã gộp" : "Không gộp"),
      c(summary.written.get(f.file) ?? 0),
    ]),
    [],
    [h("Mức độ"), h("Tệp"), h("Đơn vị"), h("Trang"), h("Ô"), h("Nội dung"), h("Mã")],
    ...summary.findings.map((f) => [
      c(SEVERITY_TEXT[f.severity]),
      c(f.file),
      c(f.unit),
      c(f.sheet),
      c(f.cell),
      c(f.message),
      c(f.code),
    ]),
  ];
  if (summary.findings.length === 0) rows.push([c("Không có vấn đề nào.")]);
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
