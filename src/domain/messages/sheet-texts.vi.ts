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
  merge: {
    title: "KẾT QUẢ GỘP PHIẾU ĐƠN VỊ",
    time: (p: { time: string }) => `Thời gian: ${p.time}`,
    filesHeader: ["Tệp", "Đơn vị", "Kết quả", "Số ô đã gộp"],
    merged: "Đã gộp",
    refused: "Không gộp",
    findingsHeader: ["Mức độ", "Tệp", "Đơn vị", "Trang", "Ô", "Nội dung", "Mã"],
    none: "Không có vấn đề nào.",
  },
};
