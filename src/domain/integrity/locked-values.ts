/**
 * The values the council's lock covers (issue 12): every cell of `Tiêu chí`, of each `CĐ-` score
 * sheet and of `Bình xét`, and the `Xếp loại` ratings of `Đơn vị` and `Cán bộ`. Each value has a
 * stable key (sheet cells by address, ratings by the unit's or person's code, so sorting the
 * roster does not count as a change) and the cell where it lies now.
 */
import { cellAddress, type GridSet } from "../grid";
import { readTable, IssueLog } from "../codec/table-reader";
import { SCORE_PREFIX, SHEET, STAFF_COLUMNS, UNIT_COLUMNS } from "../codec/register-layout";
import { unitCodeOfSheet } from "../codec/read-register";
import { foldKey, normalizeText } from "../text/normalize";
import { normalisedValue } from "./normalised-value";
import { sha256Text } from "./sha256";

/** One locked value: its stable key, where it lies, and its canonical text. */
export interface LockedValue {
  readonly key: string;
  readonly sheet: string;
  readonly cell: string;
  readonly value: string;
}

const WHOLE_SHEETS = [SHEET.criteria, SHEET.votes] as const;
const SCORE_PREFIX_KEYS = [foldKey(SCORE_PREFIX), "cd-"];

/** True for the sheets whose every cell the lock covers (`Tiêu chí`, `Bình xét`, `CĐ-…`). */
export function isWholeLockedSheet(name: string): boolean {
  const key = foldKey(name);
  return (
    WHOLE_SHEETS.some((s) => foldKey(s) === key) ||
    unitCodeOfSheet(name, SCORE_PREFIX_KEYS) !== null
  );
}

/** Every non-blank value the lock covers, sorted by key. */
export function lockedValues(grids: GridSet): LockedValue[] {
  const values: LockedValue[] = [];
  for (const [name, grid] of grids) {
    const key = foldKey(name);
    const fixed = WHOLE_SHEETS.find((s) => foldKey(s) === key);
    const unit = fixed === undefined ? unitCodeOfSheet(name, SCORE_PREFIX_KEYS) : null;
    if (fixed === undefined && unit === null) continue;
    const canonical = fixed ?? `${SCORE_PREFIX}${unit ?? ""}`;
    grid.forEach((row, r) => {
      row.forEach((v, c) => {
        const value = normalisedValue(v);
        if (value === null) return;
        const cell = cellAddress(r, c);
        values.push({ key: `${canonical}!${cell}`, sheet: name, cell, value });
      });
    });
  }
  values.push(...ratings(grids, SHEET.units, UNIT_COLUMNS));
  values.push(...ratings(grids, SHEET.staff, STAFF_COLUMNS));
  return values.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

type RatedColumns = typeof UNIT_COLUMNS | typeof STAFF_COLUMNS;

/** The `Xếp loại` of each row of a roster, keyed by the row's code. */
function ratings(grids: GridSet, contractName: string, specs: RatedColumns): LockedValue[] {
  const name = [...grids.keys()].find((n) => foldKey(n) === foldKey(contractName));
  if (name === undefined) return [];
  const grid = grids.get(name) ?? [];
  const table = readTable(
    grid,
    name,
    specs as readonly { field: string; header: string; required: boolean; width: number }[],
    new IssueLog()
  );
  const codeCol = table.columns.get("code");
  const ratingCol = table.columns.get("rating");
  if (codeCol === undefined || ratingCol === undefined) return [];
  const out: LockedValue[] = [];
  const seen = new Set<string>();
  for (const r of table.rows) {
    const code = normalisedValue(grid[r]?.[codeCol]);
    const value = normalisedValue(grid[r]?.[ratingCol]);
    if (code === null || value === null) continue;
    let key = `${contractName}#${foldKey(normalizeText(code))}`;
    // A duplicated code (an error of its own) must not hide the second row's rating.
    for (let n = 2; seen.has(key); n++) key = `${contractName}#${foldKey(code)}#${n}`;
    seen.add(key);
    out.push({ key, sheet: name, cell: cellAddress(r, ratingCol), value });
  }
  return out;
}

/**
 * SHA-256 of the locked values: one line per value (key and text, JSON-quoted so no value can
 * imitate a separator), in key order. Equal registers give equal fingerprints whatever the order
 * of their sheets or the formatting of their cells.
 */
export function valuesFingerprint(values: readonly LockedValue[]): string {
  const sorted = [...values].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return sha256Text(
    sorted.map((v) => `${JSON.stringify(v.key)}\t${JSON.stringify(v.value)}\n`).join("")
  );
}

/** SHA-256 fingerprint of what the lock covers in these grids. */
export function registerFingerprint(grids: GridSet): string {
  return valuesFingerprint(lockedValues(grids));
}

/** A locked value that differs now from the snapshot. */
export interface LockedChange {
  readonly key: string;
  readonly sheet: string;
  /** The cell now (or where it was, when the value is gone). */
  readonly cell: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** Every value that was changed, added or removed since the snapshot, in key order. */
export function diffLockedValues(
  snapshot: readonly LockedValue[],
  current: readonly LockedValue[]
): LockedChange[] {
  const before = new Map(snapshot.map((v) => [v.key, v]));
  const after = new Map(current.map((v) => [v.key, v]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: LockedChange[] = [];
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    if (b?.value === a?.value) continue;
    const where = a ?? b;
    if (where === undefined) continue;
    changes.push({
      key,
      sheet: where.sheet,
      cell: where.cell,
      before: b?.value ?? null,
      after: a?.value ?? null,
    });
  }
  return changes;
}
