/**
 * Use case "Tạo phiếu": one pledge sheet and one score sheet per unit, prefilled from the register;
 * logged in `Nhật ký` when the caller gives an audit context and a sheet was created.
 */
import { missingSheetsReason } from "../domain/analyse-register";
import { AUDIT_ACTIONS } from "../domain/integrity/audit-log";
import { logAction, type AuditContext } from "./audit-trail";
import { readRegister } from "../domain/codec/read-register";
import { unitSheets } from "../domain/templates/register-template";
import type { WorkbookPort } from "../ports/workbook.port";
import { readInputGrids } from "./read-workbook";

export type CreateUnitSheetsOutcome =
  | {
      readonly kind: "created";
      readonly created: readonly string[];
      readonly skipped: readonly string[];
    }
  | { readonly kind: "unusable"; readonly reason: string };

export async function createUnitSheets(
  port: WorkbookPort,
  options: { readonly protect: boolean; readonly audit?: AuditContext }
): Promise<CreateUnitSheetsOutcome> {
  const read = readRegister(await readInputGrids(port));
  if (read.missingSheets.length > 0) {
    return { kind: "unusable", reason: missingSheetsReason(read.missingSheets) };
  }
  const result = await port.createSheets(unitSheets(read.register, options));
  if (result.created.length > 0) {
    await logAction(port, options.audit, read.register.settings, {
      action: AUDIT_ACTIONS.createUnitSheets,
      sheets: result.created,
      counts: `${result.created.length} trang`,
    });
  }
  return { kind: "created", ...result };
}
