/**
 * What `check` says about the register's integrity (issue 12, items 3 and 4): every locked value
 * changed since the council's lock is an error at its cell; rows of `Nhật ký` edited or deleted
 * by hand are warnings; a lock the log records but whose record is gone is an error.
 */
import type { GridSet } from "../grid";
import type { Issue } from "../issue";
import { foldKey } from "../text/normalize";
import { AUDIT_ACTIONS, AUDIT_LOG_SHEET, checkAuditLog, readAuditLog } from "./audit-log";
import { diffLockedValues, lockedValues } from "./locked-values";
import { parseLockRecord } from "./lock-record";
import { parseLogState } from "./log-state";

/** The custom XML parts the check needs, as read from the workbook (null when absent). */
export interface IntegrityParts {
  readonly lock: string | null;
  readonly logState: string | null;
}

/** The log sheet of these grids (found by its folded name), or undefined. */
export function auditLogSheetName(grids: GridSet): string | undefined {
  return [...grids.keys()].find((n) => foldKey(n) === foldKey(AUDIT_LOG_SHEET));
}

/**
 * True when the log's last lock or unlock row is a lock: the results should then be locked.
 */
export function logSaysLocked(grids: GridSet): boolean {
  const name = auditLogSheetName(grids);
  if (name === undefined) return false;
  const last = readAuditLog(grids.get(name) ?? [])
    .filter((e) => e.action === AUDIT_ACTIONS.lock || e.action === AUDIT_ACTIONS.unlock)
    .at(-1);
  return last?.action === AUDIT_ACTIONS.lock;
}

/**
 * The fingerprint of the lock in force, from the log (for the biên bản of the dossier), or null
 * when the results are not locked.
 */
export function lockedFingerprint(grids: GridSet): string | null {
  const name = auditLogSheetName(grids);
  if (name === undefined) return null;
  const last = readAuditLog(grids.get(name) ?? [])
    .filter((e) => e.action === AUDIT_ACTIONS.lock || e.action === AUDIT_ACTIONS.unlock)
    .at(-1);
  return last?.action === AUDIT_ACTIONS.lock && last.fingerprint !== "" ? last.fingerprint : null;
}

/** Longest value shown in a message; the cell itself holds the rest. */
const SHOWN = 60;

function shown(value: string | null): string {
  if (value === null) return "(trống)";
  return `"${value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value}"`;
}

/** Integrity findings for the register's grids and its custom XML parts. */
export function checkIntegrity(grids: GridSet, parts: IntegrityParts): Issue[] {
  const issues: Issue[] = [];
  const logName = auditLogSheetName(grids);
  const logState = parts.logState === null ? null : parseLogState(parts.logState);
  if (logName !== undefined) {
    issues.push(...checkAuditLog(grids.get(logName) ?? [], logName, logState ?? undefined));
  } else if (logState !== null && logState.count > 0) {
    issues.push({
      severity: "warning",
      code: "audit-log-rows-deleted",
      sheet: AUDIT_LOG_SHEET,
      cell: null,
      message: `Trang "${AUDIT_LOG_SHEET}" đã bị xóa (chương trình đã ghi ${logState.count} dòng nhật ký). Hãy khôi phục từ bản lưu trước.`,
      params: { found: 0, expected: logState.count },
    });
  }
  if (parts.lock === null) {
    if (logSaysLocked(grids)) {
      issues.push({
        severity: "error",
        code: "lock-record-missing",
        sheet: logName ?? AUDIT_LOG_SHEET,
        cell: null,
        message:
          `Nhật ký ghi kết quả đã khóa nhưng sổ không còn bản ghi khóa (có thể sổ đã được sao chép ` +
          `bằng chương trình khác hoặc bản ghi bị xóa): không thể xác nhận kết quả chưa bị sửa. ` +
          `Hãy dùng bản sổ đã khóa, hoặc mở khóa và khóa lại sau khi Hội đồng xác nhận.`,
      });
    }
    return issues;
  }
  const record = parseLockRecord(parts.lock);
  if (record === null) {
    issues.push({
      severity: "error",
      code: "lock-record-damaged",
      sheet: null,
      cell: null,
      message:
        "Bản ghi khóa kết quả trong sổ bị hỏng nên không thể xác nhận kết quả chưa bị sửa. " +
        "Hãy dùng bản sổ đã khóa, hoặc mở khóa và khóa lại sau khi Hội đồng xác nhận.",
    });
    return issues;
  }
  for (const change of diffLockedValues(record.snapshot, lockedValues(grids))) {
    issues.push({
      severity: "error",
      code: "locked-value-changed",
      sheet: change.sheet,
      cell: change.cell,
      message:
        `Ô ${change.sheet}!${change.cell} đã bị sửa sau khi khóa kết quả (${record.lockedAt}): ` +
        `trước ${shown(change.before)}, nay ${shown(change.after)}. Hãy trả lại giá trị đã khóa, ` +
        `hoặc "Mở khóa" (được ghi vào Nhật ký) nếu Hội đồng quyết định sửa.`,
      params: {
        lockedAt: record.lockedAt,
        before: change.before ?? "",
        after: change.after ?? "",
      },
    });
  }
  return issues;
}
