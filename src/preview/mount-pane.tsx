/**
 * Mounts the real task pane (the same App as in Excel) on a workbook port, in a language; the
 * pane's own language switch is reported back so the page around it can follow.
 */
import * as React from "react";
import { App } from "../taskpane/App";
import type { WorkbookPort } from "../ports/workbook.port";
import type { PreviewLanguage } from "./preview-strings";

export function renderTaskPane(
  port: WorkbookPort,
  language: PreviewLanguage,
  onLanguageChange?: (language: PreviewLanguage) => void
): React.ReactNode {
  return <App port={port} language={language} onLanguageChange={onLanguageChange} />;
}
