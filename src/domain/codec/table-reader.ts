/**
 * Reading one input table from a grid the way the contract says: the header row is the first row
 * within the first 15 that holds every required header; columns are found by header text in any
 * order; blank rows are skipped; every cell read is normalised to NFC, legacy text is converted
 * with a warning, error values become issues at their cell.
 */
import { cellAddress, columnLetter, isCellError, type CellValue, type Grid } from "../grid";
import type { Issue, Severity } from "../issue";
import { createIssue } from "../messages/create-issue";
import type { IssueCode, IssueParams } from "../messages/issue-codes";
import type { DateOnly, Source } from "../model";
import {
  detectLegacyText,
  type LegacyConversion,
  type LegacyEncoding,
} from "../text/legacy-encoding";
import { headerKey, looseKey, normalizeText } from "../text/normalize";
import { isBlank, numberText, parseDateValue, parseNumberValue, plainText } from "./cell-values";
import type { ColumnSpec } from "./register-layout";

/** Rows searched for the header row (register-format.md, "General reading rules"). */
export const HEADER_SEARCH_ROWS = 15;

/** Collects the issues of one read; the codec is pure from the outside. */
export class IssueLog {
  readonly issues: Issue[] = [];

  /** An issue of a catalogued code (see src/domain/messages). */
  issue<C extends IssueCode>(
    severity: Severity,
    code: C,
    params: IssueParams<C>,
    sheet: string | null,
    cell: string | null
  ): void {
    this.issues.push(createIssue(severity, code, params, { sheet, cell }));
  }
}

/** Where a table lies in a grid: its header row, columns, and data rows. */
export interface Table<F extends string> {
  readonly sheet: string;
  /** 0-based header row, null when no row holds every required header. */
  readonly headerRow: number | null;
  /** Field → 0-based column, for the columns present. */
  readonly columns: ReadonlyMap<F, number>;
  /** Field → column letter, for the columns present (addresses are built for every record). */
  readonly letters: ReadonlyMap<F, string>;
  /**
   * Field → the legacy encoding most cells of the column surely use: a cell that reads as
   * syllables either way ("Phan Thò An") is then decoded like its neighbours. Every text cell of
   * `rows` was checked: a column without a hint has no cell that reads as legacy text on its own.
   */
  readonly hints: ReadonlyMap<F, LegacyEncoding>;
  /** Non-blank data rows, 0-based. */
  readonly rows: readonly number[];
}

/** A table's header names by their exact and loose keys (built once per table, not per row). */
interface HeaderNames<F extends string> {
  readonly exact: ReadonlyMap<string, F>;
  readonly loose: ReadonlyMap<string, F>;
}

/** Per column layout: its header names (the pledge and score layouts serve hundreds of sheets). */
const headerNamesOf = new WeakMap<readonly ColumnSpec[], HeaderNames<string>>();

function headerNames<F extends string>(specs: readonly ColumnSpec<F>[]): HeaderNames<F> {
  const known = headerNamesOf.get(specs) as HeaderNames<F> | undefined;
  if (known !== undefined) return known;
  const names = makeHeaderNames(specs);
  headerNamesOf.set(specs, names);
  return names;
}

function makeHeaderNames<F extends string>(specs: readonly ColumnSpec<F>[]): HeaderNames<F> {
  const exact = new Map<string, F>();
  const loose = new Map<string, F>();
  for (const spec of specs) {
    for (const name of [spec.header, ...(spec.aliases ?? [])]) {
      exact.set(headerKey(name), spec.field);
      loose.set(looseHeaderKey(name), spec.field);
    }
  }
  return { exact, loose };
}

/** Column of each field in one row, when that row could be a header row. */
function matchHeaders<F extends string>(
  row: readonly CellValue[],
  { exact, loose }: HeaderNames<F>
): Map<F, number> {
  const found = new Map<F, number>();
  row.forEach((value, col) => {
    if (typeof value !== "string") return;
    // Headers typed with an old font ("Hä vµ tªn") are found by their converted text, and
    // headers typed without diacritics ("Ho va ten") by their letters.
    const text = detectLegacyText(value)?.text ?? value;
    const field = exact.get(headerKey(text)) ?? loose.get(looseHeaderKey(text));
    if (field !== undefined && !found.has(field)) found.set(field, col);
  });
  return found;
}

/** A header compared by its letters only: no case, diacritics, spacing around "/" or marker. */
function looseHeaderKey(text: string): string {
  return looseKey(text).replace(/[\s:*]+$/, "");
}

/** True when the grid holds nothing at all. */
export function isEmptyGrid(grid: Grid): boolean {
  return grid.every((row) => row.every((v) => isBlank(v)));
}

/**
 * Finds the table of `specs` in `grid`. When no header row is found, a `missing-headers` error
 * names the required headers that the best candidate row lacks (unless the grid is empty and
 * `emptyIsFine`), and the table has no rows.
 */
export function readTable<F extends string>(
  grid: Grid,
  sheet: string,
  specs: readonly ColumnSpec<F>[],
  log: IssueLog,
  options: { readonly emptyIsFine: boolean; readonly firstRow?: number } = { emptyIsFine: true }
): Table<F> {
  const required = specs.filter((s) => s.required);
  const names = headerNames(specs);
  let best: { row: number; found: Map<F, number> } | null = null;
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = options.firstRow ?? 0; r < limit; r++) {
    const found = matchHeaders(grid[r] ?? [], names);
    if (required.every((s) => found.has(s.field))) {
      const letters = new Map(
        [...found].map(([field, col]) => [field, columnLetter(col)] as const)
      );
      const rows = dataRows(grid, r, found);
      const hints = columnHints(grid, rows, found);
      return { sheet, headerRow: r, columns: found, letters, rows, hints };
    }
    if (best === null || found.size > best.found.size) best = { row: r, found };
  }
  if (!(options.emptyIsFine && isEmptyGrid(grid))) {
    const missing = required.filter((s) => !best?.found.has(s.field)).map((s) => s.header);
    log.issue(
      "error",
      "missing-headers",
      { sheet, missing: missing.join(", "), searchRows: HEADER_SEARCH_ROWS },
      sheet,
      null
    );
  }
  return {
    sheet,
    headerRow: null,
    columns: new Map(),
    letters: new Map(),
    rows: [],
    hints: new Map(),
  };
}

/**
 * Rows below the header with something in a table column. A row that repeats the header (tables
 * pasted together, or a header repeated for printing) is not data.
 */
function dataRows<F extends string>(
  grid: Grid,
  headerRow: number,
  columns: ReadonlyMap<F, number>
): number[] {
  const cols = [...columns.values()];
  const header = grid[headerRow] ?? [];
  // Each header cell's key once, not again for every row (loops: no closure made per row).
  const headerKeys = cols.map((c) => {
    const h = header[c];
    return typeof h === "string" ? headerKey(h) : null;
  });
  const rows: number[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (hasData(row, cols) && !repeatsHeader(row, cols, headerKeys)) rows.push(r);
  }
  return rows;
}

// Indexed loops in the per-row helpers: they run for every row before the engine is warm, and
// an iterator made per row is garbage the collector then copies around.
function hasData(row: readonly CellValue[], cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) if (!isBlank(row[cols[i] as number])) return true;
  return false;
}

/** True when every table column of `row` holds text with the key of that column's header. */
function repeatsHeader(
  row: readonly CellValue[],
  cols: readonly number[],
  headerKeys: readonly (string | null)[]
): boolean {
  // Every cell text first (a data row fails here, at no cost), then the keys compared.
  for (let i = 0; i < cols.length; i++) {
    const key = headerKeys[i];
    if (key === null || key === undefined || typeof row[cols[i] as number] !== "string") {
      return false;
    }
  }
  for (let i = 0; i < cols.length; i++) {
    if (headerKey(row[cols[i] as number] as string) !== headerKeys[i]) return false;
  }
  return true;
}

/** The encoding of each column where cells surely in a legacy encoding are found (the majority). */
function columnHints<F extends string>(
  grid: Grid,
  rows: readonly number[],
  columns: ReadonlyMap<F, number>
): Map<F, LegacyEncoding> {
  const cols = [...columns.values()];
  const tcvn3 = new Array<number>(cols.length).fill(0);
  const vni = new Array<number>(cols.length).fill(0);
  // Row by row, each row's cells while at hand (not the whole sheet once per column).
  for (let i = 0; i < rows.length; i++) {
    const row = grid[rows[i] as number];
    if (row === undefined) continue;
    for (let c = 0; c < cols.length; c++) {
      const value = row[cols[c] as number];
      if (typeof value !== "string") continue;
      const found = detectLegacyText(normalizeText(value));
      if (found?.encoding === "TCVN3") tcvn3[c] = (tcvn3[c] as number) + 1;
      else if (found?.encoding === "VNI") vni[c] = (vni[c] as number) + 1;
    }
  }
  const hints = new Map<F, LegacyEncoding>();
  let c = 0;
  for (const field of columns.keys()) {
    const t = tcvn3[c] as number;
    const v = vni[c] as number;
    if (t + v > 0) hints.set(field, t >= v ? "TCVN3" : "VNI");
    c += 1;
  }
  return hints;
}

/** Codes whose params start with a cell and its column (see CellParams). */
type CellIssueCode = {
  [C in IssueCode]: IssueParams<C> extends { cell: string; column: string } ? C : never;
}[IssueCode];

/** Codes of a closed-vocabulary cell with a value outside it. */
type ChoiceCode = {
  [C in CellIssueCode]: IssueParams<C> extends { value: string; accepted: string } ? C : never;
}[CellIssueCode];

/**
 * Reads the cells of one row of a table. Each field is read once, so each problem of a cell is
 * reported once.
 */
export class RowReader<F extends string> {
  private currentRow: number;
  /** The cells of the current row. */
  private cells: readonly CellValue[];
  /** The prototype of the `cells` of this table's sources (see rowCells). */
  private readonly cellsPrototype: object;

  constructor(
    private readonly grid: Grid,
    private readonly table: Table<F>,
    private readonly specs: readonly ColumnSpec<F>[],
    row: number,
    private readonly log: IssueLog
  ) {
    this.currentRow = row;
    this.cells = grid[row] ?? NO_CELLS;
    this.cellsPrototype = cellsPrototype(table.letters);
  }

  /** The 0-based row read. */
  get row(): number {
    return this.currentRow;
  }

  /** Moves to another row of the table (rowReaders reuses one reader for a whole table). */
  moveTo(row: number): void {
    this.currentRow = row;
    this.cells = this.grid[row] ?? NO_CELLS;
    this.errored = null;
  }

  /** Fields whose cell held an error value (made at the first: most rows have none). */
  private errored: Set<F> | null = null;

  /** True when the field's cell holds an error value (already reported: say nothing more of it). */
  hadError(field: F): boolean {
    return this.errored?.has(field) === true;
  }

  get sheet(): string {
    return this.table.sheet;
  }

  /** A1 address of the field's cell in this row, null when the column is absent. */
  cell(field: F): string | null {
    const letter = this.table.letters.get(field);
    return letter === undefined ? null : `${letter}${this.row + 1}`;
  }

  header(field: F): string {
    return this.specs.find((s) => s.field === field)?.header ?? field;
  }

  /** The raw value, with an error value reported and read as empty. */
  raw(field: F): CellValue {
    const col = this.table.columns.get(field);
    if (col === undefined) return null;
    const value = this.cells[col] ?? null;
    if (isCellError(value)) {
      this.errored ??= new Set<F>();
      if (this.errored.has(field)) return null;
      this.errored.add(field);
      const cell = cellAddress(this.row, col);
      this.log.issue(
        "error",
        "cell-error",
        { cell, column: this.header(field), error: value.error },
        this.sheet,
        cell
      );
      return null;
    }
    return value;
  }

  /** Text in NFC with single spaces; legacy TCVN3/VNI text converted with a warning. */
  text(field: F): string {
    const value = this.raw(field);
    if (typeof value !== "string") return normalizeText(plainText(value));
    // The cell's address is made only for the warning (most text is not legacy).
    const text = normalizeText(value);
    const hint = this.table.hints.get(field);
    // No hint: columnHints found no cell of this column that reads as legacy text on its own,
    // so this one does not either (and without a hint nothing else would be converted).
    if (hint === undefined) return text;
    const legacy = detectLegacyText(text, hint);
    if (legacy === null) return text;
    return convertedText(text, legacy, this.sheet, this.cell(field), this.log);
  }

  /** A code: text, with a number read as its text (12 → "12"). */
  code(field: F): string {
    const value = this.raw(field);
    if (typeof value === "number") return numberText(value);
    return this.text(field);
  }

  number(field: F): number | null {
    const raw = this.raw(field);
    // A real number needs no parse (and no result object per cell).
    if (typeof raw === "number" && Number.isFinite(raw)) return raw;
    const parsed = parseNumberValue(raw);
    if (parsed.kind === "invalid") {
      // A number typed into a date-formatted cell reads back as a date: the format is at fault.
      this.invalid(field, "invalid-number", {
        value: parsed.text,
        ...(raw instanceof Date ? { cellFormat: "date" as const } : {}),
      });
      return null;
    }
    return parsed.kind === "value" ? parsed.value : null;
  }

  date(field: F): DateOnly | null {
    const raw = this.raw(field);
    const parsed = parseDateValue(raw);
    if (parsed.kind === "invalid") {
      // A number that is no day: the cell is formatted as a number, not as a date.
      this.invalid(field, "invalid-date", {
        value: parsed.text,
        ...(typeof raw === "number" ? { cellFormat: "number" as const } : {}),
      });
      return null;
    }
    return parsed.kind === "value" ? parsed.value : null;
  }

  /**
   * Reads a word of a closed vocabulary: empty → null; unknown → `code` error listing what is
   * accepted, and null.
   */
  choice<T>(
    field: F,
    parse: (text: string) => T | null,
    code: ChoiceCode,
    accepted: readonly string[],
    meansEmpty: (text: string) => boolean = NOTHING_MEANS_EMPTY
  ): T | null {
    const text = this.text(field);
    if (text === "" || meansEmpty(text)) return null;
    const value = parse(text);
    if (value === null) {
      this.invalid(field, code, { value: text, accepted: accepted.join("; ") });
    }
    return value;
  }

  /** An issue of `code` at this field's cell; the cell and its column's header join `params`. */
  invalid<C extends CellIssueCode>(
    field: F,
    code: C,
    params: Omit<IssueParams<C>, "cell" | "column">,
    severity: Severity = "error"
  ): void {
    const cell = this.cell(field);
    const full = { ...params, cell: cell ?? "", column: this.header(field) } as IssueParams<C>;
    this.log.issue(severity, code, full, this.sheet, cell);
  }

  isBlank(field: F): boolean {
    const col = this.table.columns.get(field);
    return col === undefined || isBlank(this.cells[col]);
  }

  /** Where this record came from: sheet, 1-based row, and the cell of each field present. */
  src(): Source {
    return {
      sheet: this.sheet,
      row: this.row + 1,
      cells: rowCells(this.cellsPrototype, this.row + 1),
    };
  }
}

const NO_CELLS: readonly CellValue[] = [];

/** Read when a closed-vocabulary cell has no word that means empty. */
const NOTHING_MEANS_EMPTY = (): boolean => false;

/** The 1-based row of a record's cells (a symbol: no field name can clash with it). */
const ROW = Symbol("row");

/** Per table: the prototype whose getters give a row's address of each field present. */
const cellsPrototypes = new WeakMap<ReadonlyMap<string, string>, object>();

/**
 * The cells of a record: `cells.name` is "B7" as before, but worked out when asked (an issue
 * names a cell), from getters shared by the table's rows. Making one string per field of every
 * row (≈ 350,000 for a register of 10,000 staff) kept 15 MB alive through the whole analysis,
 * copied by every young-generation collection, for the few cells issues ever name.
 */
function rowCells(prototype: object, row: number): Record<string, string> {
  const cells = Object.create(prototype) as Record<string, string> & { [ROW]: number };
  cells[ROW] = row;
  return cells;
}

/** The prototype of a table's `cells` (see rowCells). */
function cellsPrototype(letters: ReadonlyMap<string, string>): object {
  let prototype = cellsPrototypes.get(letters);
  if (prototype === undefined) {
    const made: object = {};
    letters.forEach((letter, field) => {
      Object.defineProperty(made, field, {
        get(this: { readonly [ROW]: number }): string {
          return letter + String(this[ROW]);
        },
        enumerable: true,
      });
    });
    prototype = made;
    cellsPrototypes.set(letters, prototype);
  }
  return prototype;
}

/** NFC text, converted from TCVN3/VNI with a warning that shows the result. */
export function convertText(
  value: string,
  sheet: string,
  cell: string | null,
  log: IssueLog,
  hint?: LegacyEncoding
): string {
  const text = normalizeText(value);
  const legacy = detectLegacyText(text, hint);
  return legacy === null ? text : convertedText(text, legacy, sheet, cell, log);
}

/** The converted text of a legacy `text`, with its warning. */
function convertedText(
  text: string,
  legacy: LegacyConversion,
  sheet: string,
  cell: string | null,
  log: IssueLog
): string {
  log.issue(
    "warning",
    "legacy-encoding",
    { cell: cell ?? "", encoding: legacy.encoding, original: text, converted: legacy.text },
    sheet,
    cell
  );
  return legacy.text;
}

/**
 * Every data row of a table, as one reader moved from row to row: a reader is done with when its
 * row is read (callers never keep it), and one per row of a 40,000-row sheet was garbage the
 * collector copied around. An iterator of its own rather than a generator: no generator to
 * resume and no result object made per row.
 */
export function rowReaders<F extends string>(
  grid: Grid,
  table: Table<F>,
  specs: readonly ColumnSpec<F>[],
  log: IssueLog
): IterableIterator<RowReader<F>> {
  return new TableRows(grid, table, specs, log);
}

/** The iterator of rowReaders: one reader and one result object, handed back at every step. */
class TableRows<F extends string> implements IterableIterator<RowReader<F>> {
  private index = 0;
  private readonly step: IteratorYieldResult<RowReader<F>> | null;

  constructor(
    grid: Grid,
    private readonly table: Table<F>,
    specs: readonly ColumnSpec<F>[],
    log: IssueLog
  ) {
    const first = table.rows[0];
    this.step =
      first === undefined
        ? null
        : { done: false, value: new RowReader(grid, table, specs, first, log) };
  }

  [Symbol.iterator](): IterableIterator<RowReader<F>> {
    return this;
  }

  next(): IteratorResult<RowReader<F>, undefined> {
    const row = this.table.rows[this.index];
    if (row === undefined || this.step === null) return ROWS_DONE;
    this.index += 1;
    this.step.value.moveTo(row);
    return this.step;
  }
}

const ROWS_DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };
