/**
 * Vietnamese wording of every issue: what is wrong and what to do, in the words of the
 * secretariat (Văn phòng). The only place, with the rule data, where domain prose lives.
 */
import type { IssueCatalogue } from "./catalogue";
import type { CellParams, RecordKind } from "./issue-codes";

const RECORD: Readonly<Record<RecordKind, (subject: string) => string>> = {
  unit: (s) => `của đơn vị ${s}`,
  staff: (s) => `của cán bộ ${s}`,
  criterion: (s) => `của tiêu chí ${s}`,
  history: (s) => `trong thành tích các năm trước của ${s}`,
  vote: (s) => `trong phiếu bầu của ${s}`,
  council: (s) => `của thành viên Hội đồng${s === "" ? "" : ` ${s}`}`,
};

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

export const ISSUES_VI: IssueCatalogue = {
  "cell-error": (p) =>
    `${at(p)} có giá trị lỗi ${p.error}. Hãy sửa công thức hoặc nhập lại giá trị của ô này.`,
  "invalid-award-kind": notAllowed,
  "invalid-bloc-rank": (p) =>
    `${at(p)} không phải thứ hạng hợp lệ: "${p.value}". Hãy nhập thứ hạng của đơn vị trong khối thi đua, số nguyên từ 1 (dẫn đầu).`,
  "invalid-council-role": notAllowed,
  "invalid-criterion-kind": notAllowed,
  "invalid-date": (p) =>
    `${at(p)} phải là một ngày: "${p.value}". Hãy nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 05/11/2024.`,
  "invalid-gender": notAllowed,
  "invalid-number": (p) =>
    `${at(p)} phải là một số: "${p.value}". Hãy nhập một số, ví dụ 8 hoặc 8,5.`,
  "invalid-rating": notAllowed,
  "invalid-scope": notAllowed,
  "invalid-year": (p) =>
    `${at(p)} không phải một năm hợp lệ: "${p.value}". Hãy nhập năm bằng 4 chữ số, ví dụ 2024.`,
  "invalid-yes-no": notAllowed,
  "legacy-encoding": (p) =>
    `Ô ${p.cell} được gõ bằng bảng mã cũ ${ENCODING[p.encoding]}: "${p.original}" đã được đọc thành ` +
    `"${p.converted}". Hãy kiểm tra và gõ lại ô này bằng Unicode (hoặc chuyển mã bằng Unikey).`,
  "missing-code": (p) =>
    `Dòng ${p.row} của trang "${p.sheet}" có dữ liệu nhưng ô ${p.cell} (cột "${p.column}") ` +
    `để trống; dòng này bị bỏ qua. Hãy nhập mã (mỗi dòng của "${p.table}" cần một mã riêng) hoặc xoá dòng.`,
  "missing-headers": (p) =>
    `Trang "${p.sheet}" không có dòng tiêu đề đủ các cột bắt buộc; còn thiếu: ${p.missing}. ` +
    `Hãy thêm các cột này vào dòng tiêu đề của bảng (trong ${p.searchRows} dòng đầu), đúng tên như mẫu.`,
  "missing-value": (p) =>
    `${at(p)} ${RECORD[p.record](p.subject)} đang để trống. Hãy nhập ${p.column.toLocaleLowerCase("vi")}.`,
  "unknown-award": (p) =>
    p.ratingAllowed === "yes"
      ? `${at(p)} không phải danh hiệu, hình thức khen thưởng hay mức xếp loại đã biết: "${p.value}". ` +
        `Hãy ghi đúng tên như trong danh mục (ví dụ Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Giấy khen) hoặc một mức xếp loại.`
      : `${at(p)} không phải danh hiệu hay hình thức khen thưởng đã biết: "${p.value}". ` +
        `Hãy chọn đúng tên trong danh sách (ví dụ Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Giấy khen).`,
};
