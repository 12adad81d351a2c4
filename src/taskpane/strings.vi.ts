/** Every text of the task pane in Vietnamese (the default language). */
import type { Language } from "../domain/messages/language";
import { unusableReasonText } from "../domain/messages/unusable-reason-text";
import type { UnusableReason } from "../domain/messages/unusable-reasons";
import { moreActionsVi } from "./strings/more-actions.vi";

export const vi = {
  language: "vi" as Language,
  languageName: "Tiếng Việt",
  appTitle: "Sổ Thi đua",
  appSubtitle: "Theo dõi thi đua, khen thưởng",
  languageLabel: "Ngôn ngữ",

  // Overview
  overviewTitle: "Tổng quan sổ",
  refresh: "Đọc lại sổ",
  noRegister: "Sổ chưa có các trang bắt buộc. Bấm “Tạo sổ” để thêm các trang nhập liệu.",
  agencyYear: (agency: string, year: number | null): string =>
    `${agency || "Chưa ghi tên Cơ quan trong trang Cấu hình"}${year === null ? "" : ` — năm ${year}`}`,
  deadlineNotSet: "Chưa ghi Hạn đăng ký trong trang Cấu hình.",
  deadlineDaysLeft: (days: number, date: string): string =>
    `Còn ${days} ngày đến hạn đăng ký thi đua (${date}).`,
  deadlineToday: (date: string): string => `Hôm nay (${date}) là hạn đăng ký thi đua.`,
  deadlinePassed: (days: number, date: string): string =>
    `Đã quá hạn đăng ký thi đua ${days} ngày (${date}).`,
  detailsTitle: "Chi tiết sổ",
  sheetsTitle: "Các trang",
  sheetPresent: "có",
  sheetMissing: "chưa có",
  sheetRequired: "bắt buộc",
  countsTitle: "Số liệu",
  countUnits: "Đơn vị",
  countStaff: "Cán bộ",
  countCriteria: "Tiêu chí",
  countHistory: "Thành tích các năm trước",
  countInitiatives: "Sáng kiến",
  countVotes: "Phiếu bình xét",
  countPledgeSheets: "Phiếu đăng ký",
  countScoreSheets: "Phiếu chấm điểm",
  issueTotals: (errors: number, warnings: number): string =>
    errors === 0 && warnings === 0
      ? "Chưa thấy lỗi hay cảnh báo nào trong sổ."
      : `Sổ đang có ${errors} lỗi, ${warnings} cảnh báo.`,
  issueTotalsHint: "Bấm “Kiểm tra” để xem từng mục.",
  unitsTitle: "Tình trạng theo đơn vị",
  unitColumn: "Đơn vị",
  pledgeColumn: "Đăng ký",
  scoreColumn: "Chấm điểm",
  noUnits: "Trang Đơn vị chưa có đơn vị nào.",
  status: {
    missing: "chưa có",
    in_progress: "đang điền",
    valid: "hợp lệ",
    invalid: "có lỗi",
  },

  // Actions
  createRegister: "Tạo sổ",
  createUnitSheets: "Tạo phiếu",
  protectLabel: "Khóa phiếu, chỉ để mở các ô cần điền (không đặt mật khẩu)",
  check: "Kiểm tra",
  score: "Chấm điểm & xếp hạng",
  propose: "Lập danh sách đề nghị",

  // The year's workflow as steps
  stepsTitle: "Các bước trong năm",
  stepTitle: {
    register: "Sổ",
    unitSheets: "Phiếu đơn vị",
    check: "Kiểm tra",
    score: "Chấm điểm",
    vote: "Bình xét",
    list: "Danh sách và hồ sơ",
  },
  stepStatus: { done: "Đã xong", todo: "Cần làm", blocked: "Chưa làm được" },
  stepNumber: (n: number): string => `Bước ${n}`,
  openSheet: (sheet: string): string => `Mở trang ${sheet}`,
  nextStep: (step: string, reason: string): string => `Tiếp theo — bước “${step}”: ${reason}`,
  allStepsDone: "Đã xong mọi bước của năm.",
  resultTitle: "Kết quả",
  otherActionsTitle: "Thao tác khác",

  // Why an action cannot run
  reasonNoOverview: "Chưa đọc được sổ. Bấm “Đọc lại sổ”.",

  // Progress
  stepReading: "Đang đọc sổ…",
  stepWriting: "Đang ghi kết quả vào sổ…",
  stepCreating: "Đang tạo trang…",
  stepSelecting: "Đang chọn ô…",
  stepMarking: "Đang đánh dấu ô…",
  stepWorking: "Đang thực hiện…",
  stepParsing: "Đang đọc dữ liệu các trang…",
  stepValidating: "Đang kiểm tra dữ liệu…",
  stepScoring: "Đang chấm điểm và xếp hạng…",
  stepProposing: "Đang xét danh hiệu đề nghị…",
  stepBuilding: "Đang lập các trang kết quả…",
  /** The progress bar's name for screen readers, with the share done. */
  progressLabel: (step: string, percent: number): string => `${step} (${percent}%)`,

  // Results
  createdSheets: (created: string): string => `Đã tạo: ${created}.`,
  skippedSheets: (skipped: string): string => `Giữ nguyên các trang đã có: ${skipped}.`,
  nothingCreated: "Không có trang nào cần tạo.",
  nextAfterRegister:
    "Tiếp theo: điền các trang Cấu hình, Đơn vị, Cán bộ và Tiêu chí, rồi bấm “Tạo phiếu”.",
  checkDone: (errors: number, warnings: number): string =>
    errors === 0 && warnings === 0
      ? "Sổ không có lỗi hay cảnh báo nào."
      : errors === 0
        ? `Sổ không có lỗi; có ${warnings} cảnh báo nên xem lại bên dưới.`
        : warnings === 0
          ? `Sổ còn ${errors} lỗi cần sửa. Xem từng lỗi bên dưới.`
          : `Sổ còn ${errors} lỗi cần sửa và ${warnings} cảnh báo. Xem từng mục bên dưới.`,
  yearClosed: (year: number): string =>
    `Năm ${year} đã kết thúc: đây là sổ của năm đã qua, các hạn trong năm không còn áp dụng.`,
  guideLink: "Hướng dẫn",
  rulebookLink: "Bộ quy tắc",
  checkCleanTitle: "Sổ không có lỗi",
  checkErrorsTitle: "Sổ còn lỗi cần sửa",
  checkWarningsTitle: "Có cảnh báo cần xem lại",
  runTitle: "Đã ghi kết quả",
  writtenSheets: (sheets: string): string => `Đã ghi các trang: ${sheets}.`,
  unusable: (reason: UnusableReason): string =>
    `Không thể thực hiện: ${unusableReasonText(reason, "vi")}`,
  marked: (count: number): string => `Đã đánh dấu ${count} ô.`,
  markedSkipped: (sheets: string): string => `Không đánh dấu được trên trang đang khóa: ${sheets}.`,
  marksCleared: "Đã xóa mọi đánh dấu; các ô giữ nguyên định dạng vốn có.",

  // Results after scoring and listing
  rankingTitle: "Xếp hạng các đơn vị",
  rankingCaption: "Điểm tự chấm, điểm Hội đồng chấm và xếp hạng của từng đơn vị.",
  rankColumn: "Hạng",
  selfColumn: "Tự chấm",
  councilColumn: "Hội đồng chấm",
  classificationColumn: "Xếp loại",
  noScore: "chưa có",
  chartTitle: "Biểu đồ: điểm tự chấm và điểm Hội đồng chấm",
  chartNote: "Các số của biểu đồ có trong bảng xếp hạng ở trên.",
  chartBar: (unit: string, who: string, score: string): string => `${unit}, ${who}: ${score}`,
  listTitle: "Danh sách đề nghị theo thẩm quyền quyết định",
  listHint: "Bấm vào một dòng để chọn phần đó trên trang “Đề nghị khen thưởng”.",
  listEmpty: "Chưa có cá nhân, tập thể nào đủ điều kiện để đề nghị.",
  authority: {
    GIAM_DOC_SO: "Giám đốc Sở quyết định",
    CHU_TICH_UBND_TINH: "Đề nghị Chủ tịch UBND tỉnh",
    BO_TRUONG: "Đề nghị Bộ trưởng",
    THU_TUONG_CHINH_PHU: "Đề nghị Thủ tướng Chính phủ / Chính phủ",
  },
  kind: { individual: "cá nhân", collective: "tập thể" },
  titleCount: (title: string, kind: string, count: number): string =>
    `${title} (${kind}): ${count}`,
  partCount: (count: number): string => `${count} đề nghị`,
  whyLink: "Vì sao?",
  whyLabel: (title: string): string => `Vì sao: điều kiện của ${title} trong bộ quy tắc`,
  notProposedTitle: (count: number): string => `Chưa đề nghị, vì sao (${count})`,
  notProposedLoading: "Đang tải danh sách…",
  notProposedHint:
    "Những trường hợp không có trong danh sách, với lý do; như phần theo dõi cuối trang “Đề nghị khen thưởng”.",
  notProposedStatus: {
    not_eligible: "không đủ điều kiện",
    awaiting_vote: "chờ bỏ phiếu",
    over_quota: "vượt chỉ tiêu",
  },

  // Issues
  issuesTitle: "Kết quả kiểm tra",
  issuesHint: "Bấm vào một mục để chọn ô đó trong sổ.",
  filterTitle: "Lọc kết quả kiểm tra",
  filterSeverity: "Mức độ",
  filterAllSeverities: "Lỗi và cảnh báo",
  filterErrors: "Chỉ lỗi",
  filterWarnings: "Chỉ cảnh báo",
  filterUnit: "Đơn vị",
  filterAllUnits: "Mọi đơn vị",
  filteredCount: (shown: number, total: number): string => `Đang hiện ${shown}/${total} mục.`,
  filteredNone: "Không có mục nào khớp bộ lọc.",
  wholeRegister: "Toàn sổ",
  groupCounts: (errors: number, warnings: number): string =>
    [errors > 0 ? `${errors} lỗi` : "", warnings > 0 ? `${warnings} cảnh báo` : ""]
      .filter((part) => part !== "")
      .join(" · "),
  issueCell: (cell: string): string => `ô ${cell}`,
  severityError: "Lỗi",
  severityWarning: "Cảnh báo",
  issueGoTo: (sheet: string, cell: string): string => `Đến ô ${cell} trang ${sheet}`,
  showMore: (count: number): string => `Hiện thêm ${count} mục`,
  highlight: "Đánh dấu ô có vấn đề",
  clearHighlight: "Xóa đánh dấu",
  highlightHint: "Tô màu các ô có lỗi (đỏ) và cảnh báo (vàng) mà không đổi định dạng của ô.",
  noIssues: "Không có lỗi hay cảnh báo.",

  // Failures (never a raw Office error)
  failureTitle: "Không thực hiện được",
  successTitle: "Hoàn tất",
  dismiss: "Đóng",
  showDetails: "Xem chi tiết",
  hideDetails: "Ẩn chi tiết",
  errorCellEditing:
    "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.",
  errorSheetMissing:
    "Không tìm thấy trang hoặc ô cần dùng; có thể trang vừa bị đổi tên hay xóa. Bấm “Đọc lại sổ” rồi thử lại.",
  errorProtected:
    "Trang đang bị khóa nên không ghi được. Mở khóa trang (Xem lại › Bỏ bảo vệ trang) rồi thử lại.",
  errorTooLarge:
    "Dữ liệu quá lớn để Excel ghi trong một lần. Hãy thử lại; nếu vẫn lỗi, hãy báo cho quản trị.",
  errorBusy: "Excel đang bận hoặc sổ đang được người khác sửa. Đợi một lát rồi thử lại.",
  errorUnsupported:
    "Phiên bản Excel này chưa hỗ trợ thao tác này. Hãy cập nhật Microsoft 365 hoặc dùng Excel trên web.",
  errorProtectedSheets: (sheets: string): string =>
    `Excel không cho ghi: trang ${sheets} hoặc cấu trúc sổ đang được bảo vệ. Để mở khóa: chọn trang đó, vào thẻ Xem lại › Bỏ bảo vệ trang; nếu sổ được bảo vệ, vào Xem lại › Bảo vệ sổ làm việc để bỏ. Rồi thử lại.`,
  errorDetails: (message: string): string => `Thông báo gốc: ${message}`,
  errorDetailsCode: (code: string, message: string): string =>
    `Mã lỗi của Excel: ${code}. Thông báo gốc: ${message}`,
  keptTitle: "Chưa ghi gì",
  keptSheets: (sheets: string): string =>
    `Các trang ${sheets} giữ nguyên như anh/chị đã sửa. Muốn giữ bản sửa, hãy đổi tên trang trước khi chạy lại.`,
  confirmTitle: "Ghi đè trang đã sửa tay?",
  confirmText: (sheets: string): string =>
    `Trang ${sheets} đã được sửa tay sau lần chương trình ghi. Nếu ghi tiếp, những chỗ sửa đó sẽ mất, và Excel không thể hoàn tác (Undo) việc ghi của phần bổ trợ.`,
  confirmReplace: "Ghi đè",
  confirmKeep: "Không ghi",
  errorGeneric:
    "Đã có lỗi khi làm việc với sổ. Hãy thử lại; nếu vẫn lỗi, bấm “Xem chi tiết” và gửi cho quản trị.",

  unsupportedHost:
    "Phiên bản Excel này quá cũ để chạy Sổ Thi đua (cần Excel hỗ trợ ExcelApi 1.8: Microsoft 365, Office 2021/2024 hoặc Excel trên web).",

  ...moreActionsVi,
};

export type Strings = typeof vi;
