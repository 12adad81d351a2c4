/** Opening .xlsx bytes as a new workbook in Excel ("Sang năm mới": next year's register). */
import type { OfficeHost } from "./office-host";

/** `Excel.createWorkbook` arrived with ExcelApi 1.8; it is checked, not assumed. */
export const CREATE_WORKBOOK_API = "1.8";

/** Bytes as base64, in slices (a spread of a whole workbook would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE)
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

/** Whether this host can open a new workbook at all. */
export function canCreateWorkbook(host: OfficeHost): boolean {
  return host.createWorkbook !== undefined && host.supportsExcelApi(CREATE_WORKBOOK_API);
}

export async function openNewWorkbook(host: OfficeHost, bytes: Uint8Array): Promise<void> {
  if (host.createWorkbook === undefined) throw new Error("Excel.createWorkbook is not available");
  await host.createWorkbook(toBase64(bytes));
}
