/** Texts of the preview page around the task pane (the pane has its own strings). */

export type PreviewLanguage = "vi" | "en";

export interface PreviewStrings {
  readonly title: string;
  readonly subtitle: string;
  readonly open: string;
  readonly openHint: string;
  readonly download: string;
  readonly sample: string;
  readonly language: string;
  readonly paneWidth: string;
  readonly paneLabel: string;
  readonly gridLabel: (sheet: string) => string;
  readonly sheetTabs: string;
  readonly changedSheet: string;
  readonly selected: (sheet: string, cell: string) => string;
  readonly noSelection: string;
  readonly emptyWorkbook: string;
  readonly loading: string;
  readonly openFailed: (file: string, reason: string) => string;
  readonly dismiss: string;
  readonly fileLabel: string;
  readonly markError: string;
  readonly markWarning: string;
  /** What a chart shows, for screen readers (its table follows it). */
  readonly chartSummary: (
    kind: "column" | "bar" | "line",
    categories: number,
    series: readonly string[]
  ) => string;
  readonly chartTable: string;
  readonly chartCategory: string;
}

const vi: PreviewStrings = {
  title: "Sổ Thi đua — xem thử",
  subtitle: "Ngăn tác vụ thật trên một sổ trong bộ nhớ, không cần Excel",
  open: "Mở tệp .xlsx…",
  openHint: "Chọn một sổ Excel (.xlsx) trên máy; tệp không rời khỏi trình duyệt.",
  download: "Tải xuống",
  sample: "Nạp sổ mẫu",
  language: "Ngôn ngữ Office",
  paneWidth: "Độ rộng ngăn",
  paneLabel: "Ngăn tác vụ Sổ Thi đua",
  gridLabel: (sheet) => `Trang tính ${sheet} (chỉ xem)`,
  sheetTabs: "Các trang tính",
  changedSheet: "do chương trình ghi",
  selected: (sheet, cell) => `Ô đang chọn: ${sheet}!${cell}`,
  noSelection: "Chưa chọn ô nào",
  emptyWorkbook: "Sổ không có trang tính nào.",
  chartSummary: (kind, categories, series) =>
    `Biểu đồ ${kind === "bar" ? "thanh ngang" : kind === "column" ? "cột" : "đường"}, ${categories} mục; số liệu: ${series.join(", ")}. Bảng số liệu ở ngay dưới biểu đồ.`,
  chartTable: "Bảng số liệu của biểu đồ",
  chartCategory: "Mục",
  loading: "Đang mở sổ…",
  openFailed: (file, reason) => `Không mở được tệp ${file}: ${reason}`,
  dismiss: "Đóng thông báo",
  fileLabel: "Tệp đang mở",
  markError: "ô có lỗi",
  markWarning: "ô có cảnh báo",
};

const en: PreviewStrings = {
  title: "Sổ Thi đua — preview",
  subtitle: "The real task pane on an in-memory workbook, no Excel needed",
  open: "Open .xlsx…",
  openHint: "Choose an Excel workbook (.xlsx) on this computer; it never leaves the browser.",
  download: "Download",
  sample: "Load the sample",
  language: "Office language",
  paneWidth: "Pane width",
  paneLabel: "Sổ Thi đua task pane",
  gridLabel: (sheet) => `Sheet ${sheet} (read-only)`,
  sheetTabs: "Sheets",
  changedSheet: "written by the program",
  selected: (sheet, cell) => `Selected cell: ${sheet}!${cell}`,
  noSelection: "No cell selected",
  emptyWorkbook: "The workbook has no sheets.",
  chartSummary: (kind, categories, series) =>
    `${kind === "bar" ? "Bar" : kind === "column" ? "Column" : "Line"} chart, ${categories} categories; series: ${series.join(", ")}. The chart's data table is right below it.`,
  chartTable: "The chart's data table",
  chartCategory: "Category",
  loading: "Opening the workbook…",
  openFailed: (file, reason) => `Could not open ${file}: ${reason}`,
  dismiss: "Dismiss",
  fileLabel: "Open file",
  markError: "cell with an error",
  markWarning: "cell with a warning",
};

export const PREVIEW_STRINGS: Readonly<Record<PreviewLanguage, PreviewStrings>> = { vi, en };
