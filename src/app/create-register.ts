/** Use case "Tạo sổ": add the register's input sheets to the workbook, never touching existing ones. */
import { registerTemplateSheets } from "../domain/templates/register-template";
import type { WorkbookPort } from "../ports/workbook.port";

export async function createRegister(
  port: WorkbookPort
): Promise<{ readonly created: readonly string[]; readonly skipped: readonly string[] }> {
  return port.createSheets(registerTemplateSheets());
}
