/**
 * Dropdown lists of data validation: inline ("a,b,c") when Excel allows it (no commas, at most
 * 255 characters), otherwise a column of the program's very hidden lists sheet, reused when the
 * same list is already there.
 */
import type { DataValidationSpec } from "../../domain/output/sheet-spec";
import type { SheetPlan } from "./write-plan";

const INLINE_LIST_MAX = 255;

/** Where each dropdown list lives: inline text, or a column of the very hidden lists sheet. */
export interface ListPlacement {
  readonly inline: Map<DataValidationSpec, string>;
  /** list key → 0-based column in the lists sheet, and whether it must be written. */
  readonly columns: Map<
    string,
    { readonly column: number; readonly write: boolean; readonly items: readonly string[] }
  >;
}

export function listKey(list: readonly string[]): string {
  return JSON.stringify(list);
}

export function needsListSheet(list: readonly string[]): boolean {
  return list.some((item) => item.includes(",")) || list.join(",").length > INLINE_LIST_MAX;
}

export function placeLists(
  plans: readonly SheetPlan[],
  existingColumns: readonly (readonly unknown[])[]
): ListPlacement {
  const inline = new Map<DataValidationSpec, string>();
  const columns = new Map<string, { column: number; write: boolean; items: readonly string[] }>();
  // Existing columns are read row-major; turn them into one list per column.
  const width = existingColumns.reduce((n, row) => Math.max(n, row.length), 0);
  const existing: string[] = [];
  for (let c = 0; c < width; c++) {
    const items: string[] = [];
    for (const row of existingColumns) {
      const v = row[c];
      if (typeof v === "string" && v !== "") items.push(v);
      else if (typeof v === "number") items.push(String(v));
    }
    existing.push(listKey(items));
  }
  let next = width;
  for (const plan of plans) {
    for (const v of plan.spec.validations ?? []) {
      if (!needsListSheet(v.list)) {
        inline.set(v, v.list.join(","));
        continue;
      }
      const key = listKey(v.list);
      if (columns.has(key)) continue;
      const at = existing.indexOf(key);
      columns.set(
        key,
        at >= 0
          ? { column: at, write: false, items: v.list }
          : { column: next++, write: true, items: v.list }
      );
    }
  }
  return { inline, columns };
}
