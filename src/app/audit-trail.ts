/**
 * Appends one row to `Nhật ký` for an action that wrote to the register (issue 12, item 4), and
 * keeps the log's row count in a custom XML part where the host has them. The row is appended in
 * one batch below the last row, never by rewriting the rows above; hosts without `appendRows`
 * (none of the project's adapters) get no log rather than a rewritten one.
 */
import {
  AUDIT_LOG_SHEET,
  auditLogSheet,
  auditRowValues,
  readAuditLog,
  type AuditAction,
} from "../domain/integrity/audit-log";
import {
  LOG_STATE_NAMESPACE,
  parseLogState,
  serializeLogState,
} from "../domain/integrity/log-state";
import { foldKey } from "../domain/text/normalize";
import type { GridSet } from "../domain/grid";
import type { Settings } from "../domain/model";
import type { WorkbookPort } from "../ports/workbook.port";

/** Label of the `Cấu hình` row naming who acts (register-format.md, v2 optional rows). */
export const ACTOR_SETTING = "Người thực hiện";

/**
 * Who acts, for the log: `Người thực hiện` of `Cấu hình` when filled, else what the host knows
 * (the Office user's display name, the CLI's --by or the system user), else "".
 */
export function actorName(settings: Settings | null, hostUser: string | null): string {
  const fromSettings = settings?.values.get(foldKey(ACTOR_SETTING))?.value;
  if (typeof fromSettings === "string" && fromSettings.trim() !== "") return fromSettings.trim();
  return hostUser?.trim() ?? "";
}

/** When and by whom an action happens, as the host knows it (the domain has no clock). */
export interface AuditContext {
  /** The time of the action, already formatted for the log (formatLogTime). */
  readonly time: string;
  /** Who acts as the host knows them (Office has no user name to give: null; CLI: --by or the system user). */
  readonly hostUser: string | null;
}

/**
 * Logs an action of a use case that wrote to the register, when the caller gave an audit
 * context: who from `Cấu hình` or the host. Without a context (tests, `tdkt demo`), nothing.
 */
export async function logAction(
  port: WorkbookPort,
  audit: AuditContext | undefined,
  settings: Settings | null,
  what: LoggedWhat
): Promise<void> {
  if (audit === undefined) return;
  await recordAction(port, auditAction(audit, settings, what));
}

/** What an action did, for its log row. */
export type LoggedWhat = Pick<AuditAction, "action" | "sheets" | "counts"> & {
  readonly fingerprint?: string;
};

/**
 * The log row's fields (before its number and check code) for an action in an audit context:
 * pure, so the pane's worker can build it beside the sheets and the main thread append it.
 */
export function auditAction(
  audit: AuditContext,
  settings: Settings | null,
  what: LoggedWhat
): AuditAction {
  return {
    time: audit.time,
    action: what.action,
    sheets: what.sheets,
    counts: what.counts,
    fingerprint: what.fingerprint ?? "",
    by: actorName(settings, audit.hostUser),
  };
}

/** Records `action` as the next row of the log. Returns false when the host cannot append. */
export async function recordAction(port: WorkbookPort, action: AuditAction): Promise<boolean> {
  if (port.appendRows === undefined) return false;
  const names = await port.listSheets();
  const name = names.find((n) => foldKey(n) === foldKey(AUDIT_LOG_SHEET));
  const grids: GridSet = name === undefined ? new Map() : await port.readSheets([name]);
  const entries = readAuditLog(name === undefined ? [] : (grids.get(name) ?? []));
  const previous = entries.at(-1) ?? null;
  const row = auditRowValues(previous, action);
  await port.appendRows(auditLogSheet(), [row]);
  if (port.readCustomXml !== undefined && port.writeCustomXml !== undefined) {
    const stored = parseLogState((await port.readCustomXml(LOG_STATE_NAMESPACE)) ?? "");
    const count = Math.max(stored?.count ?? 0, entries.length) + 1;
    await port.writeCustomXml(
      LOG_STATE_NAMESPACE,
      serializeLogState({ count, lastCode: String(row[7] ?? "") })
    );
  }
  return true;
}
