/**
 * A small register written with exceljs for CLI and adapter tests: one unit, two people, every
 * input sheet with title rows above its table. `clean` has no errors; options plant one.
 */
import ExcelJS from "exceljs";

export interface RegisterOptions {
  /** Second person's name, e.g. one that starts with "=". */
  readonly secondName?: string;
  /** A council score above its maximum (an error). */
  readonly overScore?: boolean;
  /** Leave out the `Cán bộ` sheet (unusable input). */
  readonly withoutStaff?: boolean;
}

function table(
  ws: ExcelJS.Worksheet,
  title: string,
  headers: readonly string[],
  rows: readonly ExcelJS.CellValue[][]
): void {
  ws.getCell("A1").value = "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH";
  ws.getCell("A2").value = title;
  ws.getRow(4).values = [...headers];
  rows.forEach((r, i) => {
    ws.getRow(5 + i).values = [...r];
  });
}

export async function registerBytes(options: RegisterOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
  table(
    wb.addWorksheet("Cấu hình"),
    "CẤU HÌNH",
    ["Tham số", "Giá trị"],
    [
      ["Cơ quan", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"],
      ["Cơ quan cấp trên", "UBND tỉnh Hà Tĩnh"],
      ["Năm", 2024],
      ["Phong trào", "Phong trào thi đua năm 2024"],
      ["Hạn đăng ký", utc(2024, 1, 31)],
      ["Ngày xét", "05/11/2024"],
      ["Số thành viên Hội đồng", 9],
    ]
  );
  table(
    wb.addWorksheet("Đơn vị"),
    "ĐƠN VỊ",
    ["Mã đơn vị", "Tên đơn vị", "Loại", "Thứ tự", "Trưởng đơn vị", "Xếp loại"],
    [["VP", "Văn phòng Sở", "Phòng chuyên môn", 1, "Nguyễn Văn An", "Hoàn thành tốt nhiệm vụ"]]
  );
  if (options.withoutStaff !== true) {
    table(
      wb.addWorksheet("Cán bộ"),
      "CÁN BỘ",
      // Columns in another order than the contract lists them.
      [
        "Họ và tên",
        "Mã CB",
        "Mã đơn vị",
        "Chức vụ",
        "Giới tính",
        "Số tháng công tác",
        "Xếp loại",
        "Kỷ luật",
      ],
      [
        [
          "Nguyễn Văn An",
          "CB001",
          "VP",
          "Chánh Văn phòng",
          "Nam",
          12,
          "Hoàn thành tốt nhiệm vụ",
          null,
        ],
        [
          options.secondName ?? "Trần Thị Bình",
          "CB002",
          "VP",
          "Chuyên viên",
          "Nữ",
          12,
          "Hoàn thành tốt nhiệm vụ",
          null,
        ],
      ]
    );
  }
  table(
    wb.addWorksheet("Lịch sử"),
    "LỊCH SỬ",
    ["Đối tượng", "Năm", "Danh hiệu / hình thức", "Số quyết định", "Ngày quyết định"],
    [["CB001", 2023, "Lao động tiên tiến", "210/QĐ-SKHCN", utc(2023, 12, 22)]]
  );
  table(
    wb.addWorksheet("Sáng kiến"),
    "SÁNG KIẾN",
    [
      "Mã CB",
      "Tên sáng kiến / đề tài",
      "Loại",
      "Phạm vi ảnh hưởng",
      "Số quyết định",
      "Ngày công nhận",
    ],
    []
  );
  table(
    wb.addWorksheet("Tiêu chí"),
    "TIÊU CHÍ",
    ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Loại"],
    [
      ["1", "Nhiệm vụ chuyên môn", 100, "Cộng"],
      ["1.1", "Hoàn thành kế hoạch", 60, "Cộng"],
      ["1.2", "Chất lượng tham mưu", 40, "Cộng"],
    ]
  );
  const pledge = wb.addWorksheet("ĐK-VP");
  pledge.getCell("A1").value = "BẢN ĐĂNG KÝ THI ĐUA";
  pledge.getCell("B2").value = "Danh hiệu tập thể đăng ký";
  pledge.getCell("C2").value = "Tập thể lao động tiên tiến";
  pledge.getCell("B3").value = "Hình thức khen thưởng tập thể đăng ký";
  pledge.getRow(5).values = [
    "STT",
    "Mã CB",
    "Họ và tên",
    "Danh hiệu đăng ký",
    "Hình thức khen thưởng đăng ký",
    "Ghi chú",
  ];
  pledge.getRow(6).values = [1, "CB001", "Nguyễn Văn An", "Lao động tiên tiến", null, null];
  pledge.getRow(7).values = [
    2,
    "CB002",
    options.secondName ?? "Trần Thị Bình",
    "Lao động tiên tiến",
    null,
    null,
  ];
  table(
    wb.addWorksheet("CĐ-VP"),
    "PHIẾU CHẤM ĐIỂM",
    ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Tự chấm", "Hội đồng chấm", "Minh chứng"],
    [
      ["1", "Nhiệm vụ chuyên môn", 100, null, null, null],
      ["1.1", "Hoàn thành kế hoạch", 60, 56, options.overScore === true ? 65 : 55, "Báo cáo năm"],
      ["1.2", "Chất lượng tham mưu", 40, 36, 30, null],
    ]
  );
  table(
    wb.addWorksheet("Bình xét"),
    "BÌNH XÉT",
    ["Đối tượng", "Danh hiệu / hình thức", "Số thành viên", "Số phiếu đồng ý"],
    []
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
