/**
 * The next year's register (issue 11, `tdkt next-year`, "Sang năm mới"): a new workbook for
 * year + 1 built from this one, which is never changed. Same settings (dates moved a year), units
 * (ratings and bloc places cleared), staff (ratings, discipline, months and maternity leave
 * cleared), criteria and initiatives, every row and column kept; `Lịch sử` keeps every row and
 * gains this year's ratings and every decided title or award with its achievement period and kind;
 * fresh pledge and score sheets; an empty `Bình xét`. Awards without a decision number go over
 * only when the user says so, flagged in `Ghi chú`.
 */
import { parseDateValue } from "../codec/cell-values";
import {
  CRITERIA_COLUMNS,
  HISTORY_COLUMNS,
  INITIATIVE_COLUMNS,
  SETTING_LABELS,
  SETTINGS_COLUMNS,
  SHEET,
  STAFF_COLUMNS,
  UNIT_COLUMNS,
  type ColumnSpec,
} from "../codec/register-layout";
import { AWARD_KIND_TEXT, RATING_TEXT } from "../codec/vocabulary";
import type { CellValue, Grid, GridSet } from "../grid";
import { isCellError } from "../grid";
import type { DateOnly, Register } from "../model";
import type { CellStyle, OutputSheet, SpecCell } from "../output/sheet-spec";
import type { Proposal } from "../report";
import { awardByKey, type AwardKey } from "../rulebook/award-catalogue";
import { registerTemplateSheets, unitSheets } from "../templates/register-template";
import { foldKey, headerKey, looseKey } from "../text/normalize";
import { nextYearDate } from "./calendar";
import type { Language } from "../messages/language";
import { sheetTexts } from "../messages/sheet-texts";
import { excelSerial } from "./decision-sheet";

/** Default achievement window in years, ending at the award's year (rules.md v2). */
export const DEFAULT_PERIOD_YEARS: Readonly<Partial<Record<AwardKey, number>>> = {
  BK_TINH: 2,
  BK_BO: 2,
  CSTD_TINH: 3,
  BK_TTG: 5,
  CSTD_TQ: 6,
};

/** The header of a register column (register-layout.ts), by its field. */
function headerOf(columns: readonly ColumnSpec[], field: string): string {
  const column = columns.find((c) => c.field === field);
  if (column === undefined) throw new Error(`no column ${field}`);
  return column.header;
}

/** `Lịch sử` headers of rulebook v2 and the note column next-year fills. */
export const HISTORY_V2_HEADERS = {
  from: headerOf(HISTORY_COLUMNS, "periodFrom"),
  to: headerOf(HISTORY_COLUMNS, "periodTo"),
  kind: headerOf(HISTORY_COLUMNS, "awardKind"),
  note: headerOf(STAFF_COLUMNS, "note"),
} as const;

/** Every award the tool records is for the year's merit (`Công trạng`), the kind that counts. */
export const MERIT_KIND = AWARD_KIND_TEXT.CONG_TRANG;
/** The `Ghi chú` of a carried award without a decision: a note in the (Vietnamese) register. */
export const UNDECIDED_NOTE = sheetTexts("vi").nextYear.undecidedNote;

export interface NextYearOptions {
  /** Carry proposed titles and awards that have no decision number (flagged in `Ghi chú`). */
  readonly includeUndecided: boolean;
}

export interface NextYearResult {
  readonly year: number;
  readonly sheets: readonly OutputSheet[];
  /** Rows added to `Lịch sử`. */
  readonly ratingsAdded: number;
  readonly awardsAdded: number;
  readonly undecidedAdded: number;
  /** Proposed pairs left out because they have no decision number and the user did not ask. */
  readonly undecidedLeft: number;
}

const STYLES: Readonly<Record<string, CellStyle>> = {
  header: {
    bold: true,
    fill: "DDEBF7",
    border: true,
    wrap: true,
    align: "center",
    valign: "middle",
  },
  text: { numberFormat: "@" },
  date: { numberFormat: "dd/mm/yyyy" },
  plain: {},
};

/** The grid of a contract sheet, found as the codec finds it (case, spacing, diacritics). */
function findSheet(grids: GridSet, name: string): { name: string; grid: Grid } | null {
  for (const [n, grid] of grids) if (foldKey(n) === foldKey(name)) return { name: n, grid };
  for (const [n, grid] of grids) if (looseKey(n) === looseKey(name)) return { name: n, grid };
  return null;
}

/** The header row: the first of the first 15 rows holding every required header. */
function headerRowOf(grid: Grid, specs: readonly ColumnSpec[]): number | null {
  const required = specs.filter((s) => s.required).map((s) => headerKey(s.header));
  for (let r = 0; r < Math.min(grid.length, 15); r++) {
    const keys = new Set((grid[r] ?? []).map((v) => (typeof v === "string" ? headerKey(v) : "")));
    if (required.every((k) => keys.has(k))) return r;
  }
  return null;
}

function columnOf(grid: Grid, headerRow: number, header: string): number {
  return (grid[headerRow] ?? []).findIndex(
    (v) => typeof v === "string" && headerKey(v) === headerKey(header)
  );
}

function specCell(value: CellValue): SpecCell | null {
  if (value === null) return null;
  if (value instanceof Date) {
    const parsed = parseDateValue(value);
    return parsed.kind === "value" ? { value: excelSerial(parsed.value), style: "date" } : null;
  }
  if (isCellError(value)) return { value: value.error, style: "text" };
  if (typeof value === "string") return { value, style: "text" };
  return { value };
}

/** A copied sheet: every cell as it was (dates as dates, text as text), header row styled. */
function copySheet(
  name: string,
  grid: Grid,
  headerRow: number | null,
  specs: readonly ColumnSpec[],
  tabColor: string
): OutputSheet {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < width; c++) {
    const h = headerRow === null ? null : grid[headerRow]?.[c];
    const spec =
      typeof h === "string" ? specs.find((s) => headerKey(s.header) === headerKey(h)) : undefined;
    widths.push(spec?.width ?? 16);
  }
  return {
    name,
    styles: STYLES,
    columnWidths: widths,
    rows: grid.map((row, r) =>
      row.map((v) => {
        const cell = specCell(v);
        return r === headerRow && cell !== null ? { ...cell, style: "header" } : cell;
      })
    ),
    ...(headerRow === null ? {} : { freezeRows: headerRow + 1 }),
    tabColor,
  };
}

/** A grid with the named columns emptied below the header. */
function clearColumns(grid: Grid, headerRow: number | null, headers: readonly string[]): Grid {
  if (headerRow === null) return grid;
  const cols = headers.map((h) => columnOf(grid, headerRow, h)).filter((c) => c >= 0);
  return grid.map((row, r) =>
    r <= headerRow ? row : row.map((v, c) => (cols.includes(c) ? null : v))
  );
}

/** `Cấu hình` for year + 1: the year, every date a year later, the campaign's year. */
function nextSettings(grid: Grid, year: number): Grid {
  const headerRow = headerRowOf(grid, SETTINGS_COLUMNS);
  if (headerRow === null) return grid;
  const labelCol = columnOf(grid, headerRow, headerOf(SETTINGS_COLUMNS, "label"));
  const valueCol = columnOf(grid, headerRow, headerOf(SETTINGS_COLUMNS, "value"));
  return grid.map((row, r) => {
    if (r <= headerRow) return row;
    const label = typeof row[labelCol] === "string" ? foldKey(row[labelCol]) : "";
    return row.map((v, c): CellValue => {
      if (c !== valueCol || v === null) return v;
      if (label === foldKey(SETTING_LABELS.year))
        return typeof v === "number" ? year + 1 : String(year + 1);
      if (label === foldKey(SETTING_LABELS.campaign) && typeof v === "string")
        return v.replace(new RegExp(`\\b${year}\\b`, "g"), String(year + 1));
      if (
        v instanceof Date ||
        (typeof v === "string" && /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/.test(v))
      ) {
        const d = parseDateValue(v);
        if (d.kind === "value") return dateValue(nextYearDate(d.value));
      }
      return v;
    });
  });
}

function dateValue(d: DateOnly): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

/** The history rows of this year: ratings, then decided (or, if asked, undecided) awards. */
function historyAdditions(
  register: Register,
  proposals: readonly Proposal[],
  year: number,
  options: NextYearOptions
): {
  rows: {
    subject: string;
    text: string;
    decisionNo: string;
    decisionDate: DateOnly | null;
    period: [number, number] | null;
    note: string;
  }[];
  ratings: number;
  awards: number;
  undecided: number;
  undecidedLeft: number;
} {
  const rows: ReturnType<typeof historyAdditions>["rows"] = [];
  let ratings = 0;
  for (const s of register.staff) {
    if (s.rating === null) continue;
    rows.push({
      subject: s.code,
      text: RATING_TEXT[s.rating],
      decisionNo: "",
      decisionDate: null,
      period: null,
      note: "",
    });
    ratings++;
  }
  for (const u of register.units) {
    if (u.rating === null) continue;
    rows.push({
      subject: u.code,
      text: RATING_TEXT[u.rating],
      decisionNo: "",
      decisionDate: null,
      period: null,
      note: "",
    });
    ratings++;
  }
  const period = (key: AwardKey): [number, number] => [
    year - (DEFAULT_PERIOD_YEARS[key] ?? 1) + 1,
    year,
  ];
  const decisions = register.decisions ?? [];
  const decided = new Set<string>();
  let awards = 0;
  let undecided = 0;
  let undecidedLeft = 0;
  const pairKey = (subject: string, key: AwardKey): string => `${subject}\u0000${key}`;
  for (const d of decisions) {
    if (d.awardKey === null || d.outcome === "refused") {
      if (d.awardKey !== null) decided.add(pairKey(d.subject, d.awardKey));
      continue;
    }
    if (d.outcome === "awarded" && d.decisionNo !== "") {
      decided.add(pairKey(d.subject, d.awardKey));
      rows.push({
        subject: d.subject,
        text: awardByKey(d.awardKey).name,
        decisionNo: d.decisionNo,
        decisionDate: d.decisionDate,
        period: period(d.awardKey),
        note: "",
      });
      awards++;
    }
  }
  // Proposed pairs (and typed `Quyết định` rows) without a decision number.
  const pending = new Map<string, { subject: string; key: AwardKey }>();
  for (const p of proposals) {
    if (p.status !== "proposed") continue;
    const k = pairKey(p.subject, p.award);
    if (!decided.has(k)) pending.set(k, { subject: p.subject, key: p.award });
  }
  for (const d of decisions) {
    if (d.awardKey === null) continue;
    const k = pairKey(d.subject, d.awardKey);
    if (!decided.has(k) && d.outcome === "awarded")
      pending.set(k, { subject: d.subject, key: d.awardKey });
  }
  for (const { subject, key } of pending.values()) {
    if (!options.includeUndecided) {
      undecidedLeft++;
      continue;
    }
    const typed = decisions.find((d) => d.subject === subject && d.awardKey === key);
    rows.push({
      subject,
      text: awardByKey(key).name,
      decisionNo: "",
      decisionDate: typed?.decisionDate ?? null,
      period: period(key),
      note: UNDECIDED_NOTE,
    });
    undecided++;
  }
  return { rows, ratings, awards, undecided, undecidedLeft };
}

/** `Lịch sử` of year + 1: every row kept, v2 columns added when missing, this year's rows appended. */
function nextHistory(
  grid: Grid | null,
  additions: ReturnType<typeof historyAdditions>["rows"],
  year: number
): { grid: Grid; headerRow: number } {
  let rows: CellValue[][] = (grid ?? []).map((r) => [...r]);
  let headerRow = grid === null ? null : headerRowOf(grid, HISTORY_COLUMNS);
  if (headerRow === null) {
    // No usable table: a fresh header above whatever was there (kept below it).
    rows = [HISTORY_COLUMNS.map((c) => c.header), ...rows];
    headerRow = 0;
  }
  const header = rows[headerRow] ?? [];
  const col = (h: string): number => {
    let c = header.findIndex((v) => typeof v === "string" && headerKey(v) === headerKey(h));
    if (c < 0) {
      c = Math.max(header.length, ...rows.map((r) => r.length));
      header[c] = h;
    }
    return c;
  };
  const at = {
    subject: col(headerOf(HISTORY_COLUMNS, "subject")),
    year: col(headerOf(HISTORY_COLUMNS, "year")),
    text: col(headerOf(HISTORY_COLUMNS, "text")),
    decisionNo: col(headerOf(HISTORY_COLUMNS, "decisionNo")),
    decisionDate: col(headerOf(HISTORY_COLUMNS, "decisionDate")),
    from: col(HISTORY_V2_HEADERS.from),
    to: col(HISTORY_V2_HEADERS.to),
    kind: col(HISTORY_V2_HEADERS.kind),
    note: col(HISTORY_V2_HEADERS.note),
  };
  rows[headerRow] = header;
  // Append after the last non-empty row of the sheet.
  let last = rows.length - 1;
  while (last > headerRow && (rows[last] ?? []).every((v) => v === null || v === "")) last--;
  rows = rows.slice(0, last + 1);
  for (const a of additions) {
    const row: CellValue[] = [];
    row[at.subject] = a.subject;
    row[at.year] = year;
    row[at.text] = a.text;
    if (a.decisionNo !== "") row[at.decisionNo] = a.decisionNo;
    if (a.decisionDate !== null) row[at.decisionDate] = dateValue(a.decisionDate);
    if (a.period !== null) {
      row[at.from] = a.period[0];
      row[at.to] = a.period[1];
      row[at.kind] = MERIT_KIND;
    }
    if (a.note !== "") row[at.note] = a.note;
    rows.push(Array.from(row, (v) => v ?? null));
  }
  return { grid: rows, headerRow };
}

/** Builds the sheets of the next year's register. `grids` are this register's input sheets. */
export function buildNextYear(
  grids: GridSet,
  register: Register,
  proposals: readonly Proposal[],
  options: NextYearOptions
): NextYearResult | null {
  const year = register.settings.year;
  if (year === null) return null;
  const sheets: OutputSheet[] = [];
  const copy = (
    name: string,
    specs: readonly ColumnSpec[],
    tabColor: string,
    change: (grid: Grid, headerRow: number | null) => Grid = (g) => g
  ): void => {
    const found = findSheet(grids, name);
    if (found === null) return;
    const headerRow = headerRowOf(found.grid, specs);
    sheets.push(copySheet(name, change(found.grid, headerRow), headerRow, specs, tabColor));
  };
  copy(SHEET.settings, SETTINGS_COLUMNS, "7F7F7F", (g) => nextSettings(g, year));
  copy(SHEET.units, UNIT_COLUMNS, "4472C4", (g, h) =>
    clearColumns(g, h, [headerOf(UNIT_COLUMNS, "rating"), headerOf(UNIT_COLUMNS, "blocRank")])
  );
  copy(SHEET.staff, STAFF_COLUMNS, "4472C4", (g, h) =>
    clearColumns(
      g,
      h,
      ["rating", "discipline", "monthsWorked", "maternityLeave"].map((f) =>
        headerOf(STAFF_COLUMNS, f)
      )
    )
  );
  const added = historyAdditions(register, proposals, year, options);
  const history = nextHistory(findSheet(grids, SHEET.history)?.grid ?? null, added.rows, year);
  sheets.push(copySheet(SHEET.history, history.grid, history.headerRow, HISTORY_COLUMNS, "A5A5A5"));
  copy(SHEET.initiatives, INITIATIVE_COLUMNS, "A5A5A5");
  copy(SHEET.criteria, CRITERIA_COLUMNS, "70AD47");
  const votes = registerTemplateSheets().find((s) => s.name === SHEET.votes);
  if (votes !== undefined) sheets.push(votes);
  const nextRegister: Register = {
    ...register,
    settings: { ...register.settings, year: year + 1 },
  };
  sheets.push(...unitSheets(nextRegister, { protect: false }));
  return {
    year: year + 1,
    sheets,
    ratingsAdded: added.ratings,
    awardsAdded: added.awards,
    undecidedAdded: added.undecided,
    undecidedLeft: added.undecidedLeft,
  };
}

/** One line for people, in `language`: what went into `Lịch sử`. */
export function describeNextYear(result: NextYearResult, language: Language = "vi"): string {
  return sheetTexts(language).nextYear.summary({
    ratings: result.ratingsAdded,
    awards: result.awardsAdded,
    undecided: result.undecidedAdded,
    left: result.undecidedLeft,
  });
}
