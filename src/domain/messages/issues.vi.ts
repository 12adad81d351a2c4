/**
 * Vietnamese wording of every issue: what is wrong and what to do, in the words of the
 * secretariat (Văn phòng). The only place, with the rule data, where domain prose lives.
 */
import type { IssueCatalogue } from "./catalogue";
import type {
  CellParams,
  MissingKind,
  ParamValue,
  ParameterKindParam,
  RecordKind,
  Scorer,
  UnitSheetKind,
} from "./issue-codes";

const RECORD: Readonly<Record<RecordKind, (subject: string) => string>> = {
  unit: (s) => `của đơn vị ${s}`,
  staff: (s) => `của cán bộ ${s}`,
  criterion: (s) => `của tiêu chí ${s}`,
  history: (s) => `trong thành tích các năm trước của ${s}`,
  vote: (s) => `trong phiếu bầu của ${s}`,
  decision: (s) => `trong quyết định khen thưởng của ${s}`,
  council: (s) => `của thành viên Hội đồng${s === "" ? "" : ` ${s}`}`,
};

/**
 * A value of the lock's snapshot (canonical text: numbers with a point, dates ISO) as Vietnamese
 * writes it: 19,5 and 20/12/2024.
 */
function lockedValue(text: string): string {
  if (text === "") return "(trống)";
  if (/^-?\d+\.\d+$/.test(text)) return `"${text.replace(".", ",")}"`;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) return `"${date[3]}/${date[2]}/${date[1]}"`;
  return `"${text}"`;
}

/** `Ô D7 (cột "Ngày sinh")` */
function at(p: CellParams): string {
  return `Ô ${p.cell} (cột "${p.column}")`;
}

function notAllowed(p: CellParams & { value: string; accepted: string }): string {
  return `${at(p)} không đúng giá trị cho phép: "${p.value}". Hãy chọn một trong: ${p.accepted}.`;
}

const ENCODING = {
  TCVN3: "TCVN3 (ABC, phông .VnTime)",
  VNI: "VNI (phông VNI-Times)",
} as const;

const UNIT_SHEET: Readonly<Record<UnitSheetKind, string>> = {
  pledge: "đăng ký thi đua",
  score: "chấm điểm",
};
const PREFIX: Readonly<Record<UnitSheetKind, string>> = { pledge: "ĐK-", score: "CĐ-" };
const SCORER: Readonly<Record<Scorer, string>> = { self: "Tự chấm", council: "Hội đồng chấm" };

/** A number as Vietnamese write it: 8,5 (decimal comma). */
function num(n: number): string {
  return String(n).replace(".", ",");
}

/** A fraction as a percentage figure: 0.2 → "20". */
function percent(share: number): string {
  return num(Math.round(share * 1000) / 10);
}

const COUNCIL_ROLE = { chair: "Chủ tịch", secretary: "Thư ký" } as const;

/** What a rule parameter of each kind accepts (`accepted`: the discipline levels). */
const PARAMETER_EXPECTED: Readonly<Record<ParameterKindParam, (accepted: string) => string>> = {
  share: () => "một tỷ lệ từ 0% đến 100% (ví dụ 80% hoặc 0,8)",
  optionalShare: () => "một tỷ lệ từ 0% đến 100% (ví dụ 15%), hoặc để trống nếu không giới hạn",
  count: () => "một số nguyên không âm (ví dụ 10)",
  score: () => "một số điểm không âm (ví dụ 90)",
  discipline: (accepted) => `một hình thức kỷ luật: ${accepted}`,
  codeList: () => "các mã tiêu chí cách nhau bởi dấu chấm phẩy",
  yesNo: () => "có hoặc không",
};

/** A parameter's value as a person reads it: 0.8 → "80%", "" → "không giới hạn". */
function parameterValue(kind: ParameterKindParam, value: ParamValue): string {
  if (value === "") return kind === "codeList" ? "không có" : "không giới hạn";
  if (kind === "yesNo") return value === 1 ? "có" : "không";
  if (typeof value !== "number") return value;
  return kind === "share" || kind === "optionalShare" ? `${percent(value)}%` : num(value);
}

function range(p: { min: number | ""; max: number | "" }): string {
  if (p.min === "" && p.max === "") return "";
  return `, từ ${num(p.min === "" ? 0 : p.min)}${p.max === "" ? "" : ` đến ${num(p.max)}`}`;
}

/** The value a pledge's evaluation lacks. */
const MISSING: Readonly<Record<MissingKind, (p: { year: number | ""; name: string }) => string>> = {
  rating: (p) => `Xếp loại năm ${p.year} của ${p.name}`,
  "council-score": (p) => `điểm Hội đồng chấm của đơn vị ${p.name}`,
  criteria: () => "bảng tiêu chí chấm điểm (trang Tiêu chí trống)",
  "bloc-rank": (p) => `Xếp hạng trong khối năm thi đua của ${p.name}`,
  "council-members": () => "Số thành viên Hội đồng",
};

export const ISSUES_VI: IssueCatalogue = {
  "audit-log-row-edited": (p) =>
    `Dòng ${p.row} của trang ${p.sheet} đã bị sửa bằng tay (mã kiểm tra không khớp nội dung). ` +
    `Trang ${p.sheet} chỉ được chương trình ghi thêm; hãy khôi phục dòng này từ bản lưu trước.`,
  "audit-log-rows-deleted": (p) =>
    `Trang ${p.sheet} thiếu dòng số ${p.from}${p.to > p.from ? ` đến ${p.to}` : ""}: các dòng này đã bị xóa. ` +
    `Trang ${p.sheet} chỉ được chương trình ghi thêm; hãy khôi phục từ bản lưu trước.`,
  "audit-log-truncated": (p) =>
    `Trang ${p.sheet} chỉ còn ${p.found} dòng nhưng chương trình đã ghi ${p.expected} dòng: các dòng cuối ` +
    `(hoặc cả trang) đã bị xóa. Hãy khôi phục từ bản lưu trước.`,
  "ambiguous-code": (p) =>
    `Mã CB "${p.code}" ở ô ${p.cell} trùng với một Mã đơn vị, nên cột "Đối tượng" của "Lịch sử" và "Bình xét" không phân biệt được ` +
    `(mã này được hiểu là cán bộ). Hãy dùng mã khác cho cán bộ hoặc cho đơn vị.`,
  "award-in-title-column": (p) =>
    `Ô ${p.cell} (cột "${p.column}") ghi "${p.awardName}", là một hình thức khen thưởng chứ không phải danh hiệu thi đua. ` +
    `Hãy chuyển sang cột "${p.target}".`,
  "ballot-counts": (p) =>
    `Số ở ô ${p.cell} (${p.small}) lớn hơn số ở ô ${p.bigCell} (${p.big}): số phiếu phát ra ≥ thu về ≥ hợp lệ ≥ đồng ý. Hãy kiểm tra lại biên bản kiểm phiếu.`,
  "birth-date-out-of-range": (p) =>
    `Ngày sinh của ${p.name} (${p.staff}) ở ô ${p.cell} cho tuổi ${p.age} trong năm ${p.year}, ngoài khoảng ${p.minAge}–${p.maxAge}. Hãy kiểm tra lại ngày sinh.`,
  "cell-error": (p) =>
    `${at(p)} có giá trị lỗi ${p.error}. Hãy sửa công thức hoặc nhập lại giá trị của ô này.`,
  "council-role-count": (p) =>
    p.count === 0
      ? `Trang "${p.sheet}" chưa có ai với vai trò "${COUNCIL_ROLE[p.role]}". Hãy ghi vai trò này cho một thành viên (biên bản họp cần tên ${COUNCIL_ROLE[p.role].toLocaleLowerCase("vi")}).`
      : `Trang "${p.sheet}" có ${p.count} người với vai trò "${COUNCIL_ROLE[p.role]}" (${p.names}). Hội đồng chỉ có một ${COUNCIL_ROLE[p.role].toLocaleLowerCase("vi")}; hãy sửa vai trò.`,
  "council-size-mismatch": (p) =>
    `Trang "${p.sheet}" có ${p.listed} thành viên nhưng tham số "${p.label}" ở trang "${p.settingsSheet}"${p.cell === "" ? "" : ` (ô ${p.cell})`} là ${p.total}. Hãy sửa cho khớp: biên bản họp ghi số thành viên có mặt trên tổng số.`,
  "decision-before-year": (p) =>
    `${at(p)}: ngày quyết định ${p.date} ở trước năm thi đua ${p.year}. Hãy kiểm tra lại ngày.`,
  "decision-without-date": (p) =>
    `${at(p)}: ${p.subject} – "${p.award}" ghi "${p.awarded}" nhưng chưa có ngày quyết định. Hãy nhập ngày dạng ngày/tháng/năm.`,
  "decision-without-number": (p) =>
    `${at(p)}: ${p.subject} – "${p.award}" ghi "${p.awarded}" nhưng chưa có số quyết định. Khi sang năm mới, khen thưởng chưa có số quyết định chỉ được đưa vào Lịch sử nếu người dùng đồng ý.`,
  "decision-without-result": (p) =>
    `${at(p)}: dòng của ${p.subject} – "${p.award}" đã có số hoặc ngày quyết định nhưng chưa ghi kết quả. Hãy chọn "${p.awarded}" hoặc "${p.refused}".`,
  "dossier-ballot-counts-differ": (p) =>
    `Hồ sơ đề nghị: các dòng của vòng ${p.round} ở trang "${p.sheet}" ghi số phiếu khác nhau (${p.values}); biên bản kiểm phiếu dùng số ${p.used}. Hãy ghi cùng một số cho cả vòng.`,
  "dossier-invalid-setting": (p) =>
    `Hồ sơ đề nghị: tham số "${p.label}" ở ô ${p.cell} trang "${p.sheet}" không phải ngày hợp lệ: "${p.value}"; các văn bản để trống chỗ này. Hãy nhập ngày, ví dụ 05/11/2024.`,
  "dossier-missing-ballot-counts": (p) =>
    `Hồ sơ đề nghị: trang "${p.sheet}" chưa ghi số phiếu của vòng bỏ phiếu (cột "Vòng", "Số phiếu phát ra", "Số phiếu thu về", "Số phiếu hợp lệ"), nên biên bản kiểm phiếu để trống các số này. Hãy thêm các cột đó vào trang "${p.sheet}".`,
  "dossier-missing-setting": (p) =>
    `Hồ sơ đề nghị: chưa có tham số "${p.label}" ở trang "${p.sheet}"${p.cell === "" ? "" : ` (ô ${p.cell} để trống)`}, nên các văn bản để trống "…" ở chỗ này để điền tay. Hãy ${p.cell === "" ? "thêm dòng" : "nhập"} "${p.label}" (ví dụ: ${p.example}).`,
  "dossier-no-council": (p) =>
    `Hồ sơ đề nghị: sổ chưa có trang "${p.sheet}" (Họ và tên, Chức vụ, Vai trò trong Hội đồng, Có mặt), nên biên bản họp để trống thành phần dự họp. Hãy thêm trang "${p.sheet}" với các thành viên Hội đồng.`,
  "duplicate-decision": (p) =>
    `Dòng ${p.row}: ${p.subject} – "${p.award}" đã có ở dòng ${p.firstRow} của trang Quyết định. Mỗi cặp đối tượng – danh hiệu chỉ ghi một dòng; hãy xoá một dòng.`,
  "collective-title-for-person": (p) =>
    `Ô ${p.cell} ghi "${p.awardName}", là danh hiệu dành cho tập thể, không đăng ký cho cá nhân. ` +
    `Hãy ghi vào ô "${p.target}" phía trên bảng, hoặc chọn danh hiệu cá nhân (ví dụ Lao động tiên tiến).`,
  "criteria-total-not-100": (p) =>
    `Tổng điểm tối đa các tiêu chí cấp 1 loại "Cộng" là ${num(p.total)}, không phải ${p.expected} như thường lệ. ` +
    `Hãy kiểm tra lại bảng tiêu chí (điểm thưởng và điểm trừ không tính vào tổng này).`,
  "criterion-kind-mismatch": (p) =>
    `Tiêu chí ${p.criterion} có Loại "${p.kind}" nhưng tiêu chí cha ${p.parent} có Loại "${p.parentKind}". ` +
    `Tiêu chí con thường cùng loại với tiêu chí cha: hãy kiểm tra ô ${p.cell}.`,
  "criterion-max-negative": (p) =>
    `Điểm tối đa của tiêu chí ${p.criterion} ở ô ${p.cell} là ${num(p.max)}, phải từ 0 trở lên ` +
    `(điểm trừ cũng ghi số dương và chọn Loại là "Trừ"). Hãy sửa lại.`,
  "criterion-parent-missing": (p) =>
    `Tiêu chí ${p.criterion} ở ô ${p.cell} là tiêu chí con của ${p.parent}, nhưng không có tiêu chí ${p.parent}. ` +
    `Hãy thêm tiêu chí ${p.parent} hoặc sửa mã tiêu chí.`,
  "criterion-sum-mismatch": (p) =>
    `Điểm tối đa của tiêu chí ${p.criterion} ở ô ${p.cell} là ${num(p.max)}, nhưng tổng điểm tối đa các tiêu chí con ` +
    `(${p.children}) là ${num(p.sum)}. Hãy sửa cho bằng nhau.`,
  "date-out-of-range": (p) =>
    `${p.what === "decision" ? "Ngày quyết định" : "Ngày công nhận sáng kiến"} ở ô ${p.cell} là ${p.date}, sau ` +
    `${p.limitKind === "assessment-date" ? `ngày xét ${p.limit}` : `năm ${p.limit}`}. Hãy kiểm tra lại ngày.`,
  "duplicate-code": (p) =>
    `${p.column} "${p.code}" ở ô ${p.cell} trùng với dòng ${p.firstRow} (ô ${p.firstCell}). ` +
    `Mỗi mã chỉ dùng một lần: hãy đổi mã hoặc xoá dòng trùng.`,
  "duplicate-pledge": (p) =>
    `Mã CB "${p.staff}" ở ô ${p.cell} đã đăng ký ở dòng ${p.firstRow} của trang này. ` +
    `Mỗi người chỉ đăng ký một dòng: hãy gộp vào một dòng và xoá dòng trùng.`,
  "duplicate-score-row": (p) =>
    `Tiêu chí ${p.criterion} ở ô ${p.cell} đã có ở dòng ${p.firstRow} của trang này. Hãy xoá dòng trùng.`,
  "duplicate-setting": (p) =>
    `Tham số "${p.label}" ở ô ${p.cell} đã có ở dòng trên (giá trị ô ${p.firstCell}); dòng này bị bỏ qua. Hãy xoá một trong hai dòng.`,
  "duplicate-sheet": (p) =>
    `Hai trang "${p.other}" và "${p.sheet}" trùng tên (chỉ khác chữ hoa/thường, khoảng trắng hoặc cách gõ dấu tiếng Việt), nên không biết trang nào là trang đúng; chương trình đang đọc trang "${p.other}" (đứng trước). Hãy đổi tên hoặc xoá một trong hai trang.`,
  "duplicate-unit-sheet": (p) =>
    `Đơn vị ${p.unit} có hai trang ${UNIT_SHEET[p.kind]}: "${p.other}" và "${p.sheet}"; chỉ nên có một. Hãy gộp và xoá một trang.`,
  "duplicate-vote": (p) =>
    `Kết quả bầu "${p.awardName}" của ${p.subject} đã có ở dòng ${p.firstRow}; dòng ${p.row} trùng. ` +
    `Hãy giữ một dòng đúng và xoá dòng kia.`,
  "eligible-not-pledged": (p) =>
    `${p.subjectKind === "individual" ? `${p.name} (${p.subject}, đơn vị ${p.unit})` : `Đơn vị “${p.name}” (${p.subject})`} đủ điều kiện “${p.awardName}”` +
    `${p.voteLeft === "yes" ? " (chưa tính phần bỏ phiếu của Hội đồng)" : ""} nhưng không đăng ký. Nếu muốn đề nghị, hãy bổ sung vào trang ${p.pledgeSheet}.`,
  "history-period-after-award": (p) =>
    `Ô ${p.cell}: thành tích đến năm ${p.to} sau năm khen thưởng ${p.year}. Một quyết định chỉ khen thành tích đã đạt; hãy sửa năm cho đúng quyết định.`,
  "history-period-reversed": (p) =>
    `Ô ${p.cell}: thành tích từ năm ${p.from} sau năm kết thúc ${p.to}. Hãy sửa "Thành tích từ năm" / "Thành tích đến năm" cho đúng quyết định.`,
  "history-year-out-of-range": (p) =>
    `Năm ${p.year} ở ô ${p.cell} sau năm thi đua ${p.registerYear} của sổ; trang "Lịch sử" chỉ ghi các năm trước. Hãy sửa năm.`,
  "individual-title-for-unit": (p) =>
    `Ô ${p.cell} ghi "${p.awardName}", là danh hiệu dành cho cá nhân, không đăng ký cho tập thể. ` +
    `Hãy chọn danh hiệu tập thể (ví dụ Tập thể lao động tiên tiến) hoặc đăng ký cho từng người trong bảng.`,
  "initiative-used-twice": (p) =>
    `Sáng kiến “${p.title}”${p.decision === "" ? "" : ` (QĐ số ${p.decision})`} là căn cứ duy nhất của cả ${p.awards} cho ${p.name} (${p.staff}): mỗi sáng kiến chỉ dùng làm căn cứ một lần (Công văn 5007/BNV-TĐKT). Hãy chọn một đề nghị dùng sáng kiến này, đề nghị kia cần căn cứ khác.`,
  "initiative-without-decision": (p) =>
    `Sáng kiến “${p.title}” của ${p.staff} chưa có đủ số quyết định và ngày công nhận (ô ${p.cell}): chưa dùng làm căn cứ đề nghị khen thưởng được cho đến khi điền đủ cả hai.`,
  "invalid-award-kind": notAllowed,
  "invalid-bloc-rank": (p) =>
    `${at(p)} không phải thứ hạng hợp lệ: "${p.value}". Hãy nhập thứ hạng của đơn vị trong khối thi đua, số nguyên từ 1 (dẫn đầu).`,
  "invalid-council-role": notAllowed,
  "invalid-criterion-kind": notAllowed,
  "invalid-date": (p) =>
    p.cellFormat === "number"
      ? `${at(p)} phải là một ngày nhưng ô đang định dạng số: "${p.value}". Hãy đổi định dạng ô sang Ngày (Format Cells › Date) rồi nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 05/11/2024.`
      : `${at(p)} phải là một ngày: "${p.value}". Hãy nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 05/11/2024.`,
  "invalid-gender": notAllowed,
  "invalid-milestone": (p) =>
    `Ô ${p.cell} (tham số "${p.label}") không phải ngày hợp lệ: "${p.value}". Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 05/11/${p.year}.`,
  "invalid-outcome": notAllowed,
  "invalid-number": (p) =>
    p.cellFormat === "date"
      ? `${at(p)} phải là một số nhưng ô đang định dạng ngày: "${p.value}". Hãy đổi định dạng ô sang Số (Format Cells › Number) rồi nhập lại số, ví dụ 8 hoặc 8,5.`
      : `${at(p)} phải là một số: "${p.value}". Hãy nhập một số, ví dụ 8 hoặc 8,5.`,
  "invalid-rating": notAllowed,
  "invalid-scope": notAllowed,
  "invalid-setting": (p) =>
    p.expected === "date"
      ? `Ô ${p.cell} (tham số "${p.label}") không phải ngày hợp lệ: "${p.value}". Hãy nhập ngày, ví dụ 05/11/2024.`
      : `Ô ${p.cell} (tham số "${p.label}") phải là số nguyên từ ${p.min} đến ${p.max}, đang là "${p.value}". ` +
        (p.expected === "year"
          ? "Hãy nhập năm thi đua bằng 4 chữ số, ví dụ 2024."
          : "Hãy nhập tổng số thành viên Hội đồng Thi đua - Khen thưởng, ví dụ 9."),
  "invalid-vote-count": (p) =>
    `${p.field === "members" ? "Số thành viên" : "Số phiếu đồng ý"} ở ô ${p.cell} là ${num(p.value)}; ` +
    `phải là số nguyên ${p.field === "members" ? "dương" : "không âm"}. Hãy sửa lại.`,
  "invalid-year": (p) =>
    `${at(p)} không phải một năm hợp lệ: "${p.value}". Hãy nhập năm bằng 4 chữ số, ví dụ 2024.`,
  "invalid-yes-no": notAllowed,
  "legacy-encoding": (p) =>
    `Ô ${p.cell} được gõ bằng bảng mã cũ ${ENCODING[p.encoding]}: "${p.original}" đã được đọc thành ` +
    `"${p.converted}". Hãy kiểm tra và gõ lại ô này bằng Unicode (hoặc chuyển mã bằng Unikey).`,
  "milestone-outside-year": (p) =>
    `Mốc "${p.label}" (${p.date}, ô ${p.cell}) nằm ngoài năm thi đua ${p.year}. Hãy kiểm tra lại năm của ngày này.`,
  "lock-record-damaged": () =>
    "Bản ghi khóa kết quả trong sổ bị hỏng nên không thể xác nhận kết quả chưa bị sửa. " +
    "Hãy dùng bản sổ đã khóa, hoặc mở khóa và khóa lại sau khi Hội đồng xác nhận.",
  "lock-record-missing": (p) =>
    `Trang ${p.sheet} ghi kết quả đã khóa nhưng sổ không còn bản ghi khóa (có thể sổ đã được sao chép ` +
    "bằng chương trình khác hoặc bản ghi bị xóa): không thể xác nhận kết quả chưa bị sửa. " +
    "Hãy dùng bản sổ đã khóa, hoặc mở khóa và khóa lại sau khi Hội đồng xác nhận.",
  "locked-value-changed": (p) =>
    `Ô ${p.sheet}!${p.cell} đã bị sửa sau khi khóa kết quả (${p.lockedAt}): trước ` +
    `${lockedValue(p.before)}, nay ${lockedValue(p.after)}. ` +
    `Hãy trả lại giá trị đã khóa, hoặc "Mở khóa" (được ghi vào Nhật ký) nếu Hội đồng quyết định sửa.`,
  "missing-code": (p) =>
    `Dòng ${p.row} của trang "${p.sheet}" có dữ liệu nhưng ô ${p.cell} (cột "${p.column}") ` +
    `để trống; dòng này bị bỏ qua. Hãy nhập mã (mỗi dòng của "${p.table}" cần một mã riêng) hoặc xoá dòng.`,
  "missing-council-members": (p) =>
    `Dòng ${p.row} chưa có tổng số thành viên Hội đồng: ô "Số thành viên" trống và trang "Cấu hình" chưa có "Số thành viên Hội đồng". ` +
    `Hãy nhập một trong hai.`,
  "missing-headers": (p) =>
    `Trang "${p.sheet}" không có dòng tiêu đề đủ các cột bắt buộc; còn thiếu: ${p.missing}. ` +
    `Hãy thêm các cột này vào dòng tiêu đề của bảng (trong ${p.searchRows} dòng đầu), đúng tên như mẫu.`,
  "missing-pledge-sheet": (p) =>
    `Đơn vị ${p.unit} (${p.name}) chưa có trang đăng ký thi đua "ĐK-${p.unit}", nên chưa được xét phần này. ` +
    `Hãy tạo trang (nút "Tạo phiếu") và nhập dữ liệu.`,
  "missing-score-sheet": (p) =>
    `Đơn vị ${p.unit} (${p.name}) chưa có trang chấm điểm "CĐ-${p.unit}", nên chưa được xét phần này. ` +
    `Hãy tạo trang (nút "Tạo phiếu") và nhập dữ liệu.`,
  "missing-setting": (p) =>
    p.setting === "year"
      ? p.cell === ""
        ? `Trang "${p.sheet}" chưa có năm thi đua (tham số "${p.label}"). Hãy thêm dòng "${p.label}" với giá trị, ví dụ 2024.`
        : `Ô ${p.cell} (tham số "${p.label}") đang để trống: chưa biết năm thi đua. Hãy nhập năm, ví dụ 2024.`
      : (p.cell === ""
          ? `Trang "${p.sheet}" chưa có tên cơ quan (tham số "${p.label}"). Hãy thêm dòng "${p.label}" với tên cơ quan`
          : `Ô ${p.cell} (tham số "${p.label}") đang để trống. Hãy nhập tên cơ quan`) +
        "; tên này in ở đầu các danh sách.",
  "missing-sheet": (p) =>
    p.required === "yes"
      ? `Sổ thiếu trang bắt buộc "${p.sheet}", nên không thể kiểm tra. Hãy thêm trang "${p.sheet}" đúng tên (nút "Tạo sổ" hoặc lệnh "tdkt init" tạo trang mẫu).`
      : `Sổ chưa có trang "${p.sheet}"; trang này được coi là trống. Hãy thêm trang "${p.sheet}" (nút "Tạo sổ" tạo đủ các trang mẫu) nếu có dữ liệu.`,
  "missing-value": (p) =>
    `${at(p)} ${RECORD[p.record](p.subject)} đang để trống. Hãy nhập ${p.column.toLocaleLowerCase("vi")}.`,
  "months-out-of-range": (p) =>
    `Số tháng công tác của ${p.name} (${p.staff}) ở ô ${p.cell} là ${num(p.months)}, phải từ 0 đến 12. Hãy nhập số tháng thực tế làm việc trong năm.`,
  "name-mismatch": (p) =>
    `Họ tên "${p.name}" ở ô ${p.cell} khác với trang "Cán bộ" ("${p.rosterName}") cho mã ${p.staff}. ` +
    `Hãy kiểm tra mã CB hoặc sửa họ tên cho khớp.`,
  "parameter-bands-order": (p) =>
    `Các ngưỡng điểm xếp loại phải giảm dần (HTXSNV ${num(p.htxsnv)} ≥ HTTNV ${num(p.httnv)} ≥ HTNV ${num(p.htnv)}). Chương trình đang dùng các ngưỡng mặc định 90, 70, 50.`,
  "parameter-invalid": (p) =>
    `Tham số “${p.label}” có giá trị “${p.value}” không hợp lệ: cần ${PARAMETER_EXPECTED[p.kind](p.accepted)}${range(p)}. ` +
    `Chương trình đang dùng giá trị mặc định ${parameterValue(p.kind, p.fallback)}.`,
  "pledge-not-evaluable": (p) =>
    p.missing === "rule"
      ? `Không xét được đăng ký “${p.awardName}” của ${p.subject}: bộ quy tắc đang dùng không có điều kiện cho danh hiệu/hình thức này.`
      : `Thiếu ${MISSING[p.missing](p)}: chưa xét được ${p.awards}. Hãy bổ sung dữ liệu rồi chạy lại.`,
  "pledge-wrong-unit": (p) =>
    `${p.name} (${p.staff}) thuộc đơn vị ${p.unit}, không thuộc ${p.sheetUnit}, nên không đăng ký ở trang "${p.sheet}". ` +
    `Hãy chuyển dòng này sang trang ĐK-${p.unit}, hoặc sửa Mã đơn vị của người này trong trang "Cán bộ".`,
  "pledges-not-evaluable": (p) =>
    `Chưa có Năm trong trang ${p.sheet} nên chưa xét được đăng ký thi đua nào. Hãy nhập năm thi đua (ví dụ 2024).`,
  "provincial-title-and-award": (p) =>
    `${p.name} (${p.staff}) được đề nghị cả Chiến sĩ thi đua cấp tỉnh và Bằng khen của Chủ tịch UBND tỉnh trong cùng năm. ` +
    `Hai hình thức khen cùng một thành tích: hãy cân nhắc chỉ đề nghị một.`,
  "rating-despite-discipline": (p) =>
    `${p.name} (${p.staff}) bị kỷ luật “${p.discipline}” trong năm nhưng xếp loại ở ô ${p.cell} từ Hoàn thành tốt nhiệm vụ trở lên. ` +
    `Người bị kỷ luật trong năm không được xếp loại trên mức Không hoàn thành nhiệm vụ (Nghị định 233/2026/NĐ-CP Điều 12 khoản 4 điểm c): hãy kiểm tra lại xếp loại hoặc kỷ luật.`,
  "rating-short-service": (p) =>
    `${p.name} (${p.staff}) mới công tác ${num(p.months)} tháng trong năm (dưới ${p.minimum} tháng) nhưng đã có xếp loại ở ô ${p.cell}. ` +
    `Người công tác dưới ${p.minimum} tháng không xếp loại chất lượng (trừ nghỉ thai sản): hãy để trống ô xếp loại hoặc sửa số tháng.`,
  "score-council-blocked": (p) =>
    `Trang ${p.sheet}: chưa tính tổng điểm Hội đồng chấm vì ${p.count === 1 ? "ô" : "các ô"} ${p.shown} có điểm ngoài khoảng 0 đến điểm tối đa. ` +
    `Hãy sửa điểm các ô này; đến khi đó đơn vị chưa được xếp hạng.`,
  "score-council-incomplete": (p) =>
    `Trang ${p.sheet}: ${p.count} tiêu chí chưa có điểm Hội đồng chấm (${p.shown}). Chưa tính được tổng điểm Hội đồng chấm nên đơn vị chưa được xếp hạng.`,
  "score-criteria-missing": (p) =>
    `Trang "${p.sheet}" thiếu ${p.count} tiêu chí của trang "Tiêu chí": ${p.shown}. ` +
    `Hãy thêm các dòng này (hoặc tạo lại trang chấm điểm bằng nút "Tạo phiếu").`,
  "score-on-parent": (p) =>
    `Ô ${p.cell} (${SCORER[p.scorer]}) ghi ${num(p.score)} điểm cho tiêu chí ${p.criterion}, khác tổng điểm các tiêu chí con (${num(p.sum)}). ` +
    `Điểm tiêu chí cha luôn là tổng điểm các tiêu chí con nên ô này không được dùng: hãy chấm ở các tiêu chí con, để trống ô này hoặc dùng công thức tổng.`,
  "score-out-of-range": (p) =>
    `Điểm ${SCORER[p.scorer]} của tiêu chí ${p.criterion} ở ô ${p.cell} là ${num(p.score)}, ngoài khoảng 0 đến ${num(p.max)}. ` +
    `Hãy chấm trong khoảng này${p.minus === "yes" ? " (điểm trừ ghi số dương)" : ""}.`,
  "score-self-incomplete": (p) =>
    `Trang ${p.sheet}: ${p.count} tiêu chí chưa có điểm tự chấm (${p.shown}). Chưa tính được tổng điểm tự chấm.`,
  "scoring-no-criteria": (p) =>
    `Trang ${p.sheet} chưa có tiêu chí nào: chưa tính được điểm và chưa xếp hạng được các đơn vị. Hãy nhập bảng tiêu chí chấm điểm.`,
  "setting-date-out-of-year": (p) =>
    `"${p.label}" ở ô ${p.cell} là ${p.date}, không thuộc năm ${p.years.split(" / ").join(" hoặc ")} của đợt thi đua năm ${p.year}. Hãy kiểm tra lại năm.`,
  "title-in-award-column": (p) =>
    `Ô ${p.cell} (cột "${p.column}") ghi "${p.awardName}", là một danh hiệu thi đua chứ không phải hình thức khen thưởng. ` +
    `Hãy chuyển sang cột "${p.target}".`,
  "score-self-blocked": (p) =>
    `Trang ${p.sheet}: chưa tính tổng điểm Tự chấm vì ${p.count === 1 ? "ô" : "các ô"} ${p.shown} có điểm ngoài khoảng 0 đến điểm tối đa. Hãy sửa điểm các ô này.`,
  "unit-htxsnv-share-exceeded": (p) =>
    `Đơn vị ${p.unitName} có ${p.excellent} người xếp loại Hoàn thành xuất sắc nhiệm vụ trong ${p.good} người xếp loại từ Hoàn thành tốt nhiệm vụ trở lên, ` +
    `vượt mức ${percent(p.share)}% (tối đa ${p.cap} người${p.excellentUnit === 1 ? ", mức của đơn vị xếp loại Hoàn thành xuất sắc nhiệm vụ" : ""}). Hãy rà soát lại xếp loại của đơn vị.`,
  "unit-rating-differs": (p) =>
    `Đơn vị “${p.unitName}” (${p.unit}) được xếp loại “${p.ratingName}” nhưng theo điểm Hội đồng chấm (${num(p.points)} điểm) thì là “${p.suggestedName}”. Hãy kiểm tra lại.`,
  "unit-rating-missing": (p) =>
    `Đơn vị “${p.unitName}” (${p.unit}) chưa có Xếp loại${p.year === "" ? "" : ` năm ${p.year}`}: các danh hiệu tập thể của đơn vị chưa xét được (chưa xếp loại). ` +
    (p.suggested === "" || p.points === ""
      ? "Chưa có đủ điểm Hội đồng chấm để gợi ý mức xếp loại."
      : `Theo điểm Hội đồng chấm (${num(p.points)} điểm), mức gợi ý là “${p.suggestedName}”.`),
  "unknown-award": (p) =>
    p.ratingAllowed === "yes"
      ? `${at(p)} không phải danh hiệu, hình thức khen thưởng hay mức xếp loại đã biết: "${p.value}". ` +
        `Hãy ghi đúng tên như trong danh mục (ví dụ Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Giấy khen) hoặc một mức xếp loại.`
      : `${at(p)} không phải danh hiệu hay hình thức khen thưởng đã biết: "${p.value}". ` +
        `Hãy chọn đúng tên trong danh sách (ví dụ Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Giấy khen).`,
  "unknown-decision-subject": (p) =>
    `${at(p)} không phải Mã CB trong trang Cán bộ hay Mã đơn vị trong trang Đơn vị: "${p.value}". Hãy sửa mã cho đúng, hoặc tạo lại trang Quyết định từ danh sách đề nghị.`,
  "unknown-criterion": (p) =>
    `Mã tiêu chí "${p.criterion}" ở ô ${p.cell} không có trong trang "Tiêu chí". ` +
    `Hãy sửa mã cho đúng hoặc xoá dòng (trang chấm điểm phải theo đúng bảng tiêu chí).`,
  "unknown-discipline": (p) =>
    `Hình thức kỷ luật "${p.discipline}" của ${p.name} (${p.staff}) ở ô ${p.cell} không thuộc danh mục (${p.accepted}); ` +
    `người này vẫn được coi là bị kỷ luật. Hãy ghi đúng tên hình thức kỷ luật, hoặc để trống nếu không bị kỷ luật.`,
  "unknown-legal-basis": (p) =>
    `Căn cứ pháp lý “${p.value}” không có trong chương trình; đang xét theo ${p.used} (theo Năm). Hãy để trống hoặc chọn một căn cứ trong danh sách của ô này.`,
  "unknown-staff": (p) =>
    p.where === "pledge"
      ? `Mã CB "${p.staff}" ở ô ${p.cell} không có trong trang "Cán bộ". Hãy sửa mã cho đúng hoặc thêm người này vào trang "Cán bộ".`
      : `Mã CB "${p.staff}" ở ô ${p.cell} không có trong trang "Cán bộ", nên sáng kiến này không được tính cho ai. Hãy sửa mã nếu gõ nhầm.`,
  "unknown-subject": (p) =>
    p.where === "history"
      ? `Đối tượng "${p.subject}" ở ô ${p.cell} không phải Mã CB hay Mã đơn vị nào trong sổ năm nay, nên dòng này không được tính cho ai. ` +
        `Hãy sửa mã nếu gõ nhầm.`
      : `Đối tượng "${p.subject}" ở ô ${p.cell} không phải Mã CB hay Mã đơn vị nào trong sổ. Hãy sửa mã cho đúng.`,
  "unknown-unit": (p) =>
    p.where === "staff"
      ? `Cán bộ ${p.staff} (${p.name}) thuộc mã đơn vị "${p.unit}" không có trong trang "Đơn vị". ` +
        `Hãy sửa mã đơn vị cho đúng hoặc thêm đơn vị này vào trang "Đơn vị".`
      : `Trang "${p.sheet}" là trang ${UNIT_SHEET[p.where]} của mã đơn vị "${p.unit}", nhưng mã này không có trong trang "Đơn vị". ` +
        `Hãy đổi tên trang thành ${PREFIX[p.where]}<Mã đơn vị> với mã đúng, hoặc thêm đơn vị vào trang "Đơn vị".`,
  "vote-wrong-subject": (p) =>
    `"${p.awardName}" ở ô ${p.cell} là ${p.subjectKind === "individual" ? "danh hiệu tập thể" : "danh hiệu cá nhân"}, ` +
    `nhưng đối tượng ${p.subject} là ${p.subjectKind === "individual" ? "một cán bộ" : "một đơn vị"}. Hãy sửa đối tượng hoặc danh hiệu được bầu.`,
  "votes-above-members": (p) =>
    `Số phiếu đồng ý ở ô ${p.cell} là ${num(p.yes)}, nhiều hơn tổng số thành viên Hội đồng (${num(p.members)}). ` +
    `Hãy kiểm tra lại biên bản bầu.`,
};
