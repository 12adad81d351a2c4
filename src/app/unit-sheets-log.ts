/**
 * The `Nhật ký` row of "Tạo phiếu", apart from the use case: the pane's engine writes it after
 * the worker's plan, and importing it from create-unit-sheets.ts would pull the whole register
 * reader and rulebook into the pane's first-load chunk (the engine belongs in its worker).
 */
import type { AuditAction } from "../domain/integrity/audit-log";

/** The `Nhật ký` row of Tạo phiếu for the sheets actually created; null when none was (or no log). */
export function unitSheetsLogEntry(
  plan: { readonly log?: AuditAction },
  created: readonly string[]
): AuditAction | null {
  if (plan.log === undefined || created.length === 0) return null;
  return { ...plan.log, sheets: created, counts: `${created.length} trang` };
}
