/**
 * `Quyết định` → decisions, validated like every input sheet: a known subject and award, a result
 * of the list, a number and a date for every award granted, no pair twice.
 */
import { parseAwardName } from "../codec/award-name";
import { formatDate } from "../codec/cell-values";
import type { CodeBook } from "../codec/code-book";
import { missingCode } from "../codec/common-issues";
import { IssueLog, readTable, rowReaders } from "../codec/table-reader";
import type { Grid } from "../grid";
import type { Decision } from "../model";
import { DECISION_COLUMNS, DECISION_SHEET, OUTCOME_TEXT, parseOutcome } from "./decision-layout";

/**
 * Reads `Quyết định`. `year` is the register's year: a decision on its proposals cannot be dated
 * before 1 January of that year.
 */
export function readDecisions(
  grid: Grid,
  sheet: string,
  subjects: CodeBook,
  year: number | null,
  log: IssueLog
): Decision[] {
  const table = readTable(grid, sheet, DECISION_COLUMNS, log);
  const decisions: Decision[] = [];
  const seen = new Map<string, string>();
  for (const r of rowReaders(grid, table, DECISION_COLUMNS, log)) {
    const typed = r.code("subject");
    const subject = subjects.canonical(typed);
    const awardText = r.text("award");
    const awardKey = awardText === "" ? null : parseAwardName(awardText);
    const decisionNo = r.text("decisionNo");
    const decisionDate = r.date("decisionDate");
    const outcome = r.choice(
      "outcome",
      parseOutcome,
      "invalid-outcome",
      Object.values(OUTCOME_TEXT)
    );
    const note = r.text("note");
    if (subject === "") {
      missingCode(r, "subject", DECISION_SHEET);
      continue;
    }
    if (subjects.resolve(typed) === null) {
      r.invalid(
        "subject",
        "unknown-subject",
        "không phải Mã CB trong trang Cán bộ hay Mã đơn vị trong trang Đơn vị",
        typed,
        "Hãy sửa mã cho đúng, hoặc tạo lại trang Quyết định từ danh sách đề nghị."
      );
    }
    if (awardText === "") {
      r.report(
        "award",
        "error",
        "missing-value",
        `Ô ${r.cell("award") ?? ""} để trống: dòng quyết định của ${subject} chưa ghi danh hiệu / hình thức. Hãy nhập tên danh hiệu hoặc hình thức khen thưởng.`,
        { field: r.header("award") }
      );
    } else if (awardKey === null) {
      r.invalid(
        "award",
        "unknown-award",
        "không phải danh hiệu hay hình thức khen thưởng đã biết",
        awardText,
        "Hãy ghi đúng tên như trong danh mục (ví dụ Chiến sĩ thi đua cơ sở, Bằng khen của Chủ tịch UBND tỉnh)."
      );
    }
    if (awardKey !== null) {
      const key = `${subject}\u0000${awardKey}`;
      const first = seen.get(key);
      if (first !== undefined) {
        r.report(
          "award",
          "error",
          "duplicate-decision",
          `Dòng ${r.row + 1}: ${subject} – "${awardText}" đã có quyết định ở dòng ${first}. Mỗi cặp đối tượng – danh hiệu chỉ ghi một dòng; hãy xoá một dòng.`,
          { subject, award: awardKey, row: first }
        );
        continue;
      }
      seen.set(key, String(r.row + 1));
    }
    if (outcome === "awarded") {
      if (decisionNo === "" && !r.hadError("decisionNo")) {
        r.report(
          "decisionNo",
          "warning",
          "decision-without-number",
          `Ô ${r.cell("decisionNo") ?? ""}: ${subject} – "${awardText}" ghi "${OUTCOME_TEXT.awarded}" nhưng chưa có số quyết định. Khi sang năm mới, khen thưởng chưa có số quyết định chỉ được đưa vào Lịch sử nếu người dùng đồng ý.`,
          { subject, award: awardText }
        );
      }
      if (decisionDate === null && !r.hadError("decisionDate")) {
        r.report(
          "decisionDate",
          "warning",
          "decision-without-date",
          `Ô ${r.cell("decisionDate") ?? ""}: ${subject} – "${awardText}" ghi "${OUTCOME_TEXT.awarded}" nhưng chưa có ngày quyết định. Hãy nhập ngày dạng dd/mm/yyyy.`,
          { subject, award: awardText }
        );
      }
    } else if (
      outcome === null &&
      r.isBlank("outcome") &&
      (decisionNo !== "" || decisionDate !== null)
    ) {
      r.report(
        "outcome",
        "warning",
        "decision-without-result",
        `Ô ${r.cell("outcome") ?? ""}: dòng của ${subject} – "${awardText}" đã có số hoặc ngày quyết định nhưng chưa ghi kết quả. Hãy chọn "${OUTCOME_TEXT.awarded}" hoặc "${OUTCOME_TEXT.refused}".`,
        { subject, award: awardText }
      );
    }
    if (decisionDate !== null && year !== null && decisionDate.year < year) {
      r.report(
        "decisionDate",
        "warning",
        "decision-before-year",
        `Ô ${r.cell("decisionDate") ?? ""}: ngày quyết định ${formatDate(decisionDate)} ở trước năm thi đua ${year}. Hãy kiểm tra lại ngày.`,
        { date: formatDate(decisionDate), year }
      );
    }
    decisions.push({
      subject,
      awardKey,
      awardText,
      decisionNo,
      decisionDate,
      outcome,
      note,
      src: r.src(),
    });
  }
  return decisions;
}
