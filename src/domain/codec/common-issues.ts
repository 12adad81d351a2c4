/** Issues every table reports the same way. */
import type { RowReader } from "./table-reader";

/** A row with data but no code: it cannot be referred to, so it is left out. */
export function missingCode<F extends string>(r: RowReader<F>, field: F, table: string): void {
  if (r.hadError(field)) return;
  r.report(
    field,
    "error",
    "missing-code",
    `Dòng ${r.row + 1} của trang "${r.sheet}" có dữ liệu nhưng ô ${r.cell(field) ?? ""} (cột "${r.header(field)}") ` +
      `để trống; dòng này bị bỏ qua. Hãy nhập mã (mỗi dòng của "${table}" cần một mã riêng) hoặc xoá dòng.`,
    { row: r.row + 1 }
  );
}

/** A required value left empty. */
export function missingValue<F extends string>(r: RowReader<F>, field: F, what: string): void {
  if (r.hadError(field)) return;
  r.report(
    field,
    "error",
    "missing-value",
    `Ô ${r.cell(field) ?? ""} (cột "${r.header(field)}") của ${what} đang để trống. Hãy nhập ${r.header(field).toLocaleLowerCase("vi")}.`,
    { field: r.header(field) }
  );
}
