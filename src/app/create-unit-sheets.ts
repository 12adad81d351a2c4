/**
 * Use case "Tạo phiếu": one pledge sheet and one score sheet per unit, prefilled from the register;
 * logged in `Nhật ký` when the caller gives an audit context and a sheet was created.
 */
import { missingSheetsOutcome, type Unusable } from "../domain/unusable";
import { AUDIT_ACTIONS, type AuditAction } from "../domain/integrity/audit-log";
import { auditAction, recordAction, type AuditContext } from "./audit-trail";
import { readRegister } from "../domain/codec/read-register";
import { unitSheets } from "../domain/templates/register-template";
import type { GridSet } from "../domain/grid";
import type { OutputSheet } from "../domain/output/sheet-spec";
import type { WorkbookPort } from "../ports/workbook.port";
import { readInputGrids } from "./read-workbook";
import { unitSheetsLogEntry } from "./unit-sheets-log";

export { unitSheetsLogEntry };

export type CreateUnitSheetsOutcome =
  | {
      readonly kind: "created";
      readonly created: readonly string[];
      readonly skipped: readonly string[];
    }
  | Unusable;

export async function createUnitSheets(
  port: WorkbookPort,
  options: { readonly protect: boolean; readonly audit?: AuditContext }
): Promise<CreateUnitSheetsOutcome> {
  const grids = await readInputGrids(port);
  const planned = planUnitSheets(grids, options);
  if (planned.kind === "unusable") return planned;
  const result = await port.createSheets(planned.sheets);
  const entry = unitSheetsLogEntry(planned, result.created);
  if (entry !== null) await recordAction(port, entry);
  return { kind: "created", ...result };
}

export type UnitSheetsPlan =
  | {
      readonly kind: "sheets";
      readonly sheets: readonly OutputSheet[];
      /** The log row as if every sheet were created, when an audit context was given. */
      readonly log?: AuditAction;
    }
  | Unusable;

/**
 * The pure part (no workbook): the unit sheets to create from the grids read, and their log row
 * when the caller gives an audit context (the pane's worker builds both).
 */
export function planUnitSheets(
  grids: GridSet,
  options: { readonly protect: boolean; readonly audit?: AuditContext }
): UnitSheetsPlan {
  const read = readRegister(grids);
  if (read.missingSheets.length > 0) {
    return missingSheetsOutcome(read.missingSheets);
  }
  const sheets = unitSheets(read.register, { protect: options.protect });
  if (options.audit === undefined) return { kind: "sheets", sheets };
  const log = auditAction(options.audit, read.register.settings, {
    action: AUDIT_ACTIONS.createUnitSheets,
    sheets: sheets.map((s) => s.name),
    counts: `${sheets.length} trang`,
  });
  return { kind: "sheets", sheets, log };
}
