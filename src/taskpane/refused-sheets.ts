/**
 * The sheets to name when Excel refused a write: those of `writing` that are protected, as the
 * workbook says (so the notice names the one to unprotect, e.g. `Nhật ký` when its rows could not
 * be added); `otherwise` (the sheets being replaced) when none is (the workbook's structure is
 * locked) or the host cannot say.
 */
import type { WorkbookPort } from "../ports/workbook.port";

export async function refusedSheets(
  port: WorkbookPort,
  error: unknown,
  writing: readonly string[],
  otherwise: readonly string[] = writing
): Promise<readonly string[]> {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== "AccessDenied" || port.protectedSheets === undefined) return otherwise;
  try {
    const locked = await port.protectedSheets(writing);
    return locked.length > 0 ? locked : otherwise;
  } catch {
    return otherwise; // the failure is already being told; its sheets as best known
  }
}
