/** Issues every table reports the same way. */
import type { RecordKind } from "../messages/issue-codes";
import type { RowReader } from "./table-reader";

/** A row with data but no code: it cannot be referred to, so it is left out. */
export function missingCode<F extends string>(r: RowReader<F>, field: F, table: string): void {
  if (r.hadError(field)) return;
  r.invalid(field, "missing-code", { row: r.row + 1, sheet: r.sheet, table });
}

/** A required value of `record` `subject` left empty. */
export function missingValue<F extends string>(
  r: RowReader<F>,
  field: F,
  record: RecordKind,
  subject: string
): void {
  if (r.hadError(field)) return;
  r.invalid(field, "missing-value", { record, subject });
}
