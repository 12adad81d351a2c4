/**
 * The memory workbook's package codec, made of the project's own browser-safe xlsx core: the same
 * reader and writer the CLI uses, so the preview reads and writes workbooks exactly as `tdkt` does.
 */
import type { Grid } from "../../domain/grid";
import { readCustomXmlPart, writeCustomXmlPart } from "../xlsx/custom-xml-parts";
import { OpcPackage } from "../xlsx/opc-package";
import { putSheets } from "../xlsx/xlsx-writer";
import { XlsxReader } from "../xlsx/xlsx-reader";
import type { WorkbookPackageCodec } from "./memory-workbook";

export const xlsxPackageCodec: WorkbookPackageCodec = {
  read(bytes) {
    try {
      const reader = new XlsxReader(OpcPackage.open(bytes));
      const sheetNames = reader.sheetNames();
      const grids = new Map<string, Grid>();
      for (const name of sheetNames) grids.set(name, reader.readGrid(name) ?? []);
      return Promise.resolve({ sheetNames, grids });
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
    return readCustomXmlPart(OpcPackage.open(bytes), namespace);
  },

  writeCustomXml(bytes, namespace, xml) {
    const pkg = OpcPackage.open(bytes);
    writeCustomXmlPart(pkg, namespace, xml);
    return pkg.toBytes();
  },
};
