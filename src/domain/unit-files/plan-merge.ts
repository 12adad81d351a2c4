/**
 * "Gộp phiếu đơn vị" (issue 12, item 2), the pure part: given the register's sheets and the
 * files units sent back, decide cell by cell what can be applied cleanly. A three-way merge per
 * cell between the value at the split (the stamp's base), the unit's value and the register's
 * value now: a cell only the unit changed is applied; a cell both changed differently is a
 * conflict left for the user (unless forced); a cell the unit changed outside its input cells is
 * reported and never applied. Files for another register, year or unit, and a unit sent twice,
 * are refused whole.
 */
import { readRegister } from "../codec/read-register";
import { PLEDGE_PREFIX, SCORE_PREFIX } from "../codec/register-layout";
import { unitCodeOfSheet } from "../codec/read-register";
import { parseCellAddress, type CellValue, type Grid, type GridSet } from "../grid";
import { normalisedValue } from "../integrity/normalised-value";
import type { OutputSheet, SpecCell } from "../output/sheet-spec";
import { detectLegacyText } from "../text/legacy-encoding";
import { foldKey, normalizeText } from "../text/normalize";
import { formatDate, dateFromJs } from "../codec/cell-values";
import { isCellError } from "../grid";
import { inRanges } from "./input-cells";
import { sheetValues, sheetVersion } from "./sheet-values";
import { readStamp, STAMP_SHEET, type UnitFileStamp, type UnitSheetStamp } from "./unit-file-stamp";
import { mergeFinding } from "../messages/merge-finding-text";
import type {
  MergeFinding,
  MergeFindingCode,
  MergeFindingParamsByCode,
  MergeSeverity,
} from "../messages/merge-findings";

export type { MergeFinding, MergeFindingCode, MergeSeverity } from "../messages/merge-findings";

/** A cell to write into the register, only while it still holds `expected`. */
export interface PlannedCell {
  readonly file: string;
  readonly unit: string;
  readonly sheet: string;
  readonly cell: string;
  readonly expected: string | null;
  readonly value: CellValue;
}

export interface MergedFile {
  readonly file: string;
  readonly unit: string | null;
  /** False when the whole file was refused. */
  readonly accepted: boolean;
}

export interface MergePlan {
  readonly files: readonly MergedFile[];
  readonly cells: readonly PlannedCell[];
  /** Unit sheets the register lacks (the split made them from the template): created whole. */
  readonly newSheets: readonly OutputSheet[];
  readonly findings: readonly MergeFinding[];
}

/** A file a unit sent back: its name and its sheets. */
export interface ReturnedFile {
  readonly file: string;
  readonly grids: GridSet;
}

function findGrid(grids: GridSet, name: string): { name: string; grid: Grid } | null {
  for (const [n, grid] of grids) if (foldKey(n) === foldKey(name)) return { name: n, grid };
  return null;
}

function at(grid: Grid, a1: string): CellValue {
  const p = parseCellAddress(a1);
  return p === null ? null : (grid[p.row]?.[p.col] ?? null);
}

/** Plans the merge of the returned files into the register's grids. Pure; writes nothing. */
export function planMerge(
  registerGrids: GridSet,
  returned: readonly ReturnedFile[],
  options: { readonly force: boolean }
): MergePlan {
  const { register } = readRegister(registerGrids);
  const findings: MergeFinding[] = [];
  const files: MergedFile[] = [];
  const add: Add = (severity, code, file, unit, sheet, cell, params) => {
    findings.push(mergeFinding(severity, code, params, { file, unit, sheet, cell }));
  };

  // 1. Whose file is it? Refuse those for another register, year or unit.
  const candidates: { file: ReturnedFile; stamp: UnitFileStamp }[] = [];
  for (const file of returned) {
    const stampGrid = findGrid(file.grids, STAMP_SHEET);
    const stamp = stampGrid === null ? null : readStamp(stampGrid.grid);
    if (stamp === null) {
      add("error", "not-a-unit-file", file.file, null, null, null, {});
      files.push({ file: file.file, unit: null, accepted: false });
      continue;
    }
    const unitKnown = register.units.some((u) => foldKey(u.code) === foldKey(stamp.unit));
    const foreign = [...file.grids.keys()].filter((n) => {
      const code = unitCodeOfSheet(n, [
        foldKey(PLEDGE_PREFIX),
        foldKey(SCORE_PREFIX),
        "dk-",
        "cd-",
      ]);
      return code !== null && foldKey(code) !== foldKey(stamp.unit);
    });
    let refused = true;
    if (foldKey(stamp.register) !== foldKey(register.settings.agency)) {
      add("error", "wrong-register", file.file, stamp.unit, null, null, {
        register: stamp.register,
        ours: register.settings.agency,
      });
    } else if (stamp.year !== register.settings.year) {
      add("error", "wrong-year", file.file, stamp.unit, null, null, {
        year: stamp.year === null ? "" : String(stamp.year),
        ours: register.settings.year === null ? "" : String(register.settings.year),
      });
    } else if (!unitKnown) {
      add("error", "wrong-unit", file.file, stamp.unit, null, null, { sheets: "" });
    } else if (foreign.length > 0) {
      add("error", "wrong-unit", file.file, stamp.unit, foreign[0] ?? null, null, {
        sheets: foreign.join(", "),
      });
    } else refused = false;
    if (refused) files.push({ file: file.file, unit: stamp.unit, accepted: false });
    else candidates.push({ file, stamp });
  }
  const byUnit = new Map<string, number>();
  for (const c of candidates)
    byUnit.set(foldKey(c.stamp.unit), (byUnit.get(foldKey(c.stamp.unit)) ?? 0) + 1);
  const accepted = candidates.filter((c) => {
    if ((byUnit.get(foldKey(c.stamp.unit)) ?? 0) < 2) return true;
    const others = candidates
      .filter((o) => o !== c && foldKey(o.stamp.unit) === foldKey(c.stamp.unit))
      .map((o) => o.file.file);
    add("error", "same-unit-twice", c.file.file, c.stamp.unit, null, null, {
      others: others.join(", "),
    });
    files.push({ file: c.file.file, unit: c.stamp.unit, accepted: false });
    return false;
  });

  // 2. Cell by cell.
  const cells: PlannedCell[] = [];
  const newSheets: OutputSheet[] = [];
  for (const { file, stamp } of accepted) {
    files.push({ file: file.file, unit: stamp.unit, accepted: true });
    for (const sheetStamp of stamp.sheets) {
      mergeSheet(registerGrids, file, stamp, sheetStamp, options, cells, newSheets, add);
    }
    for (const [name, version] of Object.entries(stamp.references)) {
      const theirs = findGrid(file.grids, name);
      if (theirs !== null && sheetVersion(theirs.grid) !== version) {
        add("warning", "changed-outside-input", file.file, stamp.unit, name, null, {
          before: "",
          theirs: "",
        });
      }
    }
  }
  return { files, cells, newSheets, findings };
}

type Add = <C extends MergeFindingCode>(
  severity: MergeSeverity,
  code: C,
  file: string,
  unit: string | null,
  sheet: string | null,
  cell: string | null,
  params: MergeFindingParamsByCode[C]
) => void;

function mergeSheet(
  registerGrids: GridSet,
  file: ReturnedFile,
  stamp: UnitFileStamp,
  sheetStamp: UnitSheetStamp,
  options: { readonly force: boolean },
  cells: PlannedCell[],
  newSheets: OutputSheet[],
  add: Add
): void {
  const unit = stamp.unit;
  const theirs = findGrid(file.grids, sheetStamp.sheet);
  if (theirs === null) {
    add("error", "missing-sheet-in-file", file.file, unit, sheetStamp.sheet, null, {});
    return;
  }
  const ours = findGrid(registerGrids, sheetStamp.sheet);
  if (ours === null && !sheetStamp.newInRegister) {
    add("error", "register-sheet-missing", file.file, unit, sheetStamp.sheet, null, {});
    return;
  }
  if (
    ours !== null &&
    (sheetStamp.newInRegister || sheetVersion(ours.grid) !== sheetStamp.version)
  ) {
    add("info", "register-sheet-changed", file.file, unit, ours.name, null, {});
  }
  const base = sheetStamp.base;
  const theirValues = sheetValues(theirs.grid);
  const addresses = [...new Set([...Object.keys(base), ...Object.keys(theirValues)])].sort(byCell);
  const created = new Map<string, CellValue>();
  for (const a1 of addresses) {
    const b = base[a1] ?? null;
    const raw = at(theirs.grid, a1);
    if (normalisedValue(raw) === b) {
      if (ours === null && b !== null) created.set(a1, raw);
      continue;
    }
    if (!inRanges(a1, sheetStamp.inputRanges)) {
      const changed = normalisedValue(raw);
      add("warning", "changed-outside-input", file.file, unit, sheetStamp.sheet, a1, {
        before: b ?? "",
        theirs: changed ?? "",
      });
      if (ours === null && b !== null) created.set(a1, b);
      continue;
    }
    const converted = convertLegacy(raw);
    const value = converted?.value ?? raw;
    const t = normalisedValue(value);
    if (converted !== null) {
      add("warning", "legacy-text", file.file, unit, sheetStamp.sheet, a1, {
        encoding: converted.encoding,
        text: converted.value,
      });
    }
    if (ours === null) {
      created.set(a1, value);
      continue;
    }
    const o = normalisedValue(at(ours.grid, a1));
    if (o === t) continue;
    if (o === b) {
      cells.push({ file: file.file, unit, sheet: ours.name, cell: a1, expected: o, value });
      continue;
    }
    if (options.force) {
      cells.push({ file: file.file, unit, sheet: ours.name, cell: a1, expected: o, value });
      add("warning", "conflict-forced", file.file, unit, ours.name, a1, {
        base: b ?? "",
        ours: o ?? "",
        theirs: t ?? "",
      });
    } else {
      add("error", "conflict", file.file, unit, ours.name, a1, {
        base: b ?? "",
        ours: o ?? "",
        theirs: t ?? "",
      });
    }
  }
  if (ours === null) newSheets.push(sheetOf(sheetStamp.sheet, created));
}

function byCell(a: string, b: string): number {
  const pa = parseCellAddress(a);
  const pb = parseCellAddress(b);
  if (pa === null || pb === null) return a < b ? -1 : 1;
  return pa.row - pb.row || pa.col - pb.col;
}

function convertLegacy(
  value: CellValue
): { readonly value: string; readonly encoding: string } | null {
  if (typeof value !== "string") return null;
  const found = detectLegacyText(normalizeText(value));
  return found === null ? null : { value: found.text, encoding: found.encoding };
}

/** A unit sheet the register lacks, created whole from the merged values. */
function sheetOf(name: string, values: ReadonlyMap<string, CellValue>): OutputSheet {
  const rows: (SpecCell | null)[][] = [];
  for (const [a1, value] of values) {
    const p = parseCellAddress(a1);
    if (p === null) continue;
    const row = (rows[p.row] ??= []);
    row[p.col] = { value: specValue(value) };
  }
  for (let r = 0; r < rows.length; r++) {
    const row = (rows[r] ??= []);
    for (let c = 0; c < row.length; c++) row[c] ??= null;
  }
  return { name, styles: {}, columnWidths: [6, 12, 28, 30, 34, 24], rows };
}

function specValue(value: CellValue): string | number | boolean | null {
  if (value === null) return null;
  if (value instanceof Date) return formatDate(dateFromJs(value));
  if (isCellError(value)) return value.error;
  return value;
}
