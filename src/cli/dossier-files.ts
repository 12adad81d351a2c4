/** Writes a dossier as Word files and an index into a folder (`tdkt dossier`, `tdkt demo`). */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { safeFileName } from "../adapters/docx/safe-file-name";
import type { Dossier } from "../domain/dossier/build-dossier";
import { INDEX_FILE_NAME, dossierIndexText } from "../domain/dossier/dossier-index";
import type { Register } from "../domain/model";

/** The .docx file name of a document. */
export function docxName(fileName: string): string {
  return `${safeFileName(fileName)}.docx`;
}

/** Writes every document as .docx and the index as .txt; returns the files written, in order. */
export async function writeDossierFiles(
  register: Register,
  dossier: Dossier,
  dir: string
): Promise<string[]> {
  // Loaded here, not at start-up: the Word library costs every other command a fifth of a second.
  const { renderDocx } = await import("../adapters/docx/dossier-docx");
  await fs.mkdir(dir, { recursive: true });
  const written: string[] = [];
  const index = path.join(dir, `${INDEX_FILE_NAME}.txt`);
  await fs.writeFile(index, dossierIndexText(register, dossier, docxName), "utf8");
  written.push(index);
  for (const doc of dossier.documents) {
    const file = path.join(dir, docxName(doc.fileName));
    await fs.writeFile(file, await renderDocx(doc));
    written.push(file);
  }
  return written;
}
