/**
 * The `Kết quả chấm điểm` sheet: units ranked by council total, then where each unit's self
 * score exceeds the council's, largest gap first.
 */
import { SCORE_PREFIX } from "../codec/register-layout";
import type { Register, Unit } from "../model";
import type { Language } from "../messages/language";
import { sheetTexts } from "../messages/sheet-texts";
import { ratingText } from "../rulebook/rating";
import type { ScoringResult } from "../scoring/score-units";
import { CALIBRI_11_CHAR_PIXELS, SheetRows, TABLE_HEADER_STYLE, num, text } from "./sheet-rows";
import { draftMark, draftStyle, withDraftHeader } from "./draft-mark";
import type { OutputSheet } from "./sheet-spec";

import { SCORE_SHEET_NAME } from "./program-sheets";

export { SCORE_SHEET_NAME };

const WIDTHS = [8, 12, 34, 10, 13, 11, 30, 30, 36];
const STYLES = {
  agency: { bold: true },
  title: { bold: true, fontSize: 14, align: "center" },
  subtitle: { italic: true, align: "center" },
  section: { bold: true, fontSize: 12 },
  header: TABLE_HEADER_STYLE,
  text: { border: true, valign: "top", wrap: true, numberFormat: "@" },
  center: { border: true, valign: "top", align: "center", numberFormat: "@" },
  number: { border: true, valign: "top", align: "right" },
  over: { border: true, valign: "top", align: "right", bold: true, color: "9C0006" },
  link: {
    border: true,
    valign: "top",
    align: "center",
    color: "0563C1",
    underline: true,
    numberFormat: "@",
  },
  none: { italic: true },
  draft: draftStyle(),
} as const;

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/**
 * Builds `Kết quả chấm điểm`. `errors`: the register's errors; with any, the sheet is marked
 * marked as a draft under its title and in its printed header. Worded in `language`.
 */
export function buildScoreSheet(
  register: Register,
  scoring: ScoringResult,
  errors = 0,
  language: Language = "vi"
): OutputSheet {
  const t = sheetTexts(language).score;
  const mark = draftMark(errors, language);
  const { settings } = register;
  const units = new Map<string, Unit>(register.units.map((u) => [u.code, u]));
  const withSheet = new Set(register.scoreSheets.map((x) => x.unitCode));
  const sheet = new SheetRows(CALIBRI_11_CHAR_PIXELS);
  const last = WIDTHS.length - 1;
  sheet.merge(sheet.add([text(settings.agency.toLocaleUpperCase("vi"), "agency")]), 0, last);
  sheet.merge(sheet.add([text(t.title({ year: settings.year }), "title")]), 0, last);
  if (settings.campaign.trim() !== "")
    sheet.merge(sheet.add([text(settings.campaign, "subtitle")]), 0, last);
  if (mark !== null) sheet.merge(sheet.add([text(mark, "draft")]), 0, last);
  sheet.add();
  const headerRow = sheet.add(t.rankHeader.map((h) => text(h, "header")));
  sheet.heights[headerRow - 1] = 32;
  if (scoring.scores.length === 0) sheet.merge(sheet.add([text(t.noUnits, "none")]), 0, last);
  for (const s of scoring.scores) {
    const unit = units.get(s.unit);
    const gap =
      s.selfScore !== null && s.councilScore !== null ? round(s.selfScore - s.councilScore) : null;
    const note =
      s.councilScore === null
        ? withSheet.has(s.unit)
          ? t.notRankedScores
          : t.notRankedSheet({ sheet: `${SCORE_PREFIX}${s.unit}` })
        : unit?.rating && s.classification !== null && ratingText(unit.rating) !== s.classification
          ? t.ratingDiffers
          : "";
    const row = sheet.add([
      num(s.rank, "center"),
      text(s.unit, "center"),
      text(unit?.name ?? "", "text"),
      num(s.selfScore, "number"),
      num(s.councilScore, "number"),
      num(gap, gap !== null && gap > 0 ? "over" : "number"),
      text(s.classification ?? "", "text"),
      text(unit?.rating ? ratingText(unit.rating) : "", "text"),
      text(note, "text"),
    ]);
    sheet.fitHeight(row, WIDTHS);
  }

  sheet.add();
  const gapTitle = sheet.add([text(t.gapTitle, "section")]);
  sheet.merge(gapTitle, 0, last);
  const gapHeader = sheet.add(t.gapHeader.map((h) => text(h, "header")));
  sheet.merge(gapHeader, 7, 8);
  sheet.heights[gapHeader - 1] = 32;
  if (scoring.gaps.length === 0) sheet.merge(sheet.add([text(t.noGaps, "none")]), 0, last);
  scoring.gaps.forEach((g, i) => {
    const row = sheet.add([
      num(i + 1, "center"),
      text(g.unit, "center"),
      text(units.get(g.unit)?.name ?? "", "text"),
      num(g.selfScore, "number"),
      num(g.councilScore, "number"),
      num(g.gap, g.gap > 0 ? "over" : "number"),
      g.sheet !== undefined && g.cell !== undefined && g.cell !== null
        ? { value: g.criterionCode, style: "link", link: { sheet: g.sheet, cell: g.cell } }
        : text(g.criterionCode, "center"),
      text(g.content ?? "", "text"),
      text("", "text"),
    ]);
    sheet.merge(row, 7, 8);
    sheet.fitHeight(row, [...WIDTHS.slice(0, 7), (WIDTHS[7] ?? 0) + (WIDTHS[8] ?? 0)]);
  });

  return {
    name: SCORE_SHEET_NAME,
    styles: STYLES,
    columnWidths: WIDTHS,
    rows: sheet.rows,
    rowHeights: sheet.heights,
    merges: sheet.merges,
    freezeRows: headerRow,
    // The gaps have other columns than the ranking: they start a page of their own, and the
    // ranking's header is repeated on printed pages only when no gap table follows it (a sheet
    // has one set of repeated rows, and the wrong header over the gaps would mislead).
    pageBreaksBefore: scoring.gaps.length > 0 ? [gapTitle] : [],
    print: withDraftHeader(
      {
        orientation: "landscape",
        paper: "A4",
        ...(scoring.gaps.length > 0 ? {} : { repeatRows: [headerRow, headerRow] as const }),
        fitToWidth: true,
        pageNumbers: true,
      },
      mark
    ),
  };
}
