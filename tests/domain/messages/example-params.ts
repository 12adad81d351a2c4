/**
 * One example of params for every issue code. Typed as complete, so a new code does not compile
 * until it has an example here, and the catalogue test words it in both languages.
 */
import type { IssueCode, IssueParams } from "../../../src/domain/messages/issue-codes";

const cell = { cell: "D7", column: "Ngày sinh" } as const;

export const EXAMPLE_PARAMS: { readonly [C in IssueCode]: IssueParams<C> } = {
  "cell-error": { ...cell, error: "#N/A" },
  "invalid-award-kind": { ...cell, value: "x", accepted: "Công trạng; Đột xuất" },
  "invalid-bloc-rank": { ...cell, value: "0" },
  "invalid-council-role": { ...cell, value: "x", accepted: "Chủ tịch; Thư ký" },
  "invalid-criterion-kind": { ...cell, value: "x", accepted: "Cộng; Trừ" },
  "invalid-date": { ...cell, value: "31/02/2024" },
  "invalid-gender": { ...cell, value: "x", accepted: "Nam; Nữ" },
  "invalid-number": { ...cell, value: "tám" },
  "invalid-rating": { ...cell, value: "Giỏi", accepted: "HTXSNV; HTTNV" },
  "invalid-scope": { ...cell, value: "x", accepted: "Cơ sở; Tỉnh" },
  "invalid-year": { ...cell, value: "24" },
  "invalid-yes-no": { ...cell, value: "x", accepted: "có; không" },
  "legacy-encoding": {
    cell: "B4",
    encoding: "TCVN3",
    original: "Hä vµ tªn",
    converted: "Họ và tên",
  },
  "missing-code": { ...cell, row: 7, sheet: "Cán bộ", table: "Cán bộ" },
  "missing-headers": { sheet: "Đơn vị", missing: "Mã ĐV, Tên đơn vị", searchRows: 15 },
  "missing-value": { ...cell, record: "staff", subject: "CB01" },
  "unknown-award": { ...cell, value: "Bằng khen Bộ", ratingAllowed: "yes" },
};
