/**
 * Mounts the real task pane (the same App as in Excel) on a workbook port, in a language; the
 * pane's own language switch is reported back so the page around it can follow.
 */
import * as React from "react";
import { App } from "../taskpane/App";
import { PaneFilesContext, browserSaveFile, type PaneFiles } from "../taskpane/pane-files";
import type { WorkbookPort } from "../ports/workbook.port";
import type { PreviewLanguage } from "./preview-strings";

/** The same files as in Excel: downloads in the browser, the maker loaded on first use. */
const PANE_FILES: PaneFiles = {
  save: browserSaveFile,
  load: () => import("../adapters/files/file-maker").then((m) => m.fileMaker),
};

export function renderTaskPane(
  port: WorkbookPort,
  language: PreviewLanguage,
  onLanguageChange?: (language: PreviewLanguage) => void
): React.ReactNode {
  return (
    <PaneFilesContext.Provider value={PANE_FILES}>
      <App port={port} language={language} onLanguageChange={onLanguageChange} />
    </PaneFilesContext.Provider>
  );
}
