/**
 * The in-memory workbook's current snapshot; re-renders on every change. The re-render is a
 * transition: React draws a big sheet in slices and lets the page paint and answer between them
 * (a synchronous external store would draw it in one long task; issue 10, item 4).
 */
import * as React from "react";
import type { MemoryWorkbook, WorkbookSnapshot } from "../../adapters/memory/memory-workbook";

export function useWorkbookSnapshot(workbook: MemoryWorkbook): WorkbookSnapshot {
  const [snapshot, setSnapshot] = React.useState(workbook.getSnapshot);
  React.useEffect(() => {
    const update = (): void => {
      React.startTransition(() => {
        setSnapshot(workbook.getSnapshot());
      });
    };
    update(); // a change between the first render and the subscription
    return workbook.subscribe(update);
  }, [workbook]);
  return snapshot;
}
