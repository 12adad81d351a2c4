/**
 * The one place that touches the Office.js globals: `Excel.run`, the requirement-set check and
 * `Excel.createWorkbook`. Everything else in the adapter receives an OfficeHost, so tests can hand
 * it a recording fake.
 */

export interface OfficeHost {
  /** Runs one batch against the open workbook (one `Excel.run`). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `ExcelApi` requirement set check; versions are strings ("1.9"), as Office expects. */
  supportsExcelApi(version: string): boolean;
  /**
   * Opens a new workbook from an .xlsx file's base64 (`Excel.createWorkbook`, ExcelApi 1.8);
   * absent where the host has no such call.
   */
  createWorkbook?(base64: string): Promise<void>;
}

/** The host inside Excel, after `Office.onReady`. */
export function excelHost(): OfficeHost {
  return {
    run: (batch) => Excel.run(batch),
    supportsExcelApi: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  };
}

/** The add-in's floor (manifest.xml asks for the same): older Excel cannot run it. */
export const MIN_EXCEL_API = "1.8";
