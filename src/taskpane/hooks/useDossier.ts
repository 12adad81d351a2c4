/**
 * "Lập hồ sơ" in the pane (issue 9): the dossier's print-ready sheets written into the workbook
 * (always possible) and the same documents as Word files in one .zip download (where the host
 * lets the pane download). The file maker (Word renderer, zip) is loaded only when asked for.
 */
import type { UnusableReason } from "../../domain/messages/unusable-reasons";
import { loadMoreActionsEngine } from "../more-actions-loader";
import { DOSSIER_SHEET_NAMES } from "../../domain/output/sheet-spec";
import type { WorkbookPort } from "../../ports/workbook.port";
import { MIME, type PaneFiles } from "../pane-files";
import type { ActionResult, ActionRunner } from "./useActionRunner";

export interface DossierActions {
  readonly writeSheets: () => Promise<void>;
  readonly downloadWord: () => Promise<void>;
}

function refused(reason: UnusableReason): ActionResult {
  return { intent: "warning", text: (s) => s.unusable(reason) };
}

export function useDossier(
  port: WorkbookPort,
  runner: ActionRunner,
  files: PaneFiles | null
): DossierActions {
  return {
    writeSheets: () =>
      runner.run(
        "dossierSheets",
        async () => {
          const result = await (
            await loadMoreActionsEngine()
          ).runRegister(port, "dossier", { audit: runner.audit() });
          if (result.outcome.kind === "unusable") return refused(result.outcome.reason);
          const sheets = result.written.filter((n) =>
            (DOSSIER_SHEET_NAMES as readonly string[]).includes(n)
          );
          const first = sheets[0];
          if (first !== undefined) await port.activateSheet(first);
          const warnings = result.dossier?.warnings ?? 0;
          const fingerprint = result.dossier?.lockFingerprint ?? null;
          return {
            intent: warnings > 0 ? "info" : "success",
            text: (s) =>
              s.dossierWritten(sheets.join(", "), warnings) +
              (fingerprint === null ? "" : s.dossierLocked(fingerprint)),
          };
        },
        true
      ),
    downloadWord: () =>
      runner.run(
        "dossierWord",
        async () => {
          if (files === null) return { intent: "warning", text: (s) => s.unsupportedHere };
          const engine = await loadMoreActionsEngine();
          const { outcome, dossier } = await engine.makeDossier(port);
          if (outcome.kind === "unusable") return refused(outcome.reason);
          if (dossier === null) return null;
          const maker = await files.load();
          const fileOf = (name: string): string => `${maker.safeFileName(name)}.docx`;
          const entries: { name: string; data: Uint8Array }[] = [
            {
              // From the on-demand engine: the name is in the document catalogue, kept out of the first load.
              name: `${engine.INDEX_FILE_NAME}.txt`,
              data: new TextEncoder().encode(
                engine.dossierIndexText(outcome.analysis.register, dossier, fileOf)
              ),
            },
          ];
          for (const doc of dossier.documents)
            entries.push({ name: fileOf(doc.fileName), data: await maker.docx(doc) });
          const year = outcome.analysis.register.settings.year;
          const file = `ho-so-de-nghi${year === null ? "" : `-${year}`}.zip`;
          files.save(maker.zip(entries), file, MIME.zip);
          const count = dossier.documents.length;
          return { intent: "success", text: (s) => s.dossierDownloaded(file, count) };
        },
        false
      ),
  };
}
