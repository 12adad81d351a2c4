/** Test helpers: .xlsx bytes ⇄ zip parts, exceljs workbooks → bytes, hashes. */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export type Parts = Record<string, Uint8Array>;

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function unzipParts(bytes: Uint8Array): Parts {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/"))
  );
}

export function zipParts(parts: Parts): Uint8Array {
  return zipSync(parts);
}

export function text(parts: Parts, name: string): string {
  const bytes = parts[name];
  if (bytes === undefined) throw new Error(`no part ${name}`);
  return strFromU8(bytes);
}

export function setText(parts: Parts, name: string, value: string): void {
  parts[name] = strToU8(value);
}

/** Adds an Override to [Content_Types].xml. */
export function addContentType(parts: Parts, partName: string, type: string): void {
  const ct = text(parts, "[Content_Types].xml");
  setText(
    parts,
    "[Content_Types].xml",
    ct.replace("</Types>", `<Override PartName="${partName}" ContentType="${type}"/></Types>`)
  );
}

export async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
