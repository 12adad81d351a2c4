/**
 * Use case "Tạo trang Quyết định" / `tdkt decisions` (issue 11): the `Quyết định` sheet from the
 * current proposals, keeping what people typed in it, with the reward budget per title.
 */
import { analyseRegister } from "../domain/analyse-register";
import type { Analysis } from "../domain/analyse-register";
import type { Unusable } from "../domain/unusable";
import { buildDecisionSheet, type DecisionRow } from "../domain/year/decision-sheet";
import { resolveRewards, totalRewards, type RewardTotal } from "../domain/year/rewards";
import type { Language } from "../domain/messages/language";
import type { WorkbookPort } from "../ports/workbook.port";
import { AUDIT_ACTIONS } from "../domain/integrity/audit-log";
import { logAction, type AuditContext } from "./audit-trail";
import { readInputGrids } from "./read-workbook";

export type DecisionSheetOutcome =
  | {
      readonly kind: "written";
      readonly analysis: Analysis;
      readonly sheet: string;
      readonly rows: readonly DecisionRow[];
      /** Rows whose typed cells were carried over from the sheet as it was. */
      readonly kept: number;
      /** Rewards of the proposed rows, per title. */
      readonly budget: readonly RewardTotal[];
    }
  | Unusable;

export async function createDecisionSheet(
  port: WorkbookPort,
  options: {
    readonly audit?: AuditContext;
    /** The sheet's title, note and budget labels (Vietnamese by default). */
    readonly language?: Language;
  } = {}
): Promise<DecisionSheetOutcome> {
  const outcome = analyseRegister(await readInputGrids(port));
  if (outcome.kind === "unusable") return outcome;
  const { analysis } = outcome;
  const { rewards } = resolveRewards(analysis.register.settings);
  const built = buildDecisionSheet(
    analysis.register,
    analysis.proposals,
    rewards,
    options.language
  );
  await port.writeOutputSheets([built.sheet]);
  await logAction(port, options.audit, analysis.register.settings, {
    action: AUDIT_ACTIONS.decisions,
    sheets: [built.sheet.name],
    counts: `${built.rows.length} dòng, giữ ${built.kept} dòng đã nhập`,
  });
  return {
    kind: "written",
    analysis,
    sheet: built.sheet.name,
    rows: built.rows,
    kept: built.kept,
    budget: totalRewards(
      built.rows.filter((r) => r.stillProposed).map((r) => ({ award: r.award, kind: r.kind })),
      rewards
    ),
  };
}
