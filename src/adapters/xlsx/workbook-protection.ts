/**
 * What Excel's protection forbids in a package, for hosts that must refuse the same writes Excel
 * refuses (the preview's memory workbook): the workbook's structure locked (no sheet added,
 * deleted or renamed) and each protected sheet with the ranges left editable without a password
 * (`protectedRange`, the program's "input areas"). Browser-safe.
 */
import { OpcPackage } from "./opc-package";
import { readWorkbookStructure } from "./workbook-structure";
import { attr, findTags } from "./xml-text";

export interface WorkbookProtection {
  /** Review › Protect Workbook: sheets cannot be added, deleted, moved or renamed. */
  readonly structureLocked: boolean;
  /** Protected sheets (names as in the workbook) → the ranges anyone may still edit. */
  readonly sheets: ReadonlyMap<string, readonly string[]>;
}

const on = (value: string | null): boolean => value === "1" || value === "true";

export function readWorkbookProtection(pkg: OpcPackage): WorkbookProtection {
  const structure = readWorkbookStructure(pkg);
  const workbookXml = pkg.getText(structure.workbookPath) ?? "";
  const lock = findTags(workbookXml, "workbookProtection")[0];
  const sheets = new Map<string, readonly string[]>();
  for (const entry of structure.sheets) {
    if (!entry.isWorksheet) continue;
    const xml = pkg.getText(entry.path) ?? "";
    const protection = findTags(xml, "sheetProtection")[0];
    if (protection === undefined || !on(attr(protection, "sheet"))) continue;
    // A range with a password is not editable without it; the preview knows no passwords.
    const editable = findTags(xml, "protectedRange")
      .filter((tag) => attr(tag, "password") === null && attr(tag, "algorithmName") === null)
      .flatMap((tag) => (attr(tag, "sqref") ?? "").split(/\s+/).filter((r) => r !== ""));
    sheets.set(entry.name, editable);
  }
  return { structureLocked: lock !== undefined && on(attr(lock, "lockStructure")), sheets };
}
