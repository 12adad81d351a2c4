/** Workbooks the E2E tests open from disk, written with exceljs like any other program would. */
import { mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";

export async function writeWorkbook(
  fileName: string,
  fill: (wb: ExcelJS.Workbook) => void
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const dir = mkdtempSync(path.join(os.tmpdir(), "tdkt-e2e-"));
  const file = path.join(dir, fileName);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

export function notAWorkbook(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tdkt-e2e-"));
  const file = path.join(dir, "ghi-chu.xlsx");
  writeFileSync(file, "đây không phải sổ Excel");
  return file;
}
