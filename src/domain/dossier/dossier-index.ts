/** The short index of a dossier's files ("Mục lục hồ sơ"), written beside the Word files. */
import type { Register } from "../model";
import type { Dossier } from "./build-dossier";
import { DOCUMENT_TEXTS } from "../messages/document-texts";

const T = DOCUMENT_TEXTS.index;

/** Name of the index file (without extension). */
export const INDEX_FILE_NAME = T.fileName;

/** Plain text: agency, year, one line per document with its file, then the warnings. */
export function dossierIndexText(
  register: Register,
  dossier: Dossier,
  fileOf: (fileName: string) => string
): string {
  const { settings } = register;
  const lines = [
    T.title({ year: settings.year }),
    settings.agency,
    "",
    T.documents,
    ...dossier.documents.map((d) => `  ${fileOf(d.fileName)}\n      ${d.title}`),
  ];
  if (dossier.issues.length > 0) {
    lines.push(
      "",
      T.warnings({ count: dossier.issues.length }),
      ...dossier.issues.map((i) => `  - ${i.message}`)
    );
  }
  return `${lines.join("\n")}\n`;
}
