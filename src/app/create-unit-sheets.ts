/**
 * Use case "Tạo phiếu": one pledge sheet and one score sheet per unit, prefilled from the register;
 * logged in `Nhật ký` when the caller gives an audit context and a sheet was created.
 */
import { missingSheetsReason } from "../domain/analyse-register";
import { AUDIT_ACTIONS } from "../domain/integrity/audit-log";
import { logAction, type AuditContext } from "./audit-trail";
import { readRegister } from "../domain/codec/read-register";
import { unitSheets } from "../domain/templates/register-template";
import type { GridSet } from "../domain/grid";
import type { OutputSheet } from "../domain/output/sheet-spec";
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
  const grids = await readInputGrids(port);
  const planned = planUnitSheets(grids, options);
  if (planned.kind === "unusable") return planned;
  const result = await port.createSheets(planned.sheets);
  if (result.created.length > 0 && options.audit !== undefined) {
    await logAction(port, options.audit, readRegister(grids).register.settings, {
      action: AUDIT_ACTIONS.createUnitSheets,
      sheets: result.created,
      counts: `${result.created.length} trang`,
    });
  }
  return { kind: "created", ...result };
}

export type UnitSheetsPlan =
  | { readonly kind: "sheets"; readonly sheets: readonly OutputSheet[] }
  | { readonly kind: "unusable"; readonly reason: string };

/** The pure part (no workbook): the unit sheets to create from the grids read. */
export function planUnitSheets(
  grids: GridSet,
  options: { readonly protect: boolean }
): UnitSheetsPlan {
  const read = readRegister(grids);
  if (read.missingSheets.length > 0) {
    return { kind: "unusable", reason: missingSheetsReason(read.missingSheets) };
  }
  return { kind: "sheets", sheets: unitSheets(read.register, options) };
}
