/** Vietnamese wording of why a register cannot be used. */
import type { UnusableReasonCatalogue } from "./unusable-reasons";

export const UNUSABLE_REASONS_VI: UnusableReasonCatalogue = {
  "missing-sheets": (p) => `Thiếu trang bắt buộc: ${p.sheets.join(", ")}.`,
  "no-year": () => "Sổ chưa có năm thi đua (tham số Năm của trang Cấu hình).",
};
