/** TEMPORARY until src/taskpane/App lands: a stand-in pane so the preview can be built. */
import * as React from "react";
import type { WorkbookPort } from "../ports/workbook.port";
import type { PreviewLanguage } from "./preview-strings";

export function renderTaskPane(_port: WorkbookPort, language: PreviewLanguage): React.ReactNode {
  return <p>{language === "vi" ? "Ngăn tác vụ đang được xây dựng." : "Task pane pending."}</p>;
}
