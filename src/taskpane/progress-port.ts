/**
 * A WorkbookPort that reports which step an action is at ("đang đọc sổ…", "đang ghi…") while it
 * passes every call through: the use cases stay unaware of the pane's progress display.
 */
import type { WorkbookPort } from "../ports/workbook.port";

export type Step =
  | "reading"
  | "writing"
  | "creating"
  | "selecting"
  | "marking"
  // The engine's computing steps (src/taskpane/engine), reported by its worker.
  | "parsing"
  | "validating"
  | "scoring"
  | "proposing"
  | "building";

export function withProgress(port: WorkbookPort, onStep: (step: Step) => void): WorkbookPort {
  const wrapped: WorkbookPort = {
    listSheets: () => {
      onStep("reading");
      return port.listSheets();
    },
    readSheets: (names) => {
      onStep("reading");
      return port.readSheets(names);
    },
    writeOutputSheets: (sheets) => {
      onStep("writing");
      return port.writeOutputSheets(sheets);
    },
    createSheets: (sheets) => {
      onStep("creating");
      return port.createSheets(sheets);
    },
    selectCell: (sheet, cell) => {
      onStep("selecting");
      return port.selectCell(sheet, cell);
    },
    activateSheet: (sheet) => port.activateSheet(sheet),
  };
  if (port.highlightCells)
    wrapped.highlightCells = (cells) => {
      onStep("marking");
      return port.highlightCells
        ? port.highlightCells(cells)
        : Promise.resolve({ highlighted: 0, skippedSheets: [] });
    };
  if (port.clearHighlights)
    wrapped.clearHighlights = async () => {
      onStep("marking");
      await port.clearHighlights?.();
    };
  // The program's own records (output fingerprints, the lock) pass through unannounced.
  if (port.readCustomXml) wrapped.readCustomXml = port.readCustomXml.bind(port);
  if (port.writeCustomXml) wrapped.writeCustomXml = port.writeCustomXml.bind(port);
  return wrapped;
}
