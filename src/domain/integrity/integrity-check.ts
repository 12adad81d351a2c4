/**
 * What `check` says about the register's integrity (issue 12, items 3 and 4): every locked value
 * changed since the council's lock is an error at its cell; rows of `Nhật ký` edited or deleted
 * by hand are warnings; a lock the log records but whose record is gone is an error.
 */
import type { GridSet } from "../grid";
import type { Issue } from "../issue";
import { createIssue } from "../messages/create-issue";
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

/** Integrity findings for the register's grids and its custom XML parts. */
export function checkIntegrity(grids: GridSet, parts: IntegrityParts): Issue[] {
  const issues: Issue[] = [];
  const logName = auditLogSheetName(grids);
  const logState = parts.logState === null ? null : parseLogState(parts.logState);
  if (logName !== undefined) {
    issues.push(...checkAuditLog(grids.get(logName) ?? [], logName, logState ?? undefined));
  } else if (logState !== null && logState.count > 0) {
    issues.push(
      createIssue(
        "warning",
        "audit-log-truncated",
        { sheet: AUDIT_LOG_SHEET, found: 0, expected: logState.count },
        { sheet: AUDIT_LOG_SHEET, cell: null }
      )
    );
  }
  if (parts.lock === null) {
    if (logSaysLocked(grids)) {
      issues.push(
        createIssue(
          "error",
          "lock-record-missing",
          { sheet: logName ?? AUDIT_LOG_SHEET },
          { sheet: logName ?? AUDIT_LOG_SHEET, cell: null }
        )
      );
    }
    return issues;
  }
  const record = parseLockRecord(parts.lock);
  if (record === null) {
    issues.push(createIssue("error", "lock-record-damaged", {}, { sheet: null, cell: null }));
    return issues;
  }
  for (const change of diffLockedValues(record.snapshot, lockedValues(grids))) {
    issues.push(
      createIssue(
        "error",
        "locked-value-changed",
        {
          sheet: change.sheet,
          cell: change.cell,
          lockedAt: record.lockedAt,
          before: change.before ?? "",
          after: change.after ?? "",
        },
        { sheet: change.sheet, cell: change.cell }
      )
    );
  }
  return issues;
}
