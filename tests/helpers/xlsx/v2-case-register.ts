/**
 * The planted registers of tests/cli/tdkt-rules-v2.test.ts: three units and eleven people, each person or
 * unit carrying one case of a v2 rule family (rules.md v2). Years are relative to the register's
 * `Năm`, so the same cases run under both legal bases.
 */
import { tableRegisterBytes, utcDate, type Row, type TableRegister } from "./table-workbook";

export interface CaseOptions {
  readonly year: number;
  /** `Căn cứ pháp lý` in `Cấu hình` (absent: chosen by `Năm`). */
  readonly legalBasis?: string;
  /** Written by v1: no `Khối thi đua`, `Xếp hạng trong khối`, periods or award kinds. */
  readonly v1?: boolean;
  /** TC's council score of criterion 1.1 above its maximum (CĐ-TC!E5). */
  readonly invalidScore?: boolean;
  /** V3 pledges Bằng khen Bộ on a second row beside Bằng khen tỉnh (default true; an error row). */
  readonly bothBangKhen?: boolean;
}

const HTXSNV = "Hoàn thành xuất sắc nhiệm vụ";
const HTTNV = "Hoàn thành tốt nhiệm vụ";
const BLOC = "Khối các cơ quan tổng hợp";

export function caseRegister(o: CaseOptions): TableRegister {
  const y = o.year;
  const v2 = o.v1 !== true;
  const unitHeaders = ["Mã đơn vị", "Tên đơn vị", "Loại", "Thứ tự", "Trưởng đơn vị", "Xếp loại"];
  const units: Row[] = [
    ["VP", "Văn phòng Sở", "Phòng", 1, "Nguyễn Văn An", HTXSNV, BLOC, 1],
    ["KT", "Phòng Kế hoạch - Tài chính", "Phòng", 2, "Đặng Thị Giang", HTXSNV, BLOC, 2],
    ["TC", "Phòng Tổ chức", "Phòng", 3, "Ngô Văn Minh", HTXSNV, null, null],
  ];
  const historyHeaders = [
    "Đối tượng",
    "Năm",
    "Danh hiệu / hình thức",
    "Số quyết định",
    "Ngày quyết định",
  ];
  const decision = (day: number, year: number): Date => utcDate(year, 12, day);
  const history: Row[] = [
    // VP: V1 had a Bằng khen tỉnh last year (period y−2…y−1): its ground year y−1 is inside.
    ["V1", y - 1, "Chiến sĩ thi đua cơ sở", `101/QĐ-SKHCN`, decision(15, y - 1)],
    ["V1", y - 1, "Bằng khen tỉnh", "55/QĐ-UBND", decision(20, y - 1), null, null, "Công trạng"],
    // V2's Bằng khen tỉnh of y−2 rewarded y−3…y−2: y−1 is the year right after.
    ["V2", y - 1, "Chiến sĩ thi đua cơ sở", `101/QĐ-SKHCN`, decision(15, y - 1)],
    ["V2", y - 2, "Bằng khen tỉnh", "40/QĐ-UBND", decision(18, y - 2), y - 3, y - 2, "Công trạng"],
    // KT: K1 three CSTĐCS in a row (this year's in this run), K2 one last year.
    ["K1", y - 2, "Chiến sĩ thi đua cơ sở", `90/QĐ-SKHCN`, decision(14, y - 2)],
    ["K1", y - 1, "Chiến sĩ thi đua cơ sở", `101/QĐ-SKHCN`, decision(15, y - 1)],
    ["K2", y - 1, "Chiến sĩ thi đua cơ sở", `101/QĐ-SKHCN`, decision(15, y - 1)],
    // TC: T2's Bằng khen tỉnh of last year was đột xuất: it rewarded another achievement.
    ["T2", y - 1, "Chiến sĩ thi đua cơ sở", `101/QĐ-SKHCN`, decision(15, y - 1)],
    ["T2", y - 1, "Bằng khen tỉnh", "77/QĐ-UBND", decision(22, y - 1), null, null, "Đột xuất"],
  ];
  const initiativeDate = utcDate(y, 6, 10);
  return {
    settings: [
      ["Cơ quan", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"],
      ["Cơ quan cấp trên", "UBND tỉnh Hà Tĩnh"],
      ["Năm", y],
      ["Phong trào", `Phong trào thi đua năm ${y}`],
      ["Hạn đăng ký", utcDate(y, 1, 31)],
      ["Ngày xét", utcDate(y, 11, 5)],
      ["Số thành viên Hội đồng", 10],
      ...(o.legalBasis === undefined ? [] : [["Căn cứ pháp lý", o.legalBasis]]),
    ],
    units: {
      headers: v2 ? [...unitHeaders, "Khối thi đua", "Xếp hạng trong khối"] : unitHeaders,
      rows: units.map((r) => (v2 ? r : r.slice(0, unitHeaders.length))),
    },
    staff: {
      headers: [
        "Mã CB",
        "Họ và tên",
        "Mã đơn vị",
        "Chức vụ",
        "Giới tính",
        "Số tháng công tác",
        "Xếp loại",
        "Kỷ luật",
      ],
      rows: [
        ["V1", "Nguyễn Văn An", "VP", "Chánh Văn phòng", "Nam", 12, HTXSNV, null],
        ["V2", "Trần Thị Bình", "VP", "Chuyên viên", "Nữ", 12, HTTNV, null],
        ["V3", "Lê Văn Cường", "VP", "Chuyên viên", "Nam", 12, HTTNV, null],
        ["V4", "Phạm Thị Dung", "VP", "Chuyên viên", "Nữ", 12, HTTNV, null],
        ["V5", "Hoàng Văn Em", "VP", "Chuyên viên", "Nam", 12, HTTNV, null],
        ["K1", "Đặng Thị Giang", "KT", "Trưởng phòng", "Nữ", 12, HTXSNV, null],
        ["K2", "Bùi Văn Hải", "KT", "Phó Trưởng phòng", "Nam", 12, HTXSNV, null],
        ["K3", "Vũ Thị Lan", "KT", "Chuyên viên", "Nữ", 12, HTTNV, null],
        ["T1", "Ngô Văn Minh", "TC", "Trưởng phòng", "Nam", 12, HTTNV, "Cảnh cáo"],
        ["T2", "Đỗ Thị Nga", "TC", "Chuyên viên", "Nữ", 12, HTTNV, null],
        ["T3", "Lý Văn Phúc", "TC", "Chuyên viên", "Nam", 12, HTTNV, null],
      ],
    },
    history: {
      headers: v2
        ? [...historyHeaders, "Thành tích từ năm", "Thành tích đến năm", "Loại khen thưởng"]
        : historyHeaders,
      rows: history.map((r) => (v2 ? r : r.slice(0, historyHeaders.length))),
    },
    initiatives: {
      headers: [
        "Mã CB",
        "Tên sáng kiến / đề tài",
        "Loại",
        "Phạm vi ảnh hưởng",
        "Số quyết định",
        "Ngày công nhận",
      ],
      rows: [
        ["V2", "Số hóa hồ sơ thi đua", "Sáng kiến", "Cơ sở", "12/QĐ-SKHCN", initiativeDate],
        ["K1", "Quy trình thẩm định đề tài", "Sáng kiến", "Tỉnh", "8/QĐ-UBND", initiativeDate],
        // No decision number: no ground, and a warning at its row.
        ["K3", "Sổ tay kế toán đơn vị", "Sáng kiến", "Cơ sở", null, initiativeDate],
        ["T2", "Phần mềm quản lý hồ sơ", "Sáng kiến", "Cơ sở", "13/QĐ-SKHCN", initiativeDate],
      ],
    },
    criteria: {
      headers: ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Loại"],
      rows: [
        ["1", "Nhiệm vụ chuyên môn", 100, "Cộng"],
        ["1.1", "Hoàn thành kế hoạch", 60, "Cộng"],
        ["1.2", "Chất lượng tham mưu", 40, "Cộng"],
      ],
    },
    pledges: [
      {
        unit: "VP",
        collectiveTitle: "Cờ thi đua của UBND tỉnh",
        rows: [
          [1, "V1", "Nguyễn Văn An", "Chiến sĩ thi đua cơ sở", "Bằng khen tỉnh"],
          [2, "V2", "Trần Thị Bình", "Chiến sĩ thi đua cơ sở", "Bằng khen tỉnh"],
          [3, "V3", "Lê Văn Cường", "Lao động tiên tiến", "Bằng khen tỉnh"],
          ...(o.bothBangKhen === false ? [] : [[4, "V3", "Lê Văn Cường", null, "Bằng khen Bộ"]]),
          [5, "V4", "Phạm Thị Dung", "Lao động tiên tiến", null],
          [6, "V5", "Hoàng Văn Em", "Lao động tiên tiến", null],
        ],
      },
      {
        unit: "KT",
        collectiveTitle: "Cờ thi đua của UBND tỉnh",
        rows: [
          [1, "K1", "Đặng Thị Giang", "Chiến sĩ thi đua cấp tỉnh", "Bằng khen tỉnh"],
          [2, "K2", "Bùi Văn Hải", "Chiến sĩ thi đua cơ sở", "Bằng khen Bộ"],
          [3, "K3", "Vũ Thị Lan", "Chiến sĩ thi đua cơ sở", null],
        ],
      },
      {
        unit: "TC",
        collectiveTitle: "Cờ thi đua của UBND tỉnh",
        rows: [
          [1, "T1", "Ngô Văn Minh", "Lao động tiên tiến", null],
          [2, "T2", "Đỗ Thị Nga", "Chiến sĩ thi đua cơ sở", "Bằng khen tỉnh"],
          [3, "T3", "Lý Văn Phúc", "Lao động tiên tiến", null],
        ],
      },
    ],
    scores: {
      // VP leads the bloc but ranks second in the Sở (94); KT ranks first (96), second in the bloc.
      VP: [
        ["1", "Nhiệm vụ chuyên môn", 100, null, null],
        ["1.1", "Hoàn thành kế hoạch", 60, 58, 57],
        ["1.2", "Chất lượng tham mưu", 40, 38, 37],
      ],
      KT: [
        ["1", "Nhiệm vụ chuyên môn", 100, null, null],
        ["1.1", "Hoàn thành kế hoạch", 60, 59, 58],
        ["1.2", "Chất lượng tham mưu", 40, 39, 38],
      ],
      TC: [
        ["1", "Nhiệm vụ chuyên môn", 100, null, null],
        ["1.1", "Hoàn thành kế hoạch", 60, 57, o.invalidScore === true ? 70 : 56],
        ["1.2", "Chất lượng tham mưu", 40, 37, 36],
      ],
    },
    votes: [
      ["V1", "Chiến sĩ thi đua cơ sở", null, 9],
      ["V2", "Chiến sĩ thi đua cơ sở", null, 9],
      ["K1", "Chiến sĩ thi đua cơ sở", null, 10],
      ["K1", "Chiến sĩ thi đua cấp tỉnh", null, 10],
      ["K2", "Chiến sĩ thi đua cơ sở", null, 9],
      ["K3", "Chiến sĩ thi đua cơ sở", null, 9],
      ["T2", "Chiến sĩ thi đua cơ sở", null, 9],
      ["VP", "Cờ thi đua của UBND tỉnh", null, 9],
      ["KT", "Cờ thi đua của UBND tỉnh", null, 9],
      ["TC", "Cờ thi đua của UBND tỉnh", null, 9],
    ],
  };
}

export function caseRegisterBytes(o: CaseOptions): Promise<Uint8Array> {
  return tableRegisterBytes(caseRegister(o));
}
