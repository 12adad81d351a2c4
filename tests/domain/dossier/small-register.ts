/**
 * A small register as grids, for dossier tests: one unit, three people, a CSTĐCS candidate with
 * an initiative and a vote, a CSTĐ cấp tỉnh candidate, and optional council and document rows.
 */
import type { CellValue, Grid, GridSet } from "../../../src/domain/grid";
import { analyseRegister, type Analysis } from "../../../src/domain/analyse-register";

export interface SmallRegisterOptions {
  /** Extra `Cấu hình` rows (label → value). */
  readonly settings?: Readonly<Record<string, CellValue>>;
  /** `Hội đồng` rows [name, position, role, present]; absent = no sheet. */
  readonly council?: readonly (readonly CellValue[])[];
  /** `Bình xét` rows [subject, award, members, yes, round, issued, returned, valid]. */
  readonly votes?: readonly (readonly CellValue[])[];
  /** Whether CB1's initiative has a decision number. */
  readonly initiativeDecision?: string;
}

export const FULL_DOCUMENT_SETTINGS: Readonly<Record<string, CellValue>> = {
  "Địa danh": "Hà Tĩnh",
  "Ký hiệu cơ quan": "SKHCN",
  "Người ký": "Nguyễn Văn Giám",
  "Chức vụ người ký": "KT. GIÁM ĐỐC",
  "Ngày họp Hội đồng": "05/11/2024",
  "Giờ họp Hội đồng": "08 giờ 00",
  "Địa điểm họp Hội đồng": "Phòng họp tầng 2",
};

export function smallRegisterGrids(options: SmallRegisterOptions = {}): GridSet {
  const settings: Grid = [
    ["Tham số", "Giá trị"],
    ["Cơ quan", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"],
    ["Cơ quan cấp trên", "UBND tỉnh Hà Tĩnh"],
    ["Năm", 2024],
    ["Phong trào", "Phong trào thi đua năm 2024"],
    ["Ngày xét", "05/11/2024"],
    ["Số thành viên Hội đồng", 5],
    ...Object.entries(options.settings ?? {}).map(([k, v]) => [k, v]),
  ];
  const grids = new Map<string, Grid>([
    ["Cấu hình", settings],
    [
      "Đơn vị",
      [
        ["Mã đơn vị", "Tên đơn vị", "Loại", "Thứ tự", "Trưởng đơn vị", "Xếp loại"],
        ["VP", "Văn phòng Sở", "Phòng", 1, "Lê Văn Trưởng", "Hoàn thành xuất sắc nhiệm vụ"],
      ],
    ],
    [
      "Cán bộ",
      [
        [
          "Mã CB",
          "Họ và tên",
          "Mã đơn vị",
          "Chức vụ",
          "Ngày sinh",
          "Giới tính",
          "Xếp loại",
          "Số tháng công tác",
        ],
        [
          "CB1",
          "Nguyễn Thị An",
          "VP",
          "Chánh Văn phòng",
          "02/03/1980",
          "Nữ",
          "Hoàn thành xuất sắc nhiệm vụ",
          12,
        ],
        ["CB2", "Trần Văn Bình", "VP", "Chuyên viên", "", "Nam", "Hoàn thành tốt nhiệm vụ", 12],
        ["CB3", "Lê Văn Trưởng", "VP", "Trưởng phòng", "", "Nam", "Hoàn thành tốt nhiệm vụ", 12],
      ],
    ],
    [
      "Lịch sử",
      [
        ["Đối tượng", "Năm", "Danh hiệu / hình thức", "Số quyết định", "Ngày quyết định"],
        ["CB1", 2022, "Chiến sĩ thi đua cơ sở", "10/QĐ-SKHCN", "10/12/2022"],
        ["CB1", 2023, "Chiến sĩ thi đua cơ sở", "11/QĐ-SKHCN", "11/12/2023"],
        ["CB1", 2022, "Hoàn thành xuất sắc nhiệm vụ", "", ""],
        ["CB1", 2023, "Hoàn thành xuất sắc nhiệm vụ", "", ""],
      ],
    ],
    [
      "Sáng kiến",
      [
        [
          "Mã CB",
          "Tên sáng kiến / đề tài",
          "Loại",
          "Phạm vi ảnh hưởng",
          "Số quyết định",
          "Ngày công nhận",
        ],
        [
          "CB1",
          "Số hóa hồ sơ thi đua",
          "Sáng kiến",
          "Tỉnh",
          options.initiativeDecision ?? "99/QĐ-UBND",
          "01/09/2024",
        ],
      ],
    ],
    [
      "Bình xét",
      [
        [
          "Đối tượng",
          "Danh hiệu / hình thức",
          "Số thành viên",
          "Số phiếu đồng ý",
          "Vòng",
          "Số phiếu phát ra",
          "Số phiếu thu về",
          "Số phiếu hợp lệ",
        ],
        ...(options.votes ?? [
          ["CB1", "Chiến sĩ thi đua cơ sở", "", 5, 1, 5, 5, 5],
          ["CB2", "Chiến sĩ thi đua cơ sở", "", 3, 1, 5, 5, 5],
          ["CB1", "Chiến sĩ thi đua cấp tỉnh", "", 5, 1, 5, 5, 5],
        ]),
      ],
    ],
    [
      "ĐK-VP",
      [
        ["Danh hiệu tập thể đăng ký", "Tập thể lao động tiên tiến"],
        [],
        ["STT", "Mã CB", "Họ và tên", "Danh hiệu đăng ký", "Hình thức khen thưởng đăng ký"],
        [1, "CB1", "Nguyễn Thị An", "Chiến sĩ thi đua cấp tỉnh", ""],
        [2, "CB2", "Trần Văn Bình", "Chiến sĩ thi đua cơ sở", ""],
        [3, "CB3", "Lê Văn Trưởng", "Lao động tiên tiến", ""],
      ],
    ],
  ]);
  if (options.council !== undefined)
    grids.set("Hội đồng", [
      ["Họ và tên", "Chức vụ", "Vai trò trong Hội đồng", "Có mặt"],
      ...options.council,
    ]);
  return grids;
}

export function analyseSmall(options: SmallRegisterOptions = {}): Analysis {
  const outcome = analyseRegister(smallRegisterGrids(options));
  if (outcome.kind !== "analysed") throw new Error(JSON.stringify(outcome.reason));
  return outcome.analysis;
}

export const FIVE_MEMBERS: readonly (readonly CellValue[])[] = [
  ["Nguyễn Văn Giám", "Giám đốc Sở", "Chủ tịch", "có"],
  ["Phạm Thị Phó", "Phó Giám đốc Sở", "Phó Chủ tịch", "có"],
  ["Lê Văn Trưởng", "Trưởng phòng", "Ủy viên", "không"],
  ["Hồ Thị Ủy", "Chủ tịch Công đoàn", "Ủy viên", "có"],
  ["Nguyễn Thị An", "Chánh Văn phòng", "Thư ký", "có"],
];
