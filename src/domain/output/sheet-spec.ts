/**
 * A sheet the program writes, described as plain data: values, named styles, merges, widths,
 * links, print setup. The .xlsx writer and the Office.js adapter both render this one shape, so
 * the domain decides what a sheet looks like and the adapters only draw it.
 */

export type HorizontalAlign = "left" | "center" | "right";
export type VerticalAlign = "top" | "middle" | "bottom";

export interface CellStyle {
  readonly fontName?: string; // default "Times New Roman" for printed lists, adapters' default otherwise
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Font colour, 6-digit hex without '#'. */
  readonly color?: string;
  /** Background fill, 6-digit hex without '#'. */
  readonly fill?: string;
  readonly align?: HorizontalAlign;
  readonly valign?: VerticalAlign;
  readonly wrap?: boolean;
  /** Thin border on all four sides. */
  readonly border?: boolean;
  /** Excel number format; text cells from users use "@". */
  readonly numberFormat?: string;
}

export interface SpecCell {
  /** Strings are always written as text, never as formulas ("=…" stays text). */
  readonly value: string | number | boolean | null;
  /** Key into OutputSheet.styles. */
  readonly style?: string;
  /** Internal link to another cell, e.g. an issue's cell. */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

export interface DataValidationSpec {
  /** A1 range, e.g. "D5:D500". */
  readonly range: string;
  /** Allowed values (dropdown). */
  readonly list: readonly string[];
}

export interface PrintSetup {
  readonly orientation: "portrait" | "landscape";
  readonly paper: "A4";
  /** 1-based rows repeated at the top of every printed page, e.g. [6, 6]. */
  readonly repeatRows?: readonly [number, number];
  readonly fitToWidth?: boolean;
  /**
   * Print scale in per cent (10–400). When given it replaces `fitToWidth`: a fixed scale prints
   * alike in Excel and LibreOffice (their "fit to width" scales differ by a few per cent), so
   * pages end where the sheet's builder expects them to.
   */
  readonly scale?: number;
  /** "Trang N / M" in the footer. */
  readonly pageNumbers?: boolean;
  /** Text centred in the printed page header of every page (e.g. the draft mark). */
  readonly headerText?: string;
  /** Font of the page numbers (e.g. the list's Times New Roman); the host's default if absent. */
  readonly pageNumberFont?: { readonly name: string; readonly size: number };
  /** Margins in inches. */
  readonly margins?: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
}

/**
 * A native Excel chart over a block of the sheet's own cells: the block's first row holds the
 * series names, its first column the categories, each further column one series. Adapters draw
 * it as a real chart (chart parts in .xlsx, the charts API in Office.js), the preview as SVG.
 */
export interface ChartSpec {
  readonly kind: "column" | "bar" | "line";
  readonly title: string;
  /** A1 range of the block on this sheet, header row included, e.g. "B20:D30". */
  readonly dataRange: string;
  /** 0-based cells of the frame's top-left and bottom-right corners. */
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
}

export interface OutputSheet {
  readonly name: string;
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** Column widths in Excel character units, from column A. */
  readonly columnWidths: readonly number[];
  /** Rows from row 1; null = empty cell. */
  readonly rows: readonly (readonly (SpecCell | null)[])[];
  /** Optional heights in points, by 0-based row index. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Merged ranges, e.g. "A1:D1". */
  readonly merges?: readonly string[];
  /** Rows frozen at the top (header rows). */
  readonly freezeRows?: number;
  readonly print?: PrintSetup;
  /**
   * Manual page breaks: 1-based rows that start a new printed page (e.g. a part that must not
   * share a page with the list above it). Rows ≤ 1 are ignored.
   */
  readonly pageBreaksBefore?: readonly number[];
  readonly validations?: readonly DataValidationSpec[];
  /** An Excel table over a header row and its data (input sheets created for people). */
  readonly table?: { readonly name: string; readonly range: string };
  /**
   * Sheet protection leaving only these ranges editable. No password is ever stored.
   */
  readonly protection?: { readonly editableRanges: readonly string[] };
  /** Tab colour, 6-digit hex. */
  readonly tabColor?: string;
  /** Native charts over the sheet's cells (reports). */
  readonly charts?: readonly ChartSpec[];
  /**
   * A sheet people should not see or unhide from the menu (Excel's "very hidden"), e.g. the
   * fingerprint of a unit's file. Applied when the sheet is created.
   */
  readonly hidden?: boolean;
}

/** The proposal dossier's sheets (output/dossier-sheets.ts), one per kind of document. */
export const DOSSIER_SHEET_NAMES = [
  "Hồ sơ - Quyết định",
  "Hồ sơ - Tờ trình",
  "Hồ sơ - Biên bản",
  "Hồ sơ - Báo cáo thành tích",
  "Hồ sơ - Kiểm tra thành phần",
] as const;

/** Names of the sheets the program owns and rewrites whole on each run. */
export const OUTPUT_SHEET_NAMES = [
  "Kiểm tra",
  "Kết quả chấm điểm",
  "Đề nghị khen thưởng",
  ...DOSSIER_SHEET_NAMES,
] as const;

/**
 * The footer text for page numbers, in Excel's header/footer codes: "Trang &P / &N", with the
 * font first when one is asked for. Both adapters write this same text.
 */
export function pageNumberFooter(print: PrintSetup): string {
  const font = print.pageNumberFont;
  const name = font?.name.replace(/["&]/g, "") ?? "";
  const prefix =
    font === undefined || name === "" || !(font.size > 0)
      ? ""
      : `&"${name},Regular"&${Math.round(font.size)}`;
  return `${prefix}Trang &P / &N`;
}

/**
 * The page header's text in Excel's header/footer codes (an "&" doubled, so it prints as
 * itself), or null when the sheet has none. Both adapters write this same text.
 */
export function pageHeaderText(print: PrintSetup): string | null {
  const text = print.headerText?.trim() ?? "";
  return text === "" ? null : `&B${text.replace(/&/g, "&&")}`;
}

/** Excel's last row number. */
const MAX_ROW = 1_048_576;

/**
 * The sheet's manual page breaks as both adapters draw them: whole rows from 2 to Excel's last
 * row, ascending, each once (a break before row 1 would be an empty page).
 */
export function pageBreakRows(sheet: OutputSheet): number[] {
  const rows = (sheet.pageBreaksBefore ?? []).filter(
    (r) => Number.isInteger(r) && r > 1 && r <= MAX_ROW
  );
  return [...new Set(rows)].sort((a, b) => a - b);
}
