/**
 * Writing sheets through Office.js, all or nothing: each sheet is built on a hidden temporary
 * sheet, in as few syncs as the 5 MB request limit allows, and swapped in at the end of the last
 * one (old output sheet deleted, temporary renamed), so a failure midway leaves no half-written
 * sheet. In "create" mode existing sheets are never touched.
 */
import { pageBreakRows, type OutputSheet } from "../../domain/output/sheet-spec";
import { columnLetter } from "../../domain/grid";
import { needsListSheet, placeLists } from "./dropdown-lists";
import type { OfficeHost } from "./office-host";
import { queueFormatting, queuePageBreaks, queuePrintSetup } from "./sheet-format";
import { LISTS_SHEET, TEMP_SHEET_PREFIX, findByName } from "./sheet-names";
import { blockAddress, groupForSyncs, planSheet } from "./write-plan";
import { queueCharts } from "./charts";

function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export type WriteMode = "replace" | "create";

export interface WriteResult {
  readonly created: readonly string[];
  readonly skipped: readonly string[];
}

/** Removes temporary sheets a failed write left behind (its own batch, after the failure). */
async function removeTempSheets(host: OfficeHost): Promise<void> {
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const temps = sheets.items.filter((s) => s.name.startsWith(TEMP_SHEET_PREFIX));
    if (temps.length === 0) return;
    for (const s of temps) s.delete();
    await context.sync();
  });
}

export async function writeSheets(
  host: OfficeHost,
  specs: readonly OutputSheet[],
  mode: WriteMode
): Promise<WriteResult> {
  const supports19 = host.supportsExcelApi("1.9");
  try {
    return await host.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/position");
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();

      const existing = worksheets.items;
      const leftovers = existing.filter((s) => s.name.startsWith(TEMP_SHEET_PREFIX));
      const live = existing.filter((s) => !s.name.startsWith(TEMP_SHEET_PREFIX));
      const skipped: string[] = [];
      const targets: OutputSheet[] = [];
      for (const spec of specs) {
        // The same name twice in one call is written once (the first), as if it already existed.
        const twice = findByName(targets, spec.name) !== undefined;
        if (twice || (mode === "create" && findByName(live, spec.name))) skipped.push(spec.name);
        else targets.push(spec);
      }
      if (targets.length === 0) return { created: [], skipped };

      const plans = targets.map((spec) => planSheet(spec));
      const listsSheet = live.find((s) => s.name === LISTS_SHEET);
      const wantsListSheet = plans.some((p) =>
        (p.spec.validations ?? []).some((v) => needsListSheet(v.list))
      );
      let existingLists: readonly (readonly unknown[])[] = [];
      if (wantsListSheet && listsSheet) {
        const used = listsSheet.getUsedRangeOrNullObject(true);
        used.load("values");
        await context.sync();
        if (!used.isNullObject) existingLists = used.values;
      }
      const lists = placeLists(plans, existingLists);

      const takenTables = new Set(tables.items.map((t) => t.name.toLowerCase()));
      const tableNames = plans.map((p) =>
        p.spec.table ? uniqueTableName(p.spec.table.name, takenTables) : null
      );

      for (const s of leftovers) s.delete();
      const usedNames = new Set(existing.map((s) => s.name));
      let counter = 1;
      const temps = plans.map(() => {
        while (usedNames.has(`${TEMP_SHEET_PREFIX}${counter}`)) counter++;
        const name = `${TEMP_SHEET_PREFIX}${counter++}`;
        const temp = worksheets.add(name);
        // Hidden while it is being written: no half-built tab flashes in the tab bar.
        temp.visibility = "Hidden";
        return temp;
      });

      if (lists.columns.size > 0) {
        const target = listsSheet ?? worksheets.add(LISTS_SHEET);
        if (!listsSheet) target.visibility = "VeryHidden";
        for (const placed of lists.columns.values()) {
          if (!placed.write || placed.items.length === 0) continue;
          const letter = columnLetter(placed.column);
          const range = target.getRange(`${letter}1:${letter}${placed.items.length}`);
          range.numberFormat = placed.items.map(() => ["@"]);
          range.values = placed.items.map((item) => [item]);
        }
      }

      const groups = groupForSyncs(plans);
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g];
        if (!group) continue;
        for (const item of group.items) {
          const plan = plans[item.sheet];
          const ws = temps[item.sheet];
          if (!plan || !ws) continue;
          if (item.kind === "format") {
            queueFormatting(ws, plan, lists, tableNames[item.sheet] ?? null);
            continue;
          }
          const range = ws.getRange(blockAddress(item.block, plan.columnCount));
          // Number formats go before values: a Text ("@") cell keeps "=…", "+84…" or "0123"
          // as typed; formatting (fonts, fills, borders) follows the values.
          range.numberFormat = item.block.formats;
          range.values = item.block.values;
        }
        if (g === groups.length - 1) {
          const removed = new Set(leftovers.map((s) => s.name));
          let remaining = live.filter((s) => !removed.has(s.name));
          plans.forEach((plan, i) => {
            const ws = temps[i];
            if (!ws) return;
            const old = mode === "replace" ? findByName(remaining, plan.spec.name) : undefined;
            if (old) {
              // Positions as loaded, less the leftovers deleted before it in this batch.
              const before = leftovers.filter((l) => l.position < old.position).length;
              ws.position = old.position - before;
              old.delete();
              remaining = remaining.filter((s) => s !== old);
            }
            ws.name = plan.spec.name;
            ws.visibility = "Visible";
            if ((plan.spec.charts ?? []).length > 0) queueCharts(ws, plan.spec.charts ?? []);
            const protection = plan.spec.protection;
            if (protection) {
              for (const editable of protection.editableRanges)
                ws.getRange(editable).format.protection.locked = false;
              // No password: the secretariat can lift it from Review › Unprotect Sheet.
              ws.protection.protect({
                allowFormatColumns: true,
                allowFormatRows: true,
                allowAutoFilter: true,
                allowSort: true,
              });
            }
          });
        }
        context.application.suspendApiCalculationUntilNextSync();
        if (supports19) context.application.suspendScreenUpdatingUntilNextSync();
        // One sync per ≤ 4 MB group: a register below the budget writes everything in one.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      const breaks = plans.map((p) => pageBreakRows(p.spec));
      if (supports19 && plans.some((p, i) => p.spec.print || (breaks[i] ?? []).length > 0)) {
        // Page breaks belong to the print setup: best effort, in the same last sync.
        plans.forEach((plan, i) => {
          const ws = temps[i];
          if (!ws) return;
          if (plan.spec.print) queuePrintSetup(ws, plan.spec.print);
          queuePageBreaks(ws, breaks[i] ?? []);
        });
        try {
          await context.sync();
        } catch {
          // The sheets are written; only their print setup was refused by this host.
        }
      }
      return { created: plans.map((p) => p.spec.name), skipped };
    });
  } catch (error) {
    await removeTempSheets(host).catch(() => undefined);
    throw error;
  }
}
