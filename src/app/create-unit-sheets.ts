/** Use case "Tạo phiếu": one pledge sheet and one score sheet per unit, prefilled from the register. */
import { missingSheetsReason } from "../domain/analyse-register";
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
  options: { readonly protect: boolean }
): Promise<CreateUnitSheetsOutcome> {
  const planned = planUnitSheets(await readInputGrids(port), options);
  if (planned.kind === "unusable") return planned;
  const result = await port.createSheets(planned.sheets);
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
