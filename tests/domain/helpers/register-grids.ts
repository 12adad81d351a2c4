/**
 * A small, valid register as grids, and helpers to change one cell or row of it. Tests start from
 * this register (which reads and validates without any issue) and change exactly what they test.
 */
import {
  parseCellAddress,
  type CellValue,
  type Grid,
  type GridSet,
} from "../../../src/domain/grid";
import type { Issue } from "../../../src/domain/issue";
import { readRegister } from "../../../src/domain/codec/read-register";
import type { Register } from "../../../src/domain/model";
import { buildIndex, type ValidationRule } from "../../../src/domain/validation/rule";
import {
  DEFAULT_PARAMETER_VALUES,
  type ParameterValues,
} from "../../../src/domain/rulebook/parameters";

type Rows = CellValue[][];

export function sampleSheets(): Record<string, Rows> {
  return {
    "Cấu hình": [
      ["Tham số", "Giá trị"],
      ["Cơ quan", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"],
      ["Cơ quan cấp trên", "UBND tỉnh Hà Tĩnh"],
      ["Năm", 2024],
      ["Phong trào", "Phong trào thi đua năm 2024"],
      ["Hạn đăng ký", "31/01/2024"],
      ["Ngày xét", new Date(Date.UTC(2024, 10, 5))],
      ["Số thành viên Hội đồng", 9],
    ],
    "Đơn vị": [
      ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
      ["DANH SÁCH ĐƠN VỊ"],
      [],
      ["Mã đơn vị", "Tên đơn vị", "Loại", "Thứ tự", "Trưởng đơn vị", "Xếp loại"],
      ["VP", "Văn phòng Sở", "Phòng", 1, "Nguyễn Văn An", "Hoàn thành xuất sắc nhiệm vụ"],
      ["KHTC", "Phòng Kế hoạch - Tài chính", "Phòng", 2, "Trần Thị Bình", "HTTNV"],
    ],
    "Cán bộ": [
      [
        "Mã CB",
        "Họ và tên",
        "Mã đơn vị",
        "Chức vụ",
        "Ngày sinh",
        "Giới tính",
        "Số tháng công tác",
        "Nghỉ thai sản",
        "Xếp loại",
        "Kỷ luật",
        "Ghi chú",
      ],
      [
        "CB001",
        "Nguyễn Văn An",
        "VP",
        "Chánh Văn phòng",
        "12/03/1975",
        "Nam",
        12,
        "không",
        "Hoàn thành xuất sắc nhiệm vụ",
        null,
        null,
      ],
      [
        "CB002",
        "Lê Thị Hoa",
        "VP",
        "Chuyên viên",
        new Date(Date.UTC(1988, 6, 1)),
        "Nữ",
        12,
        "có",
        "Hoàn thành tốt nhiệm vụ",
        null,
        null,
      ],
      [
        "CB003",
        "Phạm Minh Đức",
        "VP",
        "Chuyên viên",
        "1990-01-15",
        "Nam",
        12,
        null,
        "Hoàn thành tốt nhiệm vụ",
        null,
        null,
      ],
      [
        "CB004",
        "Trần Thị Bình",
        "KHTC",
        "Trưởng phòng",
        "5/6/1980",
        "Nữ",
        12,
        null,
        "Hoàn thành tốt nhiệm vụ",
        null,
        null,
      ],
      [
        "CB005",
        "Võ Văn Kiệt",
        "KHTC",
        "Chuyên viên",
        "20-11-1992",
        "Nam",
        12,
        null,
        "Hoàn thành tốt nhiệm vụ",
        null,
        null,
      ],
      [
        "CB006",
        "Hoàng Ngọc Ánh",
        // In VP so VP (rated HTXSNV) keeps 1 HTXSNV of 4 within its 25 % (rules.md v2).
        "VP",
        "Chuyên viên",
        33000,
        "Nữ",
        12,
        null,
        "Hoàn thành tốt nhiệm vụ",
        null,
        null,
      ],
    ],
    "Lịch sử": [
      ["Đối tượng", "Năm", "Danh hiệu / hình thức", "Số quyết định", "Ngày quyết định"],
      ["CB001", 2023, "Chiến sĩ thi đua cơ sở", "123/QĐ-SKHCN", "15/12/2023"],
      ["CB001", 2023, "HTXSNV", null, null],
      ["VP", 2023, "Tập thể lao động xuất sắc", "45/QĐ-UBND", "20/12/2023"],
    ],
    "Sáng kiến": [
      [
        "Mã CB",
        "Tên sáng kiến / đề tài",
        "Loại",
        "Phạm vi ảnh hưởng",
        "Số quyết định",
        "Ngày công nhận",
      ],
      ["CB001", "Số hoá hồ sơ thi đua", "Sáng kiến", "Tỉnh", "12/QĐ-HĐSK", "10/10/2024"],
    ],
    "Tiêu chí": [
      ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Loại"],
      ["1", "Thực hiện nhiệm vụ chuyên môn", 60, "Cộng"],
      ["1.1", "Hoàn thành kế hoạch công tác", 30, null],
      ["1.2", "Chất lượng tham mưu", 30, null],
      [2, "Xây dựng tổ chức", 40, "Cộng"],
      ["3", "Điểm thưởng", 5, "Thưởng"],
      ["4", "Điểm trừ", 5, "Trừ"],
    ],
    "ĐK-VP": [
      ["Danh hiệu tập thể đăng ký", "Tập thể lao động xuất sắc"],
      ["Hình thức khen thưởng tập thể đăng ký", "Bằng khen của Chủ tịch UBND tỉnh"],
      [],
      [
        "STT",
        "Mã CB",
        "Họ và tên",
        "Danh hiệu đăng ký",
        "Hình thức khen thưởng đăng ký",
        "Ghi chú",
      ],
      [1, "CB001", "Nguyễn Văn An", "Chiến sĩ thi đua cơ sở", "Giấy khen", null],
      [2, "CB002", "Lê Thị Hoa", "Lao động tiên tiến", null, null],
      [3, "CB003", "Phạm Minh Đức", "LĐTT", null, null],
    ],
    "ĐK-KHTC": [
      ["Danh hiệu tập thể đăng ký", "Tập thể lao động tiên tiến"],
      ["Hình thức khen thưởng tập thể đăng ký", null],
      [
        "STT",
        "Mã CB",
        "Họ và tên",
        "Danh hiệu đăng ký",
        "Hình thức khen thưởng đăng ký",
        "Ghi chú",
      ],
      [1, "CB004", "Trần Thị Bình", "Lao động tiên tiến", null, null],
    ],
    "CĐ-VP": [
      ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Tự chấm", "Hội đồng chấm", "Minh chứng"],
      ["1", "Thực hiện nhiệm vụ chuyên môn", 60, null, null, null],
      ["1.1", "Hoàn thành kế hoạch công tác", 30, 29, 28, "BC số 12"],
      ["1.2", "Chất lượng tham mưu", 30, "28,5", 27, null],
      ["2", "Xây dựng tổ chức", 40, 38, 37, null],
      ["3", "Điểm thưởng", 5, 2, 2, null],
      ["4", "Điểm trừ", 5, 0, 0, null],
    ],
    "CĐ-KHTC": [
      ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Tự chấm", "Hội đồng chấm", "Minh chứng"],
      ["1.1", "Hoàn thành kế hoạch công tác", 30, 25, 25, null],
      ["1.2", "Chất lượng tham mưu", 30, 25, 24, null],
      ["2", "Xây dựng tổ chức", 40, 35, 35, null],
      ["3", "Điểm thưởng", 5, 0, 0, null],
      ["4", "Điểm trừ", 5, 1, 1, null],
    ],
    "Bình xét": [
      ["Đối tượng", "Danh hiệu / hình thức", "Số thành viên", "Số phiếu đồng ý"],
      ["CB001", "Chiến sĩ thi đua cơ sở", 9, 8],
      ["VP", "Tập thể lao động xuất sắc", null, 9],
    ],
  };
}

export function toGridSet(sheets: Record<string, Rows>): GridSet {
  return new Map(Object.entries(sheets));
}

export function sampleGrids(): GridSet {
  return toGridSet(sampleSheets());
}

/** The sample with one change applied to its sheets. */
export function changed(change: (sheets: Record<string, Rows>) => void): GridSet {
  const sheets = sampleSheets();
  change(sheets);
  return toGridSet(sheets);
}

/** Sets a cell by A1 address, growing the sheet as needed. */
export function setCell(
  sheets: Record<string, Rows>,
  sheet: string,
  a1: string,
  value: CellValue
): void {
  const at = parseCellAddress(a1);
  if (at === null) throw new Error(`bad address ${a1}`);
  const rows = sheets[sheet] ?? [];
  sheets[sheet] = rows;
  while (rows.length <= at.row) rows.push([]);
  const row = rows[at.row] ?? [];
  rows[at.row] = row;
  while (row.length <= at.col) row.push(null);
  row[at.col] = value;
}

export function addRow(sheets: Record<string, Rows>, sheet: string, row: CellValue[]): void {
  const rows = sheets[sheet] ?? [];
  sheets[sheet] = rows;
  rows.push(row);
}

export function readSample(grids: GridSet): Register {
  return readRegister(grids).register;
}

/** Runs one rule on grids read by the codec. */
export function runRule(
  rule: ValidationRule,
  grids: GridSet,
  params: ParameterValues = DEFAULT_PARAMETER_VALUES
): readonly Issue[] {
  const register = readRegister(grids).register;
  return rule.check({ register, params, index: buildIndex(register) });
}

/** "code@cell" of each issue, compact to compare in tables. */
export function codesAt(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.code}@${i.cell ?? "-"}`);
}

export type { Grid };
