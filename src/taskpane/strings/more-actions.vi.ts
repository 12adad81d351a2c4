/**
 * The pane's texts for the dossier, the year (calendar, decisions, reports, next year), the units'
 * files and the council's lock (issues 9, 11, 12), in Vietnamese. Spread into `vi`.
 */
export const moreActionsVi = {
  moreActionsTitle: "Hồ sơ, năm thi đua và phiếu đơn vị",
  moreBusy: "Đang thực hiện một thao tác khác.",
  moreNoRegister: "Chưa đọc được sổ hoặc sổ thiếu trang bắt buộc.",

  // Calendar (overview)
  calendarTitle: "Lịch năm thi đua",
  calendarNext: (label: string, date: string, days: number): string =>
    days === 0 ? `Hôm nay (${date}): ${label}.` : `Mốc tới: ${label} — ${date}, còn ${days} ngày.`,
  calendarAllPast: "Đã qua mọi mốc của năm.",
  calendarDefault: "mặc định",
  calendarPast: "đã qua",
  calendarLateUnits: (pledge: number, score: number): string =>
    pledge === 0 && score === 0
      ? "Không đơn vị nào trễ hạn."
      : `Trễ hạn: ${pledge} đơn vị chưa có phiếu đăng ký hợp lệ, ${score} đơn vị chưa có phiếu chấm điểm hợp lệ.`,

  // Dossier (issue 9)
  dossierTitle: "Hồ sơ đề nghị khen thưởng",
  dossierSheets: "Lập hồ sơ",
  dossierSheetsHint:
    "Ghi các trang “Hồ sơ - …” (dự thảo quyết định, tờ trình, biên bản, báo cáo thành tích, kiểm tra thành phần) để in.",
  dossierWord: "Tải văn bản Word (.zip)",
  dossierWordHint:
    "Mỗi văn bản một tệp .docx và mục lục, gói trong một tệp .zip. Nếu Excel không cho tải, hãy in các trang “Hồ sơ - …” hoặc dùng lệnh: tdkt dossier SỔ.xlsx --out THƯ-MỤC",
  dossierWritten: (sheets: string, warnings: number): string =>
    `Đã ghi các trang: ${sheets}.${warnings > 0 ? ` Còn ${warnings} chỗ để trống cần bổ sung (xem trang Kiểm tra).` : ""}`,
  dossierLocked: (fingerprint: string): string =>
    ` Biên bản ghi kết quả đã khóa, dấu xác thực ${fingerprint.slice(0, 16)}….`,
  dossierDownloaded: (file: string, count: number): string =>
    `Đã tạo tệp ${file} gồm ${count} văn bản Word và mục lục. Nếu không thấy tệp tải về, hãy in các trang “Hồ sơ - …” hoặc dùng lệnh tdkt dossier.`,

  // Year (issue 11)
  yearTitle: "Năm thi đua",
  decisions: "Tạo trang Quyết định",
  decisionsHint:
    "Mỗi đề nghị một dòng để nhập số, ngày quyết định và kết quả; tạo lại vẫn giữ những gì đã nhập.",
  /** An amount of money in the pane's language (budget lines). */
  money: (amount: number): string => `${amount.toLocaleString("vi-VN")} đ`,
  decisionsWritten: (sheet: string, rows: number, kept: number, budget: string): string =>
    `Đã ghi trang ${sheet}: ${rows} dòng, giữ nguyên ${kept} dòng đã nhập.${budget === "" ? "" : ` Dự toán tiền thưởng: ${budget}.`}`,
  reportMidYear: "Báo cáo sơ kết",
  reportYearEnd: "Báo cáo tổng kết",
  reportHint: "Trang báo cáo có số liệu và biểu đồ, sẵn để in.",
  reportWritten: (sheet: string): string => `Đã ghi trang ${sheet} (có biểu đồ).`,
  nextYear: "Sang năm mới",
  nextYearHint:
    "Lập sổ năm sau trong một sổ mới (sổ này giữ nguyên): giữ cấu hình, đơn vị, cán bộ, tiêu chí, sáng kiến; Lịch sử thêm xếp loại và khen thưởng năm nay.",
  nextYearUndecided: "Đưa sang cả khen thưởng chưa có số quyết định (ghi chú trong cột Ghi chú)",
  nextYearOpened: (year: number, summary: string): string =>
    `Đã mở sổ năm ${year} trong một cửa sổ Excel mới; hãy lưu sổ đó. ${summary}`,
  nextYearDownloaded: (file: string, summary: string): string =>
    `Excel này không mở được sổ mới từ bảng điều khiển, nên sổ năm sau được tải về thành tệp ${file}. ${summary} Nếu không thấy tệp, hãy dùng lệnh: tdkt next-year SỔ.xlsx --out SỔ-NĂM-SAU.xlsx`,

  // Units' files (issue 12)
  unitFilesTitle: "Phiếu gửi đơn vị",
  split: "Xuất phiếu đơn vị",
  splitHint:
    "Mỗi đơn vị một tệp .xlsx (phiếu đăng ký, phiếu chấm điểm, danh sách cán bộ, hướng dẫn), gói trong một tệp .zip để gửi.",
  splitDone: (file: string, count: number): string =>
    `Đã tạo tệp ${file} gồm ${count} phiếu đơn vị. Nếu không thấy tệp tải về, hãy dùng lệnh: tdkt split SỔ.xlsx --out THƯ-MỤC`,
  splitNone: "Sổ chưa có đơn vị nào có phiếu để xuất.",
  merge: "Gộp phiếu đơn vị",
  mergePick: "Chọn các tệp phiếu đơn vị gửi về (.xlsx)",
  mergeHint:
    "Ghi giá trị các ô nhập liệu của tệp vào trang phiếu của đơn vị; ô có xung đột được để lại và ghi vào trang “Gộp phiếu”.",
  mergeNoFiles: "Chưa chọn tệp nào.",
  mergeReviewTitle: "Đã gộp, có tệp cần xem lại",
  mergeUnreadable: (file: string): string => `Không đọc được tệp ${file}: không phải tệp .xlsx.`,
  mergeDone: (
    accepted: number,
    files: number,
    cells: number,
    errors: number,
    warnings: number
  ): string =>
    `Đã gộp ${accepted}/${files} tệp, ${cells} ô. ${errors} lỗi, ${warnings} cảnh báo (xem trang “Gộp phiếu”).`,
  unsupportedHere:
    "Excel này không cho bảng điều khiển thực hiện thao tác này. Hãy dùng lệnh tdkt tương ứng trên máy tính.",

  // Council lock (issue 12)
  lockTitle: "Khóa kết quả sau họp Hội đồng",
  lock: "Khóa kết quả",
  lockHint:
    "Ghi dấu xác thực của Tiêu chí, phiếu chấm điểm, Bình xét và xếp loại; từ đó “Kiểm tra” báo mọi ô bị sửa sau khi khóa.",
  unlock: "Mở khóa",
  unlockHint: "Bỏ khóa để sửa lại; việc mở khóa được ghi vào Nhật ký.",
  lockStateLocked: (at: string, by: string, fingerprint: string): string =>
    `Đã khóa lúc ${at}${by === "" ? "" : ` (${by})`}; dấu xác thực ${fingerprint.slice(0, 16)}….`,
  lockStateOpen: "Kết quả chưa khóa.",
  locked: (values: number, fingerprint: string): string =>
    `Đã khóa ${values} giá trị. Dấu xác thực (SHA-256): ${fingerprint}. Đã ghi Nhật ký.`,
  alreadyLocked: (at: string): string =>
    `Kết quả đã được khóa lúc ${at}. Mở khóa trước nếu muốn khóa lại.`,
  unlocked: "Đã mở khóa kết quả. Đã ghi Nhật ký.",
  notLocked: "Kết quả chưa được khóa.",
};
