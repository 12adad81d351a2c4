/** Vietnamese wording of why each workflow step is done, to do, or blocked. */
import type { StepReasonCatalogue } from "./step-reasons";

export const STEP_REASONS_VI: StepReasonCatalogue = {
  "list-written": (p) => `Đã có trang “${p.sheet}”. Lập lại khi sổ thay đổi.`,
  "missing-sheets": (p) => `Sổ còn thiếu trang: ${p.sheets}. Bấm “Tạo sổ” để thêm.`,
  "no-agency": () => "Chưa ghi tên Cơ quan trong trang Cấu hình.",
  "no-criteria": () => "Trang Tiêu chí chưa có tiêu chí chấm điểm nào.",
  "no-score-sheets": () => "Chưa đơn vị nào có phiếu chấm điểm. Làm bước “Phiếu đơn vị” trước.",
  "no-units": () => "Trang Đơn vị chưa có đơn vị nào.",
  "no-year": () => "Chưa ghi Năm trong trang Cấu hình.",
  "not-scored": () => "Hội đồng bình xét sau khi đã chấm điểm và xếp hạng.",
  "ready-to-list": (p) =>
    p.errors > 0
      ? `Sẵn sàng lập danh sách; sổ còn ${p.errors} lỗi nên danh sách sẽ ghi là BẢN NHÁP.`
      : "Sẵn sàng lập danh sách đề nghị khen thưởng.",
  "ready-to-score": (p) =>
    p.errors > 0
      ? `Sẵn sàng chấm điểm; sổ còn ${p.errors} lỗi nên kết quả sẽ ghi là BẢN NHÁP.`
      : "Sẵn sàng chấm điểm và xếp hạng các đơn vị.",
  "register-clean": (p) =>
    p.warnings > 0
      ? `Sổ không có lỗi; còn ${p.warnings} cảnh báo nên xem lại.`
      : "Sổ không có lỗi hay cảnh báo nào.",
  "register-has-errors": (p) => `Sổ còn ${p.errors} lỗi. Sửa trong sổ rồi kiểm tra lại.`,
  "register-not-ready": () => "Cần làm xong bước “Sổ” trước.",
  "register-ready": (p) => `Sổ đã có đủ các trang: ${p.units} đơn vị, ${p.staff} cán bộ.`,
  "scores-written": (p) => `Đã có trang “${p.sheet}”. Chấm lại khi phiếu chấm điểm thay đổi.`,
  "unit-sheets-created": (p) => `${p.units} đơn vị đều đã có phiếu đăng ký và phiếu chấm điểm.`,
  "unit-sheets-missing": (p) => `${p.count} đơn vị chưa có phiếu đăng ký hoặc phiếu chấm điểm.`,
  "votes-entered": (p) => `Đã nhập ${p.count} kết quả bỏ phiếu trong trang Bình xét.`,
  "votes-missing": (p) =>
    `Chưa nhập kết quả bỏ phiếu của Hội đồng. Ghi vào trang “${p.sheet}” nếu có danh hiệu cần bỏ phiếu.`,
};
