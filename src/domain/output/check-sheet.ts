/** The `Kiểm tra` sheet: every issue, errors first, each with a link to its cell. */
import type { Issue } from "../issue";
import type { Language } from "../messages/language";
import { issueText } from "../messages/render-issue";
import { sheetTexts } from "../messages/sheet-texts";
import { CALIBRI_11_CHAR_PIXELS, SheetRows, TABLE_HEADER_STYLE, num, text } from "./sheet-rows";
import type { OutputSheet } from "./sheet-spec";

import { CHECK_SHEET_NAME } from "./program-sheets";

export { CHECK_SHEET_NAME };

const WIDTHS = [6, 11, 22, 9, 100, 28];

const STYLES = {
  title: { bold: true, fontSize: 14 },
  summary: { italic: true },
  header: TABLE_HEADER_STYLE,
  cell: { border: true, valign: "top", numberFormat: "@" },
  center: { border: true, valign: "top", align: "center" },
  message: { border: true, valign: "top", wrap: true, numberFormat: "@" },
  link: { border: true, valign: "top", color: "0563C1", underline: true, numberFormat: "@" },
  error: { border: true, valign: "top", bold: true, color: "9C0006", fill: "FFC7CE" },
  warning: { border: true, valign: "top", color: "7F6000", fill: "FFEB9C" },
  none: { italic: true },
} as const;

/** Builds `Kiểm tra` from the issues of a run, worded in `language` (Vietnamese by default). */
export function buildCheckSheet(issues: readonly Issue[], language: Language = "vi"): OutputSheet {
  const t = sheetTexts(language);
  const sheet = new SheetRows(CALIBRI_11_CHAR_PIXELS);
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  sheet.merge(sheet.add([text(t.check.title, "title")]), 0, 5);
  sheet.merge(
    sheet.add([
      text(t.check.summary({ errors: errors.length, warnings: warnings.length }), "summary"),
    ]),
    0,
    5
  );
  sheet.add();
  const headerRow = sheet.add(t.check.header.map((h) => text(h, "header")));
  if (issues.length === 0) {
    sheet.merge(sheet.add([text(t.check.none, "none")]), 0, 5);
  }
  [...errors, ...warnings].forEach((issue, i) => {
    const row = sheet.add([
      num(i + 1, "center"),
      text(t.severity[issue.severity], issue.severity),
      text(issue.sheet ?? "", "cell"),
      issue.sheet !== null && issue.cell !== null
        ? { value: issue.cell, style: "link", link: { sheet: issue.sheet, cell: issue.cell } }
        : text("", "cell"),
      text(issueText(issue, language), "message"),
      text(issue.code, "cell"),
    ]);
    sheet.fitHeight(row, WIDTHS);
  });
  return {
    name: CHECK_SHEET_NAME,
    styles: STYLES,
    columnWidths: WIDTHS,
    rows: sheet.rows,
    rowHeights: sheet.heights,
    merges: sheet.merges,
    freezeRows: headerRow,
    print: {
      orientation: "landscape",
      paper: "A4",
      repeatRows: [headerRow, headerRow],
      fitToWidth: true,
      pageNumbers: true,
    },
    tabColor: errors.length > 0 ? "C00000" : "70AD47",
  };
}
