/** Vietnamese wording of what merging the units' files finds. */
import type { MergeFindingCatalogue } from "./merge-findings";

/** `"value"` (cut at 50 letters) or "(trống)". */
function quoted(value: string): string {
  if (value === "") return "(trống)";
  return `"${value.length > 50 ? `${value.slice(0, 50)}…` : value}"`;
}

export const MERGE_FINDINGS_VI: MergeFindingCatalogue = {
  "changed-meanwhile": (_, at) =>
    `Ô ${at.sheet ?? ""}!${at.cell ?? ""} vừa được người khác sửa trong lúc gộp; chưa gộp ô này. Hãy gộp lại tệp "${at.file}".`,
  "changed-outside-input": (p, at) =>
    at.cell === null
      ? `Trang "${at.sheet ?? ""}" trong tệp "${at.file}" đã bị sửa (trang chỉ để tham khảo); các thay đổi này không được gộp. Nếu cần sửa, hãy sửa trực tiếp trong sổ.`
      : `Ô ${at.sheet ?? ""}!${at.cell} trong tệp "${at.file}" nằm ngoài vùng nhập liệu nhưng đã bị sửa (${quoted(p.before)} → ${quoted(p.theirs)}); không gộp ô này.`,
  conflict: (p, at) =>
    `Xung đột ở ô ${at.sheet ?? ""}!${at.cell ?? ""}: sổ đã sửa thành ${quoted(p.ours)}, đơn vị gửi ${quoted(p.theirs)} (lúc xuất ${quoted(p.base)}); chưa gộp ô này. Hãy chọn giá trị đúng và sửa tay, hoặc gộp lại với --force để lấy giá trị của đơn vị.`,
  "conflict-forced": (p, at) =>
    `Ô ${at.sheet ?? ""}!${at.cell ?? ""}: sổ đã sửa thành ${quoted(p.ours)}, đơn vị gửi ${quoted(p.theirs)} (lúc xuất ${quoted(p.base)}); đã lấy giá trị của đơn vị (--force).`,
  "legacy-text": (p, at) =>
    `Ô ${at.sheet ?? ""}!${at.cell ?? ""} được gõ bằng phông cũ ${p.encoding}; đã chuyển sang Unicode: "${p.text}". Hãy xem lại.`,
  "missing-sheet-in-file": (_, at) =>
    `Tệp "${at.file}" không còn trang "${at.sheet ?? ""}" (đã bị xóa hoặc đổi tên); trang này không được gộp.`,
  "not-a-unit-file": (_, at) =>
    `Tệp "${at.file}" không phải phiếu đơn vị do Sổ Thi đua xuất (không có dấu nhận dạng); không gộp. Hãy dùng đúng tệp đã gửi cho đơn vị.`,
  "register-sheet-changed": (_, at) =>
    `Trang "${at.sheet ?? ""}" của sổ đã thay đổi sau khi xuất phiếu; chỉ gộp các ô sổ chưa sửa, các ô cả hai bên cùng sửa được báo là xung đột.`,
  "register-sheet-missing": (_, at) =>
    `Sổ không còn trang "${at.sheet ?? ""}" (đã bị xóa hoặc đổi tên sau khi xuất phiếu); trang này không được gộp. Hãy khôi phục trang rồi gộp lại.`,
  "same-unit-twice": (p, at) =>
    `Đơn vị "${at.unit ?? ""}" có hai tệp trong lần gộp này ("${at.file}" và "${p.others.split(", ").join('", "')}"); không gộp tệp nào của đơn vị này. Hãy chọn một tệp rồi gộp lại.`,
  "wrong-register": (p, at) =>
    `Tệp "${at.file}" là phiếu của sổ "${p.register}", không phải của sổ này ("${p.ours}"); không gộp.`,
  "wrong-unit": (p, at) =>
    p.sheets === ""
      ? `Tệp "${at.file}" là phiếu của đơn vị "${at.unit ?? ""}", nhưng sổ không có đơn vị này trong trang Đơn vị; không gộp.`
      : `Tệp "${at.file}" là phiếu của đơn vị "${at.unit ?? ""}" nhưng có trang "${p.sheets}" của đơn vị khác; không gộp. Mỗi đơn vị gửi lại đúng tệp của mình.`,
  "wrong-year": (p, at) =>
    `Tệp "${at.file}" là phiếu năm ${p.year === "" ? "(không rõ)" : p.year}, còn sổ này là năm ${p.ours === "" ? "(không rõ)" : p.ours}; không gộp.`,
};
