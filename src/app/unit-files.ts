/**
 * Use cases "Xuất phiếu đơn vị" and "Gộp phiếu đơn vị" (issue 12, items 1 and 2). Splitting only
 * reads the register. Merging writes the cells the plan can apply cleanly in one compare-and-set
 * batch (a cell a co-author changed meanwhile is reported, not overwritten), creates the unit
 * sheets the register lacks, rewrites the merge report and appends one row to `Nhật ký`.
 */
import { AUDIT_ACTIONS } from "../domain/integrity/audit-log";
import { readRegister } from "../domain/codec/read-register";
import { buildMergeReportSheet, MERGE_REPORT_SHEET } from "../domain/unit-files/merge-report-sheet";
import {
  planMerge,
  type MergeFinding,
  type MergedFile,
  type ReturnedFile,
} from "../domain/unit-files/plan-merge";
import { splitRegister, type SplitOutcome } from "../domain/unit-files/split-register";
import type { Language } from "../domain/messages/language";
import { mergeFinding } from "../domain/messages/merge-finding-text";
import type { WorkbookPort } from "../ports/workbook.port";
import { actorName, recordAction } from "./audit-trail";
import { readInputGrids } from "./read-workbook";

/** The units' files, their instruction sheets in `language` (Vietnamese by default). */
export async function splitUnitFiles(
  port: WorkbookPort,
  language: Language = "vi"
): Promise<SplitOutcome> {
  return splitRegister(await readInputGrids(port), language);
}

export interface MergeOptions {
  readonly force: boolean;
  /** The time of the action, already formatted for the log. */
  readonly time: string;
  readonly hostUser: string | null;
  /** The language of the `Gộp phiếu` report (the pane's, or the CLI's `--lang`); Vietnamese by default. */
  readonly language?: Language;
}

export type MergeOutcome =
  | {
      readonly kind: "merged";
      readonly files: readonly MergedFile[];
      readonly written: ReadonlyMap<string, number>;
      readonly createdSheets: readonly string[];
      readonly findings: readonly MergeFinding[];
    }
  | { readonly kind: "unsupported" };

export async function mergeUnitFiles(
  port: WorkbookPort,
  returned: readonly ReturnedFile[],
  options: MergeOptions
): Promise<MergeOutcome> {
  if (port.writeCells === undefined) return { kind: "unsupported" };
  const grids = await readInputGrids(port);
  const plan = planMerge(grids, returned, { force: options.force });
  const findings: MergeFinding[] = [...plan.findings];
  const written = new Map<string, number>();
  if (plan.cells.length > 0) {
    const result = await port.writeCells(plan.cells);
    const missed = new Set(result.changedMeanwhile.map((u) => `${u.sheet}!${u.cell}`));
    for (const cell of plan.cells) {
      if (missed.has(`${cell.sheet}!${cell.cell}`)) {
        findings.push(
          mergeFinding(
            "error",
            "changed-meanwhile",
            {},
            {
              file: cell.file,
              unit: cell.unit,
              sheet: cell.sheet,
              cell: cell.cell,
            }
          )
        );
      } else written.set(cell.file, (written.get(cell.file) ?? 0) + 1);
    }
  }
  let createdSheets: readonly string[] = [];
  if (plan.newSheets.length > 0) {
    createdSheets = (await port.createSheets(plan.newSheets)).created;
  }
  await port.writeOutputSheets([
    buildMergeReportSheet(
      { time: options.time, files: plan.files, written, findings },
      options.language ?? "vi"
    ),
  ]);
  const total = [...written.values()].reduce((a, b) => a + b, 0);
  const merged = plan.files.filter((f) => f.accepted).length;
  const touched = [
    ...new Set(plan.cells.map((c) => c.sheet)),
    ...createdSheets,
    MERGE_REPORT_SHEET,
  ];
  await recordAction(port, {
    time: options.time,
    action: AUDIT_ACTIONS.merge,
    sheets: touched,
    counts: `${merged}/${plan.files.length} tệp, ${total} ô`,
    fingerprint: "",
    by: actorName(readRegister(grids).register.settings, options.hostUser),
  });
  return { kind: "merged", files: plan.files, written, createdSheets, findings };
}
