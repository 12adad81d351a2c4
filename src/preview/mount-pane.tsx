/** Mounts the real task pane (the same App as in Excel) on a workbook port, in a language. */
import * as React from "react";
import { App } from "../taskpane/App";
import type { WorkbookPort } from "../ports/workbook.port";
import type { PreviewLanguage } from "./preview-strings";

export function renderTaskPane(port: WorkbookPort, language: PreviewLanguage): React.ReactNode {
  return <App port={port} language={language} />;
}
