import { browserSaveFile, MIME } from "../taskpane/pane-files";

/** Saves a workbook's bytes as an .xlsx through the browser's download (the pane's own save). */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  browserSaveFile(bytes, fileName, MIME.xlsx);
}
