/**
 * The hidden fingerprint of a unit's file (issue 12, item 1): which register, year and unit it
 * was made for, the version of each sheet it copies, which cells are the unit's to fill, and the
 * values the unit's sheets held at the split (the base of the three-way merge). It lives in a
 * very hidden sheet, which Excel and LibreOffice keep when the unit saves the file.
 */
import type { Grid } from "../grid";
import { normalisedValue } from "../integrity/normalised-value";
import type { OutputSheet } from "../output/sheet-spec";
import type { SheetValues } from "./sheet-values";

/** Name of the hidden sheet holding the stamp. */
export const STAMP_SHEET = "_tdkt_phieu";

/** What identifies the kind of file (row 1 of the stamp sheet). */
const KIND = "so-thi-dua/phieu-don-vi/1";

/** Longest text Excel keeps in one cell, less a margin. */
const CHUNK = 30_000;

export interface UnitSheetStamp {
  /** The sheet's name in the register (and in the unit's file). */
  readonly sheet: string;
  /** Version of the register's sheet at the split (sheetVersion). */
  readonly version: string;
  /** A1 ranges the unit may fill. */
  readonly inputRanges: readonly string[];
  /** The sheet's values at the split. */
  readonly base: SheetValues;
  /** True when the register had no such sheet at the split (the merge creates it). */
  readonly newInRegister: boolean;
}

export interface UnitFileStamp {
  /** The agency (`Cơ quan`) whose register the file came from. */
  readonly register: string;
  readonly year: number | null;
  readonly unit: string;
  /** The unit's pledge and score sheets. */
  readonly sheets: readonly UnitSheetStamp[];
  /** Reference sheets copied read-only (staff, criteria), by name → version. */
  readonly references: Readonly<Record<string, string>>;
}

/** The stamp as a very hidden sheet of text cells. */
export function stampSheet(stamp: UnitFileStamp): OutputSheet {
  const json = JSON.stringify(stamp);
  const rows: { value: string }[][] = [[{ value: KIND }]];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([{ value: json.slice(i, i + CHUNK) }]);
  return {
    name: STAMP_SHEET,
    styles: {},
    columnWidths: [20],
    rows,
    hidden: true,
    protection: { editableRanges: [] },
  };
}

/** Reads a stamp sheet back; null when the grid is not a stamp or is damaged. */
export function readStamp(grid: Grid): UnitFileStamp | null {
  if (normalisedValue(grid[0]?.[0] ?? null) !== KIND) return null;
  const json = grid
    .slice(1)
    .map((row) => (typeof row[0] === "string" ? row[0] : ""))
    .join("");
  try {
    const parsed = JSON.parse(json) as Partial<UnitFileStamp> | null;
    if (
      parsed === null ||
      typeof parsed !== "object" ||
      typeof parsed.register !== "string" ||
      typeof parsed.unit !== "string" ||
      !Array.isArray(parsed.sheets)
    ) {
      return null;
    }
    return {
      register: parsed.register,
      year: typeof parsed.year === "number" ? parsed.year : null,
      unit: parsed.unit,
      sheets: parsed.sheets,
      references: parsed.references ?? {},
    };
  } catch {
    return null;
  }
}
