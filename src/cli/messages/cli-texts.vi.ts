/**
 * Vietnamese wording of what `tdkt` prints itself: usage and help, argument errors, refusals,
 * exit-2 reasons that come from the command line, and each command's summary. Its shape is the
 * catalogue's type (`CliTexts`): the English catalogue must have every key, with the same params.
 *
 * What the domain words (issues, merge findings, the next-year summary, an unusable register's
 * reason) comes from the domain's catalogues; the register's words (sheet names, award names,
 * ratings, milestone labels as typed in `Tham số`) come in as params.
 */
import { READ_REFUSALS_VI } from "../../adapters/xlsx/messages/read-refusals.vi";
import { wordReadRefusal, type ReadRefusal } from "../../adapters/xlsx/read-refusal";
import { formatDate } from "../../domain/codec/cell-values";
import type { Language } from "../../domain/messages/language";
import { formatDecimal } from "../../domain/messages/format-number";
import type { DateOnly } from "../../domain/model";
import type { ProposalStatus } from "../../domain/report";
import type { UnitSheetStatus } from "../../domain/year/unit-progress";

const vnd = (n: number): string => n.toLocaleString("vi-VN");

/** ` tên-tệp` after a sentence, or nothing when the error names no file. */
const at = (file: string | null): string => (file === null ? "" : ` ${file}`);

export const CLI_TEXTS_VI = {
  /** The language this catalogue speaks (the domain's texts are asked for in it). */
  language: "vi" as Language,

  /** Usage lines quoted by the argument errors ("thiếu --out: <usage>"). */
  usage: {
    withOut: (p: { command: string }) => `tdkt ${p.command} TỆP.xlsx --out KẾT-QUẢ.xlsx`,
    sheets: "tdkt sheets TỆP.xlsx --out SỔ-CÓ-PHIẾU.xlsx",
    dossier: "tdkt dossier TỆP.xlsx --out THƯ-MỤC",
    split: "tdkt split SỔ.xlsx --out THƯ-MỤC",
    merge: "tdkt merge SỔ.xlsx PHIẾU.xlsx… --out KẾT-QUẢ.xlsx",
    rollup: "tdkt rollup SỔ-1.xlsx SỔ-2.xlsx… --out TỔNG-HỢP.xlsx",
  },

  /** A command line tdkt cannot parse (exit 2). */
  args: {
    unknownCommand: (p: { name: string }) =>
      `lệnh không hợp lệ "${p.name}" (dùng init, check, sheets, run, dossier, decisions, report, next-year, split, merge, lock, unlock, rollup hoặc demo; xem tdkt --help)`,
    flagTakesNoValue: (p: { option: string }) => `${p.option} không nhận giá trị`,
    unknownOption: (p: { command: string; option: string }) =>
      `tùy chọn không hợp lệ cho "${p.command}": ${p.option}`,
    missingValue: (p: { option: string }) => `thiếu giá trị sau ${p.option}`,
    repeatedOption: (p: { option: string }) => `tùy chọn ${p.option} được nêu hai lần`,
    extraArguments: (p: { args: string }) => `thừa tham số: ${p.args}`,
    missingFile: (p: { command: string }) => `thiếu tên tệp: tdkt ${p.command} TỆP.xlsx`,
    missingUnitFiles: (p: { usage: string }) => `thiếu tệp phiếu đơn vị: ${p.usage}`,
    missingOut: (p: { usage: string }) => `thiếu --out: ${p.usage}`,
    jsonIsWorkbook: (p: { file: string }) =>
      `--json là tệp báo cáo .json, không phải sổ Excel: ${p.file} (kết quả dạng sổ ghi bằng --out)`,
    badReportKind: (p: { kind: string }) =>
      `--kind phải là so-ket hoặc tong-ket, không phải "${p.kind}"`,
    /** Shown with the English one when `--lang` itself is wrong: no language is chosen yet. */
    badLanguage: "--lang phải là vi hoặc en",
  },

  /** Which file must differ from which (exit 2, before anything is read). */
  sameFile: {
    /** run, decisions, report, next-year. */
    outNeverInput: (p: { command: string }) =>
      `--out phải khác tệp đầu vào (tdkt ${p.command} không bao giờ sửa tệp đầu vào)`,
    /** sheets, lock, unlock, merge. */
    outNotInput: (p: { command: string }) =>
      `--out phải khác tệp đầu vào (tdkt ${p.command} không sửa tệp đầu vào)`,
    jsonNotCheckInput: "--json phải khác tệp đầu vào (tdkt check không ghi vào sổ)",
    jsonNotInputOrOut: "--json phải khác tệp đầu vào và tệp --out",
    outNotUnitFile: "--out phải khác các tệp phiếu đơn vị",
    outNotRegister: "--out phải khác các sổ đầu vào (tdkt rollup không sửa sổ nào)",
  },

  /** Files and folders tdkt cannot read or will not write (exit 2). */
  files: {
    notFound: (p: { file: string | null }) => `không tìm thấy tệp hoặc thư mục${at(p.file)}`,
    noSuchFile: (p: { file: string }) => `không tìm thấy tệp ${p.file}`,
    folderNotXlsx: (p: { file: string }) => `${p.file} là thư mục, không phải tệp .xlsx`,
    noAccess: (p: { file: string | null }) => `không có quyền đọc/ghi${at(p.file)}`,
    diskFull: "ổ đĩa đã đầy",
    unexpected: (p: { message: string }) => `lỗi không mong đợi: ${p.message}`,
    /** An .xlsx the reader refused; `why` is the reader's own words. */
    notReadable: (p: { file: string; why: string }) => `${p.file}: ${p.why}`,
    /** Why the .xlsx reader refused a file (its own catalogue, read-refusals.*.ts). */
    readRefusal: (refusal: ReadRefusal) => wordReadRefusal(refusal, READ_REFUSALS_VI),
    outIsFolder: (p: { file: string }) => `${p.file} là thư mục, không phải tệp`,
    outNotPlainFile: (p: { file: string }) =>
      `${p.file} không phải tệp thường; tdkt không ghi vào đó`,
    notOurs: (p: { file: string; kind: "xlsx" | "json" }) =>
      `${p.file} đã có và không phải ${p.kind === "xlsx" ? "tệp kết quả tdkt ghi ra" : "báo cáo JSON tdkt ghi ra"} (có thể là tệp của bạn, hoặc đã được mở và lưu lại); ` +
      `tdkt không ghi đè: hãy chọn tên khác, hoặc thêm --force để ghi đè`,
    noFolderFor: (p: { folder: string; name: string }) =>
      `không có thư mục ${p.folder} để ghi ${p.name}`,
    dossierOutIsFile: (p: { out: string }) => `--out phải là thư mục, không phải tệp: ${p.out}`,
    writeFailed: (p: { file: string; why: string }) => `không ghi được ${p.file}: ${p.why}`,
    /** Why a write failed, by the system's error code. */
    why: {
      noWriteAccess: "không có quyền ghi vào thư mục này",
      diskFull: "ổ đĩa đã đầy",
      readOnly: "ổ đĩa chỉ cho đọc",
      isFolder: "đó là một thư mục",
      folderGone: "thư mục không còn nữa",
      code: (p: { code: string }) => `lỗi ${p.code}`,
      unexpected: "lỗi không mong đợi",
    },
  },

  /** The short summaries `check`, `run`, `dossier`, `decisions`, `report` and `demo` share. */
  summary: {
    register: (p: { agency: string | null; year: number | null }) =>
      `Sổ thi đua: ${p.agency ?? "(chưa ghi Cơ quan)"}${p.year === null ? "" : ` — năm ${p.year}`}`,
    issues: (p: { errors: number; warnings: number }) =>
      p.errors === 0 && p.warnings === 0
        ? "Kiểm tra: không có lỗi hay cảnh báo."
        : `Kiểm tra: ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
    errorsHeading: "Lỗi (phải sửa):",
    warningsHeading: "Cảnh báo (nên xem lại):",
    moreIssues: (p: { more: number }) => `  … và ${p.more} mục khác.`,
    /** Where an issue about the register as a whole is. */
    wholeRegister: "[sổ]",
    unitsHeading: "Xếp hạng đơn vị (điểm Hội đồng chấm):",
    unit: (p: {
      rank: number;
      name: string;
      unit: string;
      score: number | null;
      rating: string | null;
    }) =>
      `  ${p.rank}. ${p.name} (${p.unit}): ${p.score === null ? "—" : formatDecimal(p.score, "vi")} điểm — ${p.rating ?? "chưa xếp loại"}`,
    moreUnits: (p: { more: number }) => `  … và ${p.more} đơn vị khác.`,
    unranked: (p: { count: number }) => `  ${p.count} đơn vị chưa xếp hạng (thiếu điểm chấm).`,
    proposalsHeading: "Danh hiệu / hình thức khen thưởng:",
    status: (p: { status: ProposalStatus; count: number }) =>
      `${p.count} ${
        {
          proposed: "đề nghị",
          awaiting_vote: "chờ bỏ phiếu",
          not_eligible: "không đủ điều kiện",
          over_quota: "vượt tỷ lệ",
        }[p.status]
      }`,
    /** A title decided above the Sở: "đề nghị" means proposed by the Sở (rules.md). */
    award: (p: { award: string; decidedBy: string | null; counts: string }) =>
      `  ${p.award}${p.decidedBy === null ? "" : ` (${p.decidedBy} quyết định)`}: ${p.counts}`,
    jsonReport: (p: { file: string }) => `Báo cáo JSON: ${p.file}`,
  },

  /** `check`: the calendar's next milestone and each unit's pledge and score sheets. */
  calendar: {
    allPast: (p: { year: number; today: DateOnly }) =>
      `Lịch năm ${p.year}: đã qua mọi mốc (ngày chạy ${formatDate(p.today)}).`,
    next: (p: { year: number; label: string; date: DateOnly; daysLeft: number }) =>
      `Lịch năm ${p.year}: mốc tiếp theo ${p.label} ${formatDate(p.date)}` +
      (p.daysLeft === 0 ? " (hôm nay)." : ` (còn ${p.daysLeft} ngày).`),
    units: (p: { today: DateOnly; late: number }) =>
      `Phiếu của đơn vị (ngày ${formatDate(p.today)}): ${p.late === 0 ? "không đơn vị nào trễ hạn" : `${p.late} đơn vị trễ hạn`}.`,
    unit: (p: { code: string; pledge: string; score: string }) =>
      `  ${p.code}: đăng ký ${p.pledge}; chấm điểm ${p.score}`,
    status: (p: { status: UnitSheetStatus }) =>
      ({ missing: "chưa có", in_progress: "đang điền", valid: "hợp lệ", invalid: "có lỗi" })[
        p.status
      ],
    late: (p: { label: string; date: DateOnly }) => ` — TRỄ HẠN (${p.label} ${formatDate(p.date)})`,
  },

  init: {
    exists: (p: { file: string }) =>
      `${p.file} đã có; tdkt init không ghi đè sổ đang có, hãy chọn tên khác`,
    blankTemplate: "chưa có mẫu sổ để tạo (mẫu trống)",
    created: (p: { file: string; sheets: string; next: string }) => [
      `Đã tạo sổ trống ${p.file}`,
      `Các trang: ${p.sheets}.`,
      `Điền Cấu hình, Đơn vị, Cán bộ… rồi chạy: ${p.next}`,
    ],
  },

  run: {
    written: (p: { out: string; sheets: string }) => `Đã ghi ${p.out} (thêm trang: ${p.sheets}).`,
    stillErrors: "Sổ còn lỗi: xem trang Kiểm tra trong tệp kết quả, sửa rồi chạy lại.",
  },

  dossier: {
    documents: (p: { count: number; folder: string }) =>
      `Hồ sơ đề nghị: ${p.count} văn bản Word trong ${p.folder}:`,
    blanks: (p: { count: number }) => `Chỗ còn để trống (……), ${p.count} cảnh báo:`,
    stillErrors: "Sổ còn lỗi: chạy tdkt check để xem, sửa rồi lập lại hồ sơ.",
  },

  sheets: {
    noUnits: 'Trang "Đơn vị" chưa có đơn vị nào, nên chưa có phiếu để tạo.',
    nothingNew: (p: { count: number }) =>
      `Không có phiếu mới: đơn vị nào cũng đã có trang ĐK- và CĐ- (${p.count} trang).`,
    created: (p: { count: number; sheets: string }) =>
      `Đã tạo ${p.count} trang phiếu: ${p.sheets}.`,
    kept: (p: { sheets: string }) => `Đã có sẵn, giữ nguyên: ${p.sheets}.`,
    protected: "Các trang phiếu được khoá, chỉ để mở các ô nhập liệu.",
    written: (p: { out: string; file: string }) => `Đã ghi ${p.out} (${p.file} giữ nguyên).`,
    next: (p: { next: string }) =>
      `Các đơn vị nhập đăng ký và điểm vào trang ĐK-/CĐ- rồi chạy: ${p.next}`,
  },

  demo: {
    heading:
      "Chạy thử trên sổ mẫu kèm theo (tdkt run so-thi-dua-mau.xlsx --out so-thi-dua-mau-ket-qua.xlsx):",
    read: (p: { units: number; staff: number }) =>
      `Đã đọc ${p.units} đơn vị, ${p.staff} cán bộ; kiểm tra, chấm điểm, xét danh hiệu.`,
    issues: (p: { errors: number; warnings: number }) =>
      `Kiểm tra: ${p.errors} lỗi, ${p.warnings} cảnh báo (sổ mẫu cố ý có vài lỗi để minh họa — xem trang Kiểm tra).`,
    results: "Kết quả:",
    result: (p: { out: string; sheets: string }) =>
      `  ${p.out}  (sổ mẫu + trang ${p.sheets}; báo cáo có biểu đồ)`,
    json: (p: { file: string }) => `  ${p.file}  (báo cáo JSON)`,
    dossier: (p: { folder: string; documents: number; next: string }) =>
      `  ${p.folder}  (hồ sơ đề nghị: ${p.documents} văn bản Word và mục lục; ${p.next} --out THƯ-MỤC)`,
    copy: (p: { file: string; next: string }) => `  ${p.file}  (bản sao sổ mẫu để thử: ${p.next})`,
  },

  decisions: {
    sheet: (p: { sheet: string; rows: number; gone: number; kept: number }) =>
      `Trang ${p.sheet}: ${p.rows} dòng (${p.rows - p.gone} đề nghị${p.gone > 0 ? `, ${p.gone} dòng cũ không còn được đề nghị, vẫn giữ` : ""}); giữ nguyên nội dung đã nhập ở ${p.kept} dòng.`,
    budgetHeading: "Dự toán tiền thưởng (Nghị định 152/2025/NĐ-CP Điều 50):",
    budget: (p: {
      award: string;
      kind: "individual" | "collective" | null;
      count: number;
      multiple: number;
      amount: number;
    }) =>
      `  ${p.award}${p.kind === null ? "" : p.kind === "individual" ? " (cá nhân)" : " (tập thể)"}: ${p.count} × ${vnd(p.multiple)} lương cơ sở = ${vnd(p.amount)} đồng`,
    total: (p: { amount: number }) => `  Tổng cộng: ${vnd(p.amount)} đồng`,
    written: (p: { out: string; sheet: string }) => `Đã ghi ${p.out} (trang ${p.sheet}).`,
  },

  report: {
    written: (p: { out: string; sheet: string }) =>
      `Đã ghi ${p.out} (trang ${p.sheet}, có biểu đồ).`,
  },

  nextYear: {
    exists: (p: { out: string }) =>
      `${p.out} đã có; tdkt next-year không ghi đè, hãy chọn tên khác`,
    created: (p: { year: number; out: string; sheets: number; file: string }) =>
      `Đã tạo sổ năm ${p.year}: ${p.out} (${p.sheets} trang; ${p.file} giữ nguyên).`,
  },

  lock: {
    cannotWrite: "không ghi được bản ghi khóa vào tệp này",
    alreadyLocked: (p: { file: string; lockedAt: string; fingerprint: string }) =>
      `${p.file}: kết quả đã được khóa lúc ${p.lockedAt} (dấu vân tay ${p.fingerprint}); hãy mở khóa trước khi khóa lại`,
    locked: (p: { values: number; fingerprint: string; by: string | null; out: string }) => [
      `Đã khóa kết quả: ${p.values} giá trị (Tiêu chí, CĐ-…, Bình xét, xếp loại).`,
      `Dấu vân tay SHA-256: ${p.fingerprint}`,
      `Người thực hiện: ${p.by ?? "(chưa rõ)"}. Đã ghi Nhật ký.`,
      `Đã ghi ${p.out}.`,
    ],
    cannotEdit: "không sửa được bản ghi khóa trong tệp này",
    notLocked: (p: { file: string }) => `${p.file}: kết quả chưa được khóa`,
    unlocked: (p: { fingerprint: string; out: string }) => [
      `Đã mở khóa kết quả (dấu vân tay lúc khóa: ${p.fingerprint}). Đã ghi Nhật ký.`,
      `Đã ghi ${p.out}.`,
    ],
  },

  split: {
    noFolder: (p: { folder: string }) => `không có thư mục ${p.folder} để ghi phiếu đơn vị`,
    notFolder: (p: { folder: string }) => `${p.folder} không phải thư mục`,
    exported: (p: { count: number }) =>
      `Đã xuất ${p.count} phiếu đơn vị (chỉ các ô nền vàng được điền):`,
    next: (p: { file: string }) =>
      `Khi các đơn vị gửi lại: tdkt merge "${p.file}" PHIẾU.xlsx… --out KẾT-QUẢ.xlsx`,
  },

  merge: {
    cannotWrite: "không ghi được vào tệp này",
    heading: "Gộp phiếu đơn vị:",
    file: (p: { file: string; cells: number | null; unit: string | null }) =>
      `  ${p.file}: ${p.cells === null ? "không gộp" : `đã gộp ${p.cells} ô`}` +
      (p.unit === null ? "" : ` (đơn vị ${p.unit})`),
    problems: (p: { errors: number; warnings: number }) =>
      `Vấn đề: ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
    finding: (p: { error: boolean; text: string }) =>
      `  [${p.error ? "Lỗi" : "Cảnh báo"}] ${p.text}`,
    more: (p: { more: number }) => `  … và ${p.more} vấn đề khác (xem trang Gộp phiếu).`,
    createdSheets: (p: { sheets: string }) => `Đã tạo trang: ${p.sheets}.`,
    written: (p: { out: string }) => `Đã ghi ${p.out} (báo cáo ở trang Gộp phiếu; đã ghi Nhật ký).`,
  },

  rollup: {
    read: (p: { count: number }) => `Đã đọc ${p.count} sổ; đề nghị vượt thẩm quyền Sở:`,
    list: (p: { authority: string; count: number; duplicates: number | null }) =>
      `  ${p.authority}: ${p.count} đề nghị` +
      (p.duplicates === null ? "" : ` (${p.duplicates} trùng)`),
    none: "  (không có)",
    unusable: (p: { file: string; reason: string }) => `Không đọc được ${p.file}: ${p.reason}`,
    repeats: (p: { file: string; other: string }) =>
      `${p.file} trùng sổ với ${p.other}: không lấy lại.`,
    written: (p: { out: string }) => `Đã ghi ${p.out}.`,
  },

  help: `tdkt — Sổ Thi đua: kiểm tra sổ theo dõi thi đua, chấm điểm, lập danh sách đề nghị khen thưởng

Cách dùng:
  tdkt init TỆP.xlsx                          Tạo sổ trống với đủ các trang nhập liệu
  tdkt check TỆP.xlsx [--json BÁO-CÁO.json]   Kiểm tra sổ, in tóm tắt các lỗi và cảnh báo
  tdkt sheets TỆP.xlsx --out SỔ-CÓ-PHIẾU.xlsx [--protect]
                                              Tạo phiếu: mỗi đơn vị một trang đăng ký (ĐK-) và
                                              một trang chấm điểm (CĐ-); --protect khoá trang,
                                              chỉ để mở các ô nhập liệu (TỆP.xlsx giữ nguyên)
  tdkt run TỆP.xlsx --out KẾT-QUẢ.xlsx [--json BÁO-CÁO.json]
                                              Chấm điểm, xếp hạng, lập danh sách đề nghị;
                                              ghi ra KẾT-QUẢ.xlsx (TỆP.xlsx giữ nguyên)
  tdkt decisions TỆP.xlsx --out KẾT-QUẢ.xlsx   Tạo (hoặc tạo lại) trang Quyết định từ danh sách đề nghị,
                                              giữ nguyên số, ngày, kết quả đã nhập; tính tiền thưởng
  tdkt report TỆP.xlsx --out KẾT-QUẢ.xlsx [--kind so-ket|tong-ket]
                                              Báo cáo sơ kết / tổng kết kèm biểu đồ
  tdkt next-year TỆP.xlsx --out NĂM-SAU.xlsx [--include-undecided]
                                              Sổ của năm sau: giữ cấu hình, đơn vị, cán bộ, tiêu chí,
                                              sáng kiến; Lịch sử thêm xếp loại và khen thưởng năm nay
  tdkt dossier TỆP.xlsx --out THƯ-MỤC        Lập hồ sơ đề nghị khen thưởng: mỗi văn bản một tệp Word
                                              (.docx) và mục lục trong THƯ-MỤC
  tdkt demo [--dir THƯ-MỤC]                   Chạy thử trên sổ mẫu kèm theo (mặc định ./tdkt-demo)
  tdkt split SỔ.xlsx --out THƯ-MỤC            Xuất phiếu đơn vị: mỗi đơn vị một tệp để gửi đi
  tdkt merge SỔ.xlsx PHIẾU.xlsx… --out KẾT-QUẢ.xlsx [--force] [--by TÊN]
                                              Gộp phiếu đơn vị gửi về vào sổ (--force: lấy giá
                                              trị của đơn vị cả ở các ô xung đột)
  tdkt lock SỔ.xlsx --out KẾT-QUẢ.xlsx [--by TÊN]
                                              Khóa kết quả sau cuộc họp Hội đồng (dấu vân tay SHA-256)
  tdkt unlock SỔ.xlsx --out KẾT-QUẢ.xlsx [--by TÊN]
                                              Mở khóa kết quả (ghi vào Nhật ký)
  tdkt rollup SỔ-1.xlsx SỔ-2.xlsx… --out TỔNG-HỢP.xlsx
                                              Tổng hợp đề nghị trình cấp trên từ nhiều sổ,
                                              mỗi cấp quyết định một danh sách
  tdkt --help | --version
  --lang en                                   Thông báo bằng tiếng Anh (mặc định: tiếng Việt)

--out và --json không ghi đè tệp đã có mà tdkt không ghi ra (ví dụ sổ của bạn);
thêm --force nếu thật sự muốn ghi đè.

Mã thoát: 0 = sổ không có lỗi; 1 = sổ có lỗi (báo cáo và tệp kết quả vẫn được ghi);
          2 = không dùng được đầu vào (không có tệp, không phải .xlsx, thiếu trang bắt buộc, sai tham số).
`,
};
