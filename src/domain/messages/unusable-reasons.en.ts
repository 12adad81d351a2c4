/** English wording of why a register cannot be used (the register's own words as it writes them). */
import type { UnusableReasonCatalogue } from "./unusable-reasons";

export const UNUSABLE_REASONS_EN: UnusableReasonCatalogue = {
  "missing-sheets": (p) => `Required sheets are missing: ${p.sheets.join(", ")}.`,
  "no-year": () => "The register has no year yet (the Năm setting on the Cấu hình sheet).",
};
