/**
 * The pane's FileMaker over the project's own .xlsx core (the writer and reader the CLI uses),
 * its zip writer and the `docx` renderer of the dossier. Browser-safe; loaded on demand by the
 * pane's composition roots (Excel, preview), so neither weighs on the pane's first load.
 */
import type { Grid } from "../../domain/grid";
import type { FileMaker } from "../../ports/file-maker.port";
import { renderDocx, safeFileName } from "../docx/dossier-docx";
import { newWorkbookBytes } from "../xlsx/new-workbook-bytes";
import { OpcPackage } from "../xlsx/opc-package";
import { XlsxReader } from "../xlsx/xlsx-reader";
import { writeZip } from "../xlsx/zip-writer";

export const fileMaker: FileMaker = {
  workbook: (sheets) => newWorkbookBytes(sheets),
  zip: (files) => writeZip(files.map((f) => ({ kind: "new", name: f.name, data: f.data }))),
  readWorkbook(bytes) {
    try {
      const reader = new XlsxReader(OpcPackage.open(bytes));
      const grids = new Map<string, Grid>();
      for (const name of reader.sheetNames()) grids.set(name, reader.readGrid(name) ?? []);
      return Promise.resolve(grids);
    } catch (error: unknown) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },
  docx: (document) => renderDocx(document),
  safeFileName,
};
