/**
 * The memory workbook's package codec, made of the project's own browser-safe xlsx core: the same
 * reader and writer the CLI uses, so the preview reads and writes workbooks exactly as `tdkt` does.
 */
import type { Grid } from "../../domain/grid";
import type { SheetChart } from "../../domain/output/sheet-chart";
import { readSheetCharts } from "../xlsx/chart-reader";
import { foldKey } from "../../domain/text/normalize";
import { patchSheetXml, type CellPatch } from "../xlsx/cell-patch";
import { readCustomXmlPart, writeCustomXmlPart } from "../xlsx/custom-xml-parts";
import { OpcPackage } from "../xlsx/opc-package";
import { readWorkbookProtection } from "../xlsx/workbook-protection";
import { readWorkbookStructure } from "../xlsx/workbook-structure";
import { putSheets } from "../xlsx/xlsx-writer";
import { XlsxReader } from "../xlsx/xlsx-reader";
import type { WorkbookPackageCodec } from "./memory-workbook";

export const xlsxPackageCodec: WorkbookPackageCodec = {
  read(bytes) {
    try {
      const pkg = OpcPackage.open(bytes);
      const reader = new XlsxReader(pkg);
      const sheetNames = reader.sheetNames();
      const grids = new Map<string, Grid>();
      for (const name of sheetNames) grids.set(name, reader.readGrid(name) ?? []);
      // The charts the sheets' drawings hold (a report's), for the preview to draw.
      const charts = new Map<string, SheetChart[]>();
      for (const entry of readWorkbookStructure(pkg).sheets) {
        if (!entry.isWorksheet) continue;
        const found = readSheetCharts(pkg, entry.path);
        if (found.length > 0) charts.set(entry.name, found);
      }
      return Promise.resolve({
        sheetNames,
        grids,
        charts,
        protection: readWorkbookProtection(pkg),
      });
    } catch (error: unknown) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },

  write(bytes, sheets) {
    try {
      const pkg = OpcPackage.open(bytes);
      putSheets(pkg, sheets, "replace");
      return Promise.resolve(pkg.toBytes());
    } catch (error: unknown) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },

  readCustomXml(bytes, namespace) {
    return attempt(() => readCustomXmlPart(OpcPackage.open(bytes), namespace));
  },

  writeCustomXml(bytes, namespace, xml) {
    return attempt(() => {
      const pkg = OpcPackage.open(bytes);
      writeCustomXmlPart(pkg, namespace, xml);
      return pkg.toBytes();
    });
  },

  patchCells(bytes, writes) {
    return attempt(() => {
      const pkg = OpcPackage.open(bytes);
      const entries = readWorkbookStructure(pkg).sheets;
      const bySheet = new Map<string, CellPatch[]>();
      for (const w of writes) {
        const list = bySheet.get(foldKey(w.sheet)) ?? [];
        list.push({ row: w.row, col: w.col, value: w.value });
        bySheet.set(foldKey(w.sheet), list);
      }
      for (const [key, patches] of bySheet) {
        const entry = entries.find((e) => foldKey(e.name) === key && e.isWorksheet);
        if (entry === undefined) throw new Error(`No worksheet "${key}"`);
        pkg.set(entry.path, patchSheetXml(pkg.getText(entry.path) ?? "", patches));
      }
      return pkg.toBytes();
    });
  },
};

/** Runs a synchronous step as a promise: a throw becomes a rejection, as the port promises. */
function attempt<T>(step: () => T): Promise<T> {
  try {
    return Promise.resolve(step());
  } catch (error: unknown) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
