/** PLACEHOLDER (owned by the rulebook helper): the `Kiểm tra` sheet. */
import type { Issue } from "../issue";
import type { OutputSheet } from "./sheet-spec";

export function buildCheckSheet(issues: readonly Issue[]): OutputSheet {
  return {
    name: "Kiểm tra",
    styles: {},
    columnWidths: [],
    rows: issues.map((i) => [{ value: i.message }]),
  };
}
