/**
 * A register written with exceljs from plain tables, for CLI tests that plant one case each: every
 * input sheet is a title row, a blank row, then its header row and rows; a pledge sheet has its two
 * labelled collective cells above its table. Only the columns given are written, so a test can
 * write a v1 register (no v2 columns) as easily as a v2 one.
 */
import ExcelJS from "exceljs";

export type Row = readonly ExcelJS.CellValue[];

export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly Row[];
}

export interface PledgeTable {
  readonly unit: string;
  readonly collectiveTitle?: string;
  readonly collectiveAward?: string;
  /** Rows of `STT`, `Mã CB`, `Họ và tên`, `Danh hiệu đăng ký`, `Hình thức khen thưởng đăng ký`. */
  readonly rows: readonly Row[];
}

export interface TableRegister {
  /** `Tham số` → `Giá trị`. */
  readonly settings: readonly Row[];
  readonly units: Table;
  readonly staff: Table;
  readonly history: Table;
  readonly initiatives: Table;
  readonly criteria: Table;
  readonly pledges: readonly PledgeTable[];
  /** Score sheets by unit: rows of `Mã tiêu chí`, `Nội dung`, `Điểm tối đa`, `Tự chấm`, `Hội đồng chấm`. */
  readonly scores: Readonly<Record<string, readonly Row[]>>;
  readonly votes: readonly Row[];
}

/** A date at midnight UTC (how Excel dates round-trip through exceljs). */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function writeTable(ws: ExcelJS.Worksheet, title: string, table: Table): void {
  ws.getCell("A1").value = title;
  ws.getRow(3).values = [...table.headers];
  table.rows.forEach((row, i) => {
    ws.getRow(4 + i).values = [...row];
  });
}

export async function tableRegisterBytes(register: TableRegister): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  writeTable(wb.addWorksheet("Cấu hình"), "CẤU HÌNH", {
    headers: ["Tham số", "Giá trị"],
    rows: register.settings,
  });
  writeTable(wb.addWorksheet("Đơn vị"), "ĐƠN VỊ", register.units);
  writeTable(wb.addWorksheet("Cán bộ"), "CÁN BỘ", register.staff);
  writeTable(wb.addWorksheet("Lịch sử"), "LỊCH SỬ", register.history);
  writeTable(wb.addWorksheet("Sáng kiến"), "SÁNG KIẾN", register.initiatives);
  writeTable(wb.addWorksheet("Tiêu chí"), "TIÊU CHÍ", register.criteria);
  for (const pledge of register.pledges) {
    const ws = wb.addWorksheet(`ĐK-${pledge.unit}`);
    ws.getCell("A1").value = "BẢN ĐĂNG KÝ THI ĐUA";
    ws.getCell("B2").value = "Danh hiệu tập thể đăng ký";
    ws.getCell("C2").value = pledge.collectiveTitle ?? null;
    ws.getCell("B3").value = "Hình thức khen thưởng tập thể đăng ký";
    ws.getCell("C3").value = pledge.collectiveAward ?? null;
    ws.getRow(5).values = [
      "STT",
      "Mã CB",
      "Họ và tên",
      "Danh hiệu đăng ký",
      "Hình thức khen thưởng đăng ký",
      "Ghi chú",
    ];
    pledge.rows.forEach((row, i) => {
      ws.getRow(6 + i).values = [...row];
    });
  }
  for (const [unit, rows] of Object.entries(register.scores)) {
    writeTable(wb.addWorksheet(`CĐ-${unit}`), "PHIẾU CHẤM ĐIỂM", {
      headers: ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Tự chấm", "Hội đồng chấm", "Minh chứng"],
      rows,
    });
  }
  writeTable(wb.addWorksheet("Bình xét"), "BÌNH XÉT", {
    headers: ["Đối tượng", "Danh hiệu / hình thức", "Số thành viên", "Số phiếu đồng ý"],
    rows: register.votes,
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
