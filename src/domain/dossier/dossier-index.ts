/** The short index of a dossier's files ("Mục lục hồ sơ"), written beside the Word files. */
import type { Register } from "../model";
import type { Dossier } from "./build-dossier";

/** Name of the index file (without extension). */
export const INDEX_FILE_NAME = "00 - Mục lục hồ sơ";

/** Plain text: agency, year, one line per document with its file, then the warnings. */
export function dossierIndexText(
  register: Register,
  dossier: Dossier,
  fileOf: (fileName: string) => string
): string {
  const { settings } = register;
  const lines = [
    `HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG${settings.year === null ? "" : ` NĂM ${settings.year}`}`,
    settings.agency,
    "",
    "Các văn bản (bản dự thảo, kiểm tra và ký trước khi trình):",
    ...dossier.documents.map((d) => `  ${fileOf(d.fileName)}\n      ${d.title}`),
  ];
  if (dossier.issues.length > 0) {
    lines.push(
      "",
      `Chỗ còn để trống (……) cần bổ sung — ${dossier.issues.length} cảnh báo:`,
      ...dossier.issues.map((i) => `  - ${i.message}`)
    );
  }
  return `${lines.join("\n")}\n`;
}
