/**
 * Vietnamese wording of the working sheets the program writes for the user to read (`Kiểm tra`,
 * `Kết quả chấm điểm`, `Gộp phiếu`, the roll-up, the year report…). Its shape is the catalogue's
 * type (`SheetTexts`): the English catalogue must have every key, with the same params.
 *
 * Sheet names, column headers the program reads back, and values typed in cells are the
 * register's contract (register-format.md) and stay in the codec, not here.
 */
export const SHEET_TEXTS_VI = {
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" },
  /** "BẢN NHÁP — sổ còn N lỗi": output made from a register with errors. */
  draftMark: (p: { errors: number }) => `BẢN NHÁP — sổ còn ${p.errors} lỗi`,
  check: {
    title: "KẾT QUẢ KIỂM TRA SỔ THI ĐUA",
    summary: (p: { errors: number; warnings: number }) =>
      `Lỗi: ${p.errors} · Cảnh báo: ${p.warnings}`,
    header: ["STT", "Mức độ", "Trang", "Ô", "Nội dung", "Mã"],
    none: "Không có lỗi hay cảnh báo nào.",
  },
  score: {
    title: (p: { year: number | null }) =>
      `KẾT QUẢ CHẤM ĐIỂM THI ĐUA${p.year === null ? "" : ` NĂM ${p.year}`}`,
    rankHeader: [
      "Hạng",
      "Mã đơn vị",
      "Tên đơn vị",
      "Tự chấm",
      "Hội đồng chấm",
      "Chênh lệch",
      "Xếp loại theo điểm Hội đồng",
      "Xếp loại của đơn vị",
      "Ghi chú",
    ],
    gapHeader: [
      "STT",
      "Mã đơn vị",
      "Tên đơn vị",
      "Tự chấm",
      "Hội đồng chấm",
      "Chênh lệch",
      "Mã tiêu chí",
      "Nội dung tiêu chí",
      "",
    ],
    noUnits: "Chưa có đơn vị nào.",
    notRankedScores: "Chưa xếp hạng: chưa đủ điểm Hội đồng chấm",
    notRankedSheet: (p: { sheet: string }) => `Chưa xếp hạng: chưa có trang ${p.sheet}`,
    ratingDiffers: "Xếp loại của đơn vị khác xếp loại theo điểm",
    gapTitle: "CHÊNH LỆCH GIỮA ĐIỂM TỰ CHẤM VÀ ĐIỂM HỘI ĐỒNG CHẤM (chênh lệch lớn nhất trước)",
    noGaps: "Điểm tự chấm và điểm Hội đồng chấm trùng nhau ở mọi tiêu chí đã chấm.",
  },
  yearReport: {
    title: (p: { midYear: boolean; year: number | null }) =>
      `${p.midYear ? "BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM CÔNG TÁC THI ĐUA, KHEN THƯỞNG" : "BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG"}${p.year === null ? "" : ` NĂM ${p.year}`}`,
    pledges: "I. ĐĂNG KÝ THI ĐUA",
    pledged: (p: { units: number; allUnits: number; staff: number; allStaff: number }) =>
      `Tập thể đăng ký: ${p.units}/${p.allUnits} đơn vị; cá nhân đăng ký: ${p.staff}/${p.allStaff} người.`,
    titlesHeader: [
      "STT",
      "Danh hiệu / hình thức",
      "Đăng ký",
      "Đề nghị",
      "Được khen",
      "Không được khen",
      "Cấp quyết định",
    ],
    noDecisions: "(Chưa có trang Quyết định: cột Được khen / Không được khen để 0.)",
    ratings: "II. XẾP LOẠI CHẤT LƯỢNG",
    ratingsHeader: ["STT", "Mức xếp loại", "Đơn vị", "Cán bộ"],
    notRated: "Chưa xếp loại",
    ranking: "III. KẾT QUẢ CHẤM ĐIỂM THI ĐUA CỦA CÁC ĐƠN VỊ",
    rankHeader: [
      "Hạng",
      "Tên đơn vị",
      "Mã đơn vị",
      "Tự chấm",
      "Hội đồng chấm",
      "Chênh lệch",
      "Xếp loại theo điểm",
    ],
    scoresChart: "Điểm thi đua theo đơn vị (tự chấm và Hội đồng chấm)",
    history: "IV. DANH HIỆU, KHEN THƯỞNG 5 NĂM TRƯỚC (THEO TRANG LỊCH SỬ)",
    year: "Năm",
    /** The five-year table's column of every Bằng khen. */
    certificates: "Bằng khen",
    historyChart: "Số danh hiệu, khen thưởng theo năm",
    rewards: (p: { baseSalary: number }) =>
      `V. TIỀN THƯỞNG (Nghị định 152/2025/NĐ-CP Điều 50; lương cơ sở ${p.baseSalary.toLocaleString("vi-VN")} đồng)`,
    rewardsHeader: [
      "STT",
      "Danh hiệu / hình thức",
      "Số đề nghị",
      "Hệ số",
      "Dự toán (đồng)",
      "Được khen (đồng)",
    ],
    /** "Giấy khen của Giám đốc Sở (cá nhân)". */
    awardOfKind: (p: { award: string; individual: boolean }) =>
      `${p.award} (${p.individual ? "cá nhân" : "tập thể"})`,
    total: "Tổng cộng",
    signDate: "……, ngày …… tháng …… năm ……",
    signer: "THỦ TRƯỞNG CƠ QUAN",
  },
  rollup: {
    /** The roll-up's title line: how many registers, made on which day (dd/mm/yyyy). */
    title: (p: { registers: number; date: string }) =>
      `Tổng hợp từ ${p.registers} sổ, lập ngày ${p.date}`,
    summary: (p: { files: number; lists: string }) =>
      `${p.files} tệp; ${p.lists === "" ? "không có đề nghị nào vượt thẩm quyền Sở" : p.lists}`,
    filesHeader: ["STT", "Tệp", "Cơ quan", "Năm", "Số đề nghị", "Số lỗi", "Ghi chú"],
    unusable: (p: { reason: string }) => `Không đọc được: ${p.reason}`,
    repeats: (p: { file: string }) => `Trùng sổ với tệp ${p.file}; không lấy lại`,
    hasErrors: "Sổ còn lỗi: cơ quan cần kiểm tra lại",
    listTitle: (p: { authority: string }) =>
      `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG THUỘC THẨM QUYỀN ${p.authority.toLocaleUpperCase("vi")}`,
    listHeader: [
      "STT",
      "Tên tập thể / cá nhân",
      "Chức vụ",
      "Đơn vị",
      "Cơ quan đề nghị",
      "Danh hiệu / hình thức",
      "Căn cứ",
      "Kết quả bỏ phiếu",
      "Trùng lặp",
      "Tệp nguồn",
      "Mã trong sổ",
    ],
    duplicateOf: (p: { line: number; file: string }) => `Trùng với STT ${p.line} (tệp ${p.file})`,
    duplicateLater: "Có đề nghị trùng ở dòng sau",
    votesFor: (p: { yes: number }) => `${p.yes} phiếu đồng ý`,
    voteShare: (p: { yes: number; members: number; percent: number }) =>
      `${p.yes}/${p.members} (${String(p.percent).replace(".", ",")}%)`,
  },
  nextYear: {
    undecidedNote:
      "Chưa có số quyết định: đưa sang theo yêu cầu người dùng; hãy bổ sung số, ngày quyết định khi có.",
    /** What went into `Lịch sử`. */
    summary: (p: { ratings: number; awards: number; undecided: number; left: number }) =>
      `Lịch sử thêm ${p.ratings} dòng xếp loại, ${p.awards} khen thưởng đã có quyết định${p.undecided > 0 ? `, ${p.undecided} khen thưởng chưa có số quyết định (ghi chú trong cột Ghi chú)` : ""}${p.left > 0 ? `; ${p.left} đề nghị chưa có số quyết định chưa đưa sang (dùng --include-undecided nếu muốn)` : ""}.`,
  },
  unitFile: {
    title: (p: { unit: string; unitName: string; year: number | null }) =>
      `PHIẾU THI ĐUA CỦA ĐƠN VỊ ${p.unitName.toUpperCase()} (${p.unit})${p.year === null ? "" : ` — NĂM ${p.year}`}`,
    /** The steps of the instruction sheet; the pledge and score sheets' names come in. */
    steps: (p: { pledgeSheet: string; scoreSheet: string }) => [
      `1. Trang ${p.pledgeSheet}: điền danh hiệu, hình thức khen thưởng tập thể đăng ký và bảng đăng ký của từng người (thêm người vào các dòng trống bên dưới).`,
      `2. Trang ${p.scoreSheet}: điền cột "Tự chấm" và "Minh chứng" cho từng tiêu chí; cột "Hội đồng chấm" do Hội đồng điền.`,
      "3. Chỉ các ô nền vàng được điền; các ô khác được khóa. Trang Cán bộ và Tiêu chí để tham khảo.",
      "4. Gõ tiếng Việt Unicode (phông Times New Roman, Arial…), không dùng phông .VnTime hay VNI.",
      "5. Không đổi tên trang, không xóa trang, không chép phiếu của đơn vị khác vào tệp này.",
      '6. Lưu tệp (.xlsx) và gửi lại Văn phòng; Văn phòng gộp bằng nút "Gộp phiếu đơn vị".',
    ],
  },
  merge: {
    title: "KẾT QUẢ GỘP PHIẾU ĐƠN VỊ",
    time: (p: { time: string }) => `Thời gian: ${p.time}`,
    filesHeader: ["Tệp", "Đơn vị", "Kết quả", "Số ô đã gộp"],
    merged: "Đã gộp",
    refused: "Không gộp",
    findingsHeader: ["Mức độ", "Tệp", "Đơn vị", "Trang", "Ô", "Nội dung", "Mã"],
    none: "Không có vấn đề nào.",
  },
  /** `Quyết định`: its title, the note on what to type, the reward budget beside the table. */
  decisionSheet: {
    title: (p: { year: number | null }) =>
      `QUYẾT ĐỊNH KHEN THƯỞNG${p.year === null ? "" : ` NĂM ${p.year}`}`,
    note: "Trang do chương trình tạo từ danh sách đề nghị; hãy nhập Số quyết định, Ngày quyết định, Kết quả (Được khen / Không được khen). Tạo lại trang vẫn giữ những gì đã nhập.",
    budgetTitle: (p: { baseSalary: number }) =>
      `TIỀN THƯỞNG (lương cơ sở ${p.baseSalary.toLocaleString("vi-VN")} đồng)`,
    budgetHeader: [
      "Danh hiệu / hình thức",
      "Số đề nghị",
      "Hệ số",
      "Dự toán (đồng)",
      "Đã được khen (đồng)",
    ],
    individual: "cá nhân",
    collective: "tập thể",
    total: "Tổng cộng",
  },
};
