/** The program's own sheets and finding sheets by name as the register format compares them. */
import { foldKey } from "../../domain/text/normalize";

/** Temporary sheets a write builds before swapping them in; leftovers of a crash are removed. */
export const TEMP_SHEET_PREFIX = "tdkt~tam-";
/** Very hidden sheet holding dropdown lists too long for an inline list (255 characters). */
export const LISTS_SHEET = "tdkt~danh-muc";

/** The program's own bookkeeping sheets, never shown as part of the register. */
export function isProgramSheet(name: string): boolean {
  return name.startsWith(TEMP_SHEET_PREFIX) || name === LISTS_SHEET;
}

export function findByName<T extends { readonly name: string }>(
  items: readonly T[],
  name: string
): T | undefined {
  const exact = items.find((s) => s.name === name);
  if (exact) return exact;
  const key = foldKey(name);
  return items.find((s) => foldKey(s.name) === key);
}

export function notFound(sheet: string): Error {
  return Object.assign(new Error(`Sheet not found: ${sheet}`), { code: "ItemNotFound" });
}
