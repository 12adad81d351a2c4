/** Workbooks the E2E tests open from disk, written with exceljs like any other program would. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

export const SAMPLE_FILE = path.resolve(
  __dirname,
  "..",
  "..",
  "..",
  "assets",
  "sample-register.xlsx"
);

/** A cell where a test planted a mistake, and the kind of issue it must raise. */
export interface PlantedError {
  readonly sheet: string;
  readonly cell: string;
  readonly what: string;
}

/** Plain values of a sheet (1-based rows and columns, as exceljs gives them). */
function valuesOf(ws: ExcelJS.Worksheet): unknown[][] {
  return ws.getSheetValues().map((row) => (Array.isArray(row) ? (row as unknown[]) : []));
}

function headerColumn(values: unknown[][], header: string): { row: number; col: number } {
  for (let r = 1; r <= 15; r++) {
    const c = (values[r] ?? []).findIndex((v) => typeof v === "string" && v.trim() === header);
    if (c > 0) return { row: r, col: c };
  }
  throw new Error(`No header "${header}"`);
}

/**
 * The sample register with three mistakes typed in, saved as a new file: a staff code used
 * twice, a staff member in a unit that does not exist, and a self score above its maximum.
 */
export async function registerWithPlantedErrors(): Promise<{
  readonly file: string;
  readonly planted: readonly PlantedError[];
}> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE_FILE).buffer);
  const planted: PlantedError[] = [];

  const staff = wb.getWorksheet("Cán bộ")!;
  const staffValues = valuesOf(staff);
  const code = headerColumn(staffValues, "Mã CB");
  const unit = headerColumn(staffValues, "Mã đơn vị");
  const first = staffValues[code.row + 1]?.[code.col];
  if (typeof first !== "string") throw new Error("The sample's first staff code is not text");
  const dupRow = code.row + 5;
  staff.getCell(dupRow, code.col).value = first;
  planted.push({
    sheet: "Cán bộ",
    cell: `${columnName(code.col)}${dupRow}`,
    what: "duplicate staff code",
  });
  const strayRow = code.row + 8;
  staff.getCell(strayRow, unit.col).value = "KHONGCO";
  planted.push({
    sheet: "Cán bộ",
    cell: `${columnName(unit.col)}${strayRow}`,
    what: "unknown unit",
  });

  const score = wb.getWorksheet("CĐ-VP")!;
  const scoreValues = valuesOf(score);
  const self = headerColumn(scoreValues, "Tự chấm");
  const max = headerColumn(scoreValues, "Điểm tối đa");
  // The first row with a maximum and a self score is a scored criterion.
  for (let r = self.row + 1; r <= self.row + 40; r++) {
    const values = scoreValues[r] ?? [];
    if (typeof values[max.col] === "number" && typeof values[self.col] === "number") {
      score.getCell(r, self.col).value = 999;
      planted.push({
        sheet: "CĐ-VP",
        cell: `${columnName(self.col)}${r}`,
        what: "score above maximum",
      });
      break;
    }
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), "tdkt-e2e-"));
  const file = path.join(dir, "so-co-loi.xlsx");
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return { file, planted };
}

function columnName(col1: number): string {
  let n = col1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
