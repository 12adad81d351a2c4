/**
 * The `Nhật ký` sheet (issue 12, item 4): one row per program action that writes to the register.
 * Each row carries a check code chained to the row above (SHA-256 of the previous code and the
 * row's own fields), so a row edited by hand no longer matches its code and a deleted row breaks
 * the numbering; the program itself only ever appends.
 */
import { cellAddress, type Grid } from "../grid";
import type { Issue } from "../issue";
import { createIssue } from "../messages/create-issue";
import type { OutputSheet, SpecCell } from "../output/sheet-spec";
import { headerKey, normalizeText } from "../text/normalize";
import { normalisedValue } from "./normalised-value";
import { sha256Text } from "./sha256";

/** Name of the log sheet. */
export const AUDIT_LOG_SHEET = "Nhật ký";

/** Column headers of the log, in order. */
export const AUDIT_LOG_HEADERS = [
  "STT",
  "Thời gian",
  "Hành động",
  "Trang đã ghi",
  "Số lượng",
  "Dấu vân tay",
  "Người thực hiện",
  "Mã kiểm tra",
] as const;

/** The actions the program logs, in the words the log shows. */
export const AUDIT_ACTIONS = {
  lock: "Khóa kết quả",
  unlock: "Mở khóa",
  merge: "Gộp phiếu đơn vị",
  run: "Chấm điểm & lập danh sách",
  createUnitSheets: "Tạo phiếu",
  createRegister: "Tạo sổ",
  dossier: "Lập hồ sơ",
  decisions: "Tạo trang Quyết định",
  yearReport: "Lập báo cáo năm",
} as const;

/** What one action did, before it gets its number and check code. */
export interface AuditAction {
  /** When, already formatted (see {@link formatLogTime}). */
  readonly time: string;
  readonly action: string;
  readonly sheets: readonly string[];
  /** Counts in words, e.g. "12 ô, 3 đơn vị". */
  readonly counts: string;
  /** The register's fingerprint when the action is about it (lock), else "". */
  readonly fingerprint: string;
  readonly by: string;
}

/** A row of the log as read back. */
export interface AuditEntry {
  /** 1-based row in the sheet. */
  readonly row: number;
  readonly number: number | null;
  readonly time: string;
  readonly action: string;
  readonly sheets: string;
  readonly counts: string;
  readonly fingerprint: string;
  readonly by: string;
  readonly code: string;
}

/**
 * A Date as the log shows it: "dd/mm/yyyy hh:mm:ss" in Vietnam's time (UTC+7, no daylight
 * saving), so every co-author's row reads the same whatever their computer's zone.
 */
export function formatLogTime(date: Date): string {
  const t = new Date(date.getTime() + 7 * 3600_000);
  const p = (n: number): string => String(n).padStart(2, "0");
  return (
    `${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ` +
    `${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}`
  );
}

function fieldsText(number: number, fields: Omit<AuditEntry, "row" | "number" | "code">): string {
  return JSON.stringify([
    number,
    fields.time,
    fields.action,
    fields.sheets,
    fields.counts,
    fields.fingerprint,
    fields.by,
  ]);
}

/** The check code of a row: the first 16 hex digits of SHA-256(previous code, the row's fields). */
export function auditCode(
  previousCode: string,
  number: number,
  fields: Omit<AuditEntry, "row" | "number" | "code">
): string {
  return sha256Text(`${previousCode}\n${fieldsText(number, fields)}`).slice(0, 16);
}

/** The values of the row that records `action` after the `previous` entry (null: first row). */
export function auditRowValues(
  previous: AuditEntry | null,
  action: AuditAction
): (string | number)[] {
  const number = (previous?.number ?? 0) + 1;
  // Stored as the log reads it back (NFC, single spaces), so the code checks out on reading.
  const fields = {
    time: normalizeText(action.time),
    action: normalizeText(action.action),
    sheets: normalizeText(action.sheets.join(", ")),
    counts: normalizeText(action.counts),
    fingerprint: normalizeText(action.fingerprint),
    by: normalizeText(action.by),
  };
  const code = auditCode(previous?.code ?? "", number, fields);
  return [
    number,
    fields.time,
    fields.action,
    fields.sheets,
    fields.counts,
    fields.fingerprint,
    fields.by,
    code,
  ];
}

/** The log sheet as first created: its header row and the given rows. */
export function auditLogSheet(rows: readonly (readonly (string | number)[])[] = []): OutputSheet {
  const text = (v: string | number): SpecCell => ({ value: v, style: "cell" });
  return {
    name: AUDIT_LOG_SHEET,
    styles: {
      header: { bold: true, fill: "DDEBF7", border: true, wrap: true, align: "center" },
      cell: { border: true, valign: "top", wrap: true, numberFormat: "@" },
    },
    columnWidths: [6, 20, 22, 34, 24, 30, 22, 18],
    rows: [
      AUDIT_LOG_HEADERS.map((h) => ({ value: h, style: "header" })),
      ...rows.map((r) => r.map(text)),
    ],
    freezeRows: 1,
    tabColor: "7F7F7F",
  };
}

/** Where the log's header row is (0-based) and each column, or null when the sheet has none. */
function headerOf(grid: Grid): { row: number; cols: number[] } | null {
  const wanted = AUDIT_LOG_HEADERS.map((h) => headerKey(h));
  for (let r = 0; r < Math.min(grid.length, 15); r++) {
    const keys = (grid[r] ?? []).map((v) => (typeof v === "string" ? headerKey(v) : ""));
    const cols = wanted.map((w) => keys.indexOf(w));
    if (cols.every((c) => c >= 0)) return { row: r, cols };
  }
  return null;
}

/** Reads the log's rows (blank rows skipped). Empty when the sheet has no log header. */
export function readAuditLog(grid: Grid): AuditEntry[] {
  const header = headerOf(grid);
  if (header === null) return [];
  const entries: AuditEntry[] = [];
  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const cell = (i: number): string => normalisedValue(row[header.cols[i] ?? -1]) ?? "";
    const texts = AUDIT_LOG_HEADERS.map((_h, i) => cell(i));
    if (texts.every((t) => t === "")) continue;
    const n = Number(texts[0]);
    entries.push({
      row: r + 1,
      number: texts[0] !== "" && Number.isInteger(n) ? n : null,
      time: texts[1] ?? "",
      action: texts[2] ?? "",
      sheets: texts[3] ?? "",
      counts: texts[4] ?? "",
      fingerprint: texts[5] ?? "",
      by: texts[6] ?? "",
      code: texts[7] ?? "",
    });
  }
  return entries;
}

/** The last row of the log, or null when it has none. */
export function lastAuditEntry(grid: Grid | undefined): AuditEntry | null {
  return grid === undefined ? null : (readAuditLog(grid).at(-1) ?? null);
}

/**
 * Warnings for rows edited or deleted by hand: a row whose check code does not match its fields
 * (edited), a gap in the numbering (rows deleted above), fewer rows than the log's stored count
 * (rows deleted at the end).
 */
export function checkAuditLog(
  grid: Grid,
  sheet: string,
  expected?: { readonly count: number; readonly lastCode: string }
): Issue[] {
  const header = headerOf(grid);
  const issues: Issue[] = [];
  const entries = readAuditLog(grid);
  let previous: AuditEntry | null = null;
  for (const entry of entries) {
    const expectedNumber = (previous?.number ?? 0) + 1;
    const codeCell = cellAddress(entry.row - 1, header?.cols[7] ?? 7);
    if (entry.number !== null && entry.number > expectedNumber) {
      issues.push(
        createIssue(
          "warning",
          "audit-log-rows-deleted",
          { sheet, from: expectedNumber, to: entry.number - 1 },
          { sheet, cell: cellAddress(entry.row - 1, header?.cols[0] ?? 0) }
        )
      );
    } else if (
      entry.number === null ||
      entry.code !== auditCode(previous?.code ?? "", entry.number, entry)
    ) {
      issues.push(
        createIssue(
          "warning",
          "audit-log-row-edited",
          { sheet, row: entry.row },
          { sheet, cell: codeCell }
        )
      );
    }
    previous = entry;
  }
  if (expected !== undefined && entries.length < expected.count) {
    issues.push(
      createIssue(
        "warning",
        "audit-log-truncated",
        { sheet, found: entries.length, expected: expected.count },
        { sheet, cell: null }
      )
    );
  }
  return issues;
}
