/**
 * Units' files in the pane (issue 12, items 1 and 2): "Xuất phiếu đơn vị" builds one .xlsx per
 * unit and offers them in one .zip download (the register is only read); "Gộp phiếu đơn vị"
 * reads the files the user picked with the project's .xlsx reader (the file maker) and merges their input cells
 * into the unit sheets (compare-and-set), writing the `Gộp phiếu` report and a `Nhật ký` row.
 */
import { MERGE_REPORT_SHEET } from "../../domain/unit-files/merge-report-sheet";
import { loadMoreActionsEngine } from "../more-actions-loader";
import type { ReturnedFile } from "../../domain/unit-files/plan-merge";
import type { WorkbookPort } from "../../ports/workbook.port";
import { MIME, type PaneFiles } from "../pane-files";
import type { ActionRunner } from "./useActionRunner";
import type { Strings } from "../strings.vi";
import { usePaneLanguage } from "../i18n";

/** A file the user picked: its name and a way to read its bytes (a browser File has both). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface UnitFileActions {
  readonly split: () => Promise<void>;
  readonly merge: (files: readonly PickedFile[]) => Promise<void>;
  /** False where the host cannot write single cells (the merge then says to use the CLI). */
  readonly canMerge: boolean;
}

export function useUnitFiles(
  port: WorkbookPort,
  runner: ActionRunner,
  files: PaneFiles | null
): UnitFileActions {
  // The `Gộp phiếu` report is written in the pane's language.
  const language = usePaneLanguage();
  return {
    canMerge: port.writeCells !== undefined && files !== null,
    split: () =>
      runner.run(
        "split",
        async () => {
          if (files === null) return { intent: "warning", text: (s) => s.unsupportedHere };
          const outcome = await (await loadMoreActionsEngine()).splitUnitFiles(port, language);
          if (outcome.kind === "unusable")
            return { intent: "warning", text: (s) => s.unusable(outcome.reason) };
          if (outcome.files.length === 0) return { intent: "info", text: (s) => s.splitNone };
          const maker = await files.load();
          const zip = maker.zip(
            outcome.files.map((f) => ({ name: f.fileName, data: maker.workbook(f.sheets) }))
          );
          const year = /-(\d{4})\.xlsx$/.exec(outcome.files[0]?.fileName ?? "")?.[1];
          const file = `phieu-don-vi${year === undefined ? "" : `-${year}`}.zip`;
          files.save(zip, file, MIME.zip);
          const count = outcome.files.length;
          return { intent: "success", text: (s) => s.splitDone(file, count) };
        },
        false
      ),
    merge: (picked) =>
      runner.run(
        "merge",
        async () => {
          if (picked.length === 0) return { intent: "warning", text: (s) => s.mergeNoFiles };
          if (port.writeCells === undefined || files === null)
            return { intent: "warning", text: (s) => s.unsupportedHere };
          const maker = await files.load();
          const returned: ReturnedFile[] = [];
          for (const file of picked) {
            try {
              const grids = await maker.readWorkbook(new Uint8Array(await file.arrayBuffer()));
              returned.push({ file: file.name, grids });
            } catch {
              const name = file.name;
              return { intent: "warning", text: (s) => s.mergeUnreadable(name) };
            }
          }
          const now = runner.audit();
          const outcome = await (
            await loadMoreActionsEngine()
          ).mergeUnitFiles(port, returned, {
            force: false,
            time: now.time,
            hostUser: now.hostUser,
            language,
          });
          if (outcome.kind === "unsupported")
            return { intent: "warning", text: (s) => s.unsupportedHere };
          await port.activateSheet(MERGE_REPORT_SHEET);
          const accepted = outcome.files.filter((f) => f.accepted).length;
          const cells = [...outcome.written.values()].reduce((a, b) => a + b, 0);
          const errors = outcome.findings.filter((f) => f.severity === "error").length;
          const warnings = outcome.findings.length - errors;
          return {
            intent: errors > 0 ? "warning" : "success",
            // A merge that refused some files still wrote its report: not a failure.
            ...(errors > 0 ? { title: (s: Strings) => s.mergeReviewTitle } : {}),
            text: (s) => s.mergeDone(accepted, picked.length, cells, errors, warnings),
          };
        },
        true
      ),
  };
}
