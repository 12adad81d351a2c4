/**
 * "Xuất phiếu đơn vị" (issue 12, item 1): one workbook per unit to e-mail out, holding the unit's
 * pledge and score sheets as the register has them (or as "Tạo phiếu" would make them), its staff
 * and the criteria for reference, a short instruction sheet, and the hidden stamp. Only the
 * unit's input cells are left unprotected.
 */
import { readRegister } from "../codec/read-register";
import { PLEDGE_PREFIX, SCORE_PREFIX, SHEET, STAFF_COLUMNS } from "../codec/register-layout";
import { IssueLog, readTable } from "../codec/table-reader";
import { formatDate, dateFromJs } from "../codec/cell-values";
import { cellAddress, isCellError, type CellValue, type Grid, type GridSet } from "../grid";
import type { OutputSheet, SpecCell } from "../output/sheet-spec";
import { unitSheets } from "../templates/register-template";
import type { Language } from "../messages/language";
import { sheetTexts } from "../messages/sheet-texts";
import { INSTRUCTION_SHEET } from "../output/program-sheets";
import { foldKey } from "../text/normalize";
import { missingSheetsOutcome, type Unusable } from "../unusable";
import { normalisedValue } from "../integrity/normalised-value";
import { inRanges, pledgeInputRanges, scoreInputRanges } from "./input-cells";
import { sheetValues, sheetVersion } from "./sheet-values";
import { stampSheet, type UnitFileStamp, type UnitSheetStamp } from "./unit-file-stamp";

export { INSTRUCTION_SHEET };

export interface UnitFile {
  readonly unit: string;
  readonly unitName: string;
  /** A file name safe on every system, e.g. "phieu-VP-2024.xlsx". */
  readonly fileName: string;
  /** In tab order; the stamp sheet last. */
  readonly sheets: readonly OutputSheet[];
}

const STYLES = {
  cell: { valign: "top", wrap: true },
  input: { fill: "FFF2CC", border: true, valign: "top", wrap: true },
  header: { bold: true, fill: "DDEBF7", border: true, wrap: true, align: "center" },
  title: { bold: true, fontSize: 13 },
  note: { wrap: true, valign: "top" },
} as const;

/** A cell value as a sheet spec can hold it (dates as dd/mm/yyyy text, errors as their text). */
function specValue(value: CellValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return formatDate(dateFromJs(value));
  if (isCellError(value)) return value.error;
  return value;
}

/** The grid a sheet spec's values make. */
export function specGrid(sheet: OutputSheet): Grid {
  return sheet.rows.map((row) => row.map((c) => c?.value ?? null));
}

function copySheet(
  name: string,
  grid: Grid,
  inputRanges: readonly string[],
  template: OutputSheet | undefined
): OutputSheet {
  const rows: (SpecCell | null)[][] = [];
  const height = Math.max(grid.length, ...inputRanges.map((r) => lastRow(r) + 1));
  for (let r = 0; r < height; r++) {
    const source = grid[r] ?? [];
    const width = Math.max(source.length, template?.columnWidths.length ?? 0);
    const row: (SpecCell | null)[] = [];
    for (let c = 0; c < width; c++) {
      const value = specValue(source[c]);
      const input = inRanges(cellAddress(r, c), inputRanges);
      row.push(value === null && !input ? null : { value, style: input ? "input" : "cell" });
    }
    rows.push(row);
  }
  return {
    name,
    styles: STYLES,
    columnWidths: template?.columnWidths ?? [12, 40, 12, 12, 14, 36],
    rows,
    protection: { editableRanges: inputRanges },
    ...(template?.tabColor === undefined ? {} : { tabColor: template.tabColor }),
  };
}

function lastRow(range: string): number {
  const end = range.split(":").at(-1) ?? "";
  return Number(/\d+$/.exec(end)?.[0] ?? "1") - 1;
}

function findGrid(grids: GridSet, name: string): { name: string; grid: Grid } | null {
  for (const [n, grid] of grids) if (foldKey(n) === foldKey(name)) return { name: n, grid };
  return null;
}

/** The unit's rows of `Cán bộ` under its header (read-only reference). */
function staffSheet(grids: GridSet, unit: string): OutputSheet | null {
  const found = findGrid(grids, SHEET.staff);
  if (found === null) return null;
  const table = readTable(found.grid, found.name, STAFF_COLUMNS, new IssueLog());
  const unitCol = table.columns.get("unitCode");
  if (table.headerRow === null || unitCol === undefined) return null;
  const keep = [
    found.grid[table.headerRow] ?? [],
    ...table.rows
      .map((r) => found.grid[r] ?? [])
      .filter((row) => foldKey(normalisedValue(row[unitCol] ?? null) ?? "") === foldKey(unit)),
  ];
  return referenceSheet(SHEET.staff, keep);
}

function referenceSheet(name: string, grid: Grid): OutputSheet {
  return {
    name,
    styles: STYLES,
    columnWidths: [12, 28, 12, 22, 12, 10, 10, 10, 28, 16, 20],
    rows: grid.map((row) => row.map((v) => ({ value: specValue(v), style: "cell" }))),
    protection: { editableRanges: [] },
    tabColor: "A5A5A5",
  };
}

function instructionSheet(
  unit: string,
  unitName: string,
  year: number | null,
  language: Language
): OutputSheet {
  const t = sheetTexts(language).unitFile;
  const lines = [
    t.title({ unit, unitName, year }),
    "",
    ...t.steps({ pledgeSheet: `${PLEDGE_PREFIX}${unit}`, scoreSheet: `${SCORE_PREFIX}${unit}` }),
  ];
  return {
    name: INSTRUCTION_SHEET,
    styles: STYLES,
    columnWidths: [110],
    rows: lines.map((text, i) => [{ value: text, style: i === 0 ? "title" : "note" }]),
    protection: { editableRanges: [] },
    tabColor: "4472C4",
  };
}

/** A name for the unit's file: letters, digits and dashes only. */
export function unitFileName(unit: string, year: number | null): string {
  const safe = unit
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u0111\u0110]/g, (c) => (c === c.toLowerCase() ? "d" : "D"))
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `phieu-${safe === "" ? "don-vi" : safe}${year === null ? "" : `-${year}`}.xlsx`;
}

export type SplitOutcome =
  { readonly kind: "split"; readonly files: readonly UnitFile[] } | Unusable;

/**
 * One file per unit of the register (units whose code cannot name a sheet are left out), its
 * instruction sheet in `language` (Vietnamese by default).
 */
export function splitRegister(grids: GridSet, language: Language = "vi"): SplitOutcome {
  const read = readRegister(grids);
  if (read.missingSheets.length > 0) {
    return missingSheetsOutcome(read.missingSheets);
  }
  const { register } = read;
  const templates = new Map(
    unitSheets(register, { protect: false }).map((s) => [foldKey(s.name), s])
  );
  const leaves = new Set(register.criteria.filter((c) => c.isLeaf).map((c) => c.code));
  const criteria = findGrid(grids, SHEET.criteria);
  const files: UnitFile[] = [];
  const agency = register.settings.agency;
  const year = register.settings.year;
  const seen = new Set<string>();
  for (const unit of register.units) {
    if (seen.has(foldKey(unit.code))) continue;
    seen.add(foldKey(unit.code));
    const stamps: UnitSheetStamp[] = [];
    const sheets: OutputSheet[] = [instructionSheet(unit.code, unit.name, year, language)];
    for (const kind of ["pledge", "score"] as const) {
      const name = `${kind === "pledge" ? PLEDGE_PREFIX : SCORE_PREFIX}${unit.code}`;
      const template = templates.get(foldKey(name));
      const existing = findGrid(grids, name);
      if (existing === null && template === undefined) continue;
      const grid = existing?.grid ?? specGrid(template as OutputSheet);
      const sheetName = existing?.name ?? name;
      const ranges = kind === "pledge" ? pledgeInputRanges(grid) : scoreInputRanges(grid, leaves);
      const sheet = copySheet(sheetName, grid, ranges, template);
      sheets.push(sheet);
      stamps.push({
        sheet: sheetName,
        version: existing === null ? "" : sheetVersion(existing.grid),
        inputRanges: ranges,
        base: sheetValues(specGrid(sheet)),
        newInRegister: existing === null,
      });
    }
    if (stamps.length === 0) continue;
    const references: Record<string, string> = {};
    const staff = staffSheet(grids, unit.code);
    if (staff !== null) {
      sheets.push(staff);
      references[staff.name] = sheetVersion(specGrid(staff));
    }
    if (criteria !== null) {
      const sheet = referenceSheet(SHEET.criteria, criteria.grid);
      sheets.push(sheet);
      references[sheet.name] = sheetVersion(specGrid(sheet));
    }
    const stamp: UnitFileStamp = {
      register: agency,
      year,
      unit: unit.code,
      sheets: stamps,
      references,
    };
    sheets.push(stampSheet(stamp));
    files.push({
      unit: unit.code,
      unitName: unit.name,
      fileName: unitFileName(unit.code, year),
      sheets,
    });
  }
  return { kind: "split", files };
}
