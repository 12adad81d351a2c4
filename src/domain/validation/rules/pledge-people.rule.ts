import type { Issue } from "../../issue";
import { foldKey } from "../../text/normalize";
import { cellOf, makeIssue, type ValidationRule } from "../rule";

/**
 * Each person on a pledge sheet is on the roster, in that sheet's unit, listed once, and named
 * as the roster names them (register-format.md, `ĐK-<Mã đơn vị>`).
 */
export const pledgePeopleRule: ValidationRule = {
  id: "pledge-people",
  description:
    "Pledge rows name known staff of the sheet's unit, once each, with the roster's name.",
  check: ({ register, index }) => {
    const issues: Issue[] = [];
    for (const sheet of register.pledges) {
      const firstRow = new Map<string, number>();
      for (const row of sheet.rows) {
        const codeCell = cellOf(row.src, "staffCode");
        const person = index.staffByCode.get(row.staffCode);
        const key = foldKey(row.staffCode);
        const earlier = firstRow.get(key);
        if (earlier !== undefined) {
          issues.push(
            makeIssue(
              "error",
              "duplicate-pledge",
              row.src,
              codeCell,
              `Mã CB "${row.staffCode}" ở ô ${codeCell ?? ""} đã đăng ký ở dòng ${earlier} của trang này. ` +
                `Mỗi người chỉ đăng ký một dòng: hãy gộp vào một dòng và xoá dòng trùng.`,
              { staff: row.staffCode, firstRow: earlier }
            )
          );
          continue;
        }
        firstRow.set(key, row.src.row);
        if (person === undefined) {
          issues.push(
            makeIssue(
              "error",
              "unknown-staff",
              row.src,
              codeCell,
              `Mã CB "${row.staffCode}" ở ô ${codeCell ?? ""} không có trong trang "Cán bộ". Hãy sửa mã cho đúng hoặc thêm người này vào trang "Cán bộ".`,
              { staff: row.staffCode }
            )
          );
          continue;
        }
        if (person.unitCode !== sheet.unitCode) {
          issues.push(
            makeIssue(
              "error",
              "pledge-wrong-unit",
              row.src,
              codeCell,
              `${person.name} (${person.code}) thuộc đơn vị ${person.unitCode}, không thuộc ${sheet.unitCode}, nên không đăng ký ở trang "${sheet.sheet}". ` +
                `Hãy chuyển dòng này sang trang ĐK-${person.unitCode}, hoặc sửa Mã đơn vị của người này trong trang "Cán bộ".`,
              { staff: person.code, unit: person.unitCode, sheetUnit: sheet.unitCode }
            )
          );
        }
        if (row.name !== "" && foldKey(row.name) !== foldKey(person.name)) {
          const nameCell = cellOf(row.src, "name");
          issues.push(
            makeIssue(
              "warning",
              "name-mismatch",
              row.src,
              nameCell,
              `Họ tên "${row.name}" ở ô ${nameCell ?? ""} khác với trang "Cán bộ" ("${person.name}") cho mã ${person.code}. ` +
                `Hãy kiểm tra mã CB hoặc sửa họ tên cho khớp.`,
              { staff: person.code, name: row.name, rosterName: person.name }
            )
          );
        }
      }
    }
    return issues;
  },
};
