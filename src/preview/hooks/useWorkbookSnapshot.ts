/** The in-memory workbook's current snapshot; re-renders on every change. */
import { useSyncExternalStore } from "react";
import type { MemoryWorkbook, WorkbookSnapshot } from "../../adapters/memory/memory-workbook";

export function useWorkbookSnapshot(workbook: MemoryWorkbook): WorkbookSnapshot {
  return useSyncExternalStore(workbook.subscribe, workbook.getSnapshot);
}
