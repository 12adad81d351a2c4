/**
 * The "Kiểm tra" marks: conditional formats over the cells that have issues. A conditional format
 * sits on top of a cell's own formatting without changing it, so removing ours restores every
 * cell exactly — even after the pane was closed, because the marks are found again by the marker
 * text in their rule, not remembered by the pane.
 */
import { foldKey } from "../../domain/text/normalize";
import type { HighlightCell, HighlightResult } from "../../ports/workbook.port";

/** Text every mark's rule carries, so `clearMarks` finds ours and never a user's own rule. */
export const MARK_TAG = "tdkt-danh-dau";
const MARKS = {
  error: { formula: `=LEN("${MARK_TAG}:error")>0`, fill: "#FFC7CE", font: "#9C0006" },
  warning: { formula: `=LEN("${MARK_TAG}:warning")>0`, fill: "#FFEB9C", font: "#9C5700" },
} as const;
/** Addresses per `getRanges` call; Excel limits the length of a multi-area address. */
const AREAS_PER_CALL = 200;

/**
 * Removes every mark from every unprotected sheet (a protected sheet cannot carry marks either),
 * and returns those sheets for `addMarks`. Four syncs whatever the workbook's size.
 */
export async function clearMarks(context: Excel.RequestContext): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  await context.sync();
  const unprotected = worksheets.items.filter((ws) => !ws.protection.protected);
  const collections = unprotected.map((ws) => {
    const formats = ws.getRange().conditionalFormats;
    formats.load("items/type");
    return formats;
  });
  await context.sync();
  const customs = collections.flatMap((c) => c.items.filter((cf) => cf.type === "Custom"));
  const rules = customs.map((cf) => {
    const rule = cf.custom.rule;
    rule.load("formula");
    return { cf, rule };
  });
  if (rules.length === 0) return unprotected;
  await context.sync();
  const ours = rules.filter(({ rule }) => rule.formula.includes(MARK_TAG));
  if (ours.length === 0) return unprotected;
  for (const { cf } of ours) cf.delete();
  await context.sync();
  return unprotected;
}

/** Marks the cells, worst severity per cell, on the given (unprotected) sheets. */
export async function addMarks(
  context: Excel.RequestContext,
  unprotected: readonly Excel.Worksheet[],
  cells: readonly HighlightCell[],
  supportsRangeAreas: boolean
): Promise<HighlightResult> {
  const worst = new Map<string, Map<string, "error" | "warning">>();
  const sheetNames = new Map<string, string>();
  for (const c of cells) {
    const key = foldKey(c.sheet);
    sheetNames.set(key, c.sheet);
    const bySheet = worst.get(key) ?? new Map<string, "error" | "warning">();
    const address = c.cell.toUpperCase();
    if (bySheet.get(address) !== "error") bySheet.set(address, c.severity);
    worst.set(key, bySheet);
  }
  const skippedSheets: string[] = [];
  let highlighted = 0;
  for (const [key, bySheet] of worst) {
    const ws = unprotected.find((s) => foldKey(s.name) === key);
    if (!ws) {
      skippedSheets.push(sheetNames.get(key) ?? key);
      continue;
    }
    for (const severity of ["error", "warning"] as const) {
      const addresses = [...bySheet].filter(([, s]) => s === severity).map(([a]) => a);
      highlighted += addresses.length;
      const mark = MARKS[severity];
      const targets: { conditionalFormats: Excel.ConditionalFormatCollection }[] = [];
      if (supportsRangeAreas) {
        for (let i = 0; i < addresses.length; i += AREAS_PER_CALL)
          targets.push(ws.getRanges(addresses.slice(i, i + AREAS_PER_CALL).join(",")));
      } else {
        for (const address of addresses) targets.push(ws.getRange(address));
      }
      for (const target of targets) {
        const cf = target.conditionalFormats.add("Custom");
        cf.custom.rule.formula = mark.formula;
        cf.custom.format.fill.color = mark.fill;
        cf.custom.format.font.color = mark.font;
        cf.priority = 0;
      }
    }
  }
  await context.sync();
  return { highlighted, skippedSheets };
}
