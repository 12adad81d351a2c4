/** `tdkt decisions`: how many rows, how many kept, and the reward budget per title. */
import type { DecisionSheetOutcome } from "../app/create-decision-sheet";
import { awardByKey } from "../domain/rulebook/award-catalogue";
import type { CliTexts } from "./messages/cli-texts";

export function decisionLines(
  result: Extract<DecisionSheetOutcome, { kind: "written" }>,
  t: CliTexts
): string[] {
  const gone = result.rows.filter((r) => !r.stillProposed).length;
  const lines = [
    t.decisions.sheet({ sheet: result.sheet, rows: result.rows.length, gone, kept: result.kept }),
  ];
  if (result.budget.length > 0) {
    lines.push(t.decisions.budgetHeading);
    for (const title of result.budget) {
      const award = awardByKey(title.award);
      lines.push(
        t.decisions.budget({
          award: award.shortName,
          // Said only for a title given to people and to units alike.
          kind: award.scope === "both" ? title.kind : null,
          count: title.count,
          multiple: title.multiple,
          amount: title.amount,
        })
      );
    }
    const total = result.budget.reduce((sum, title) => sum + title.amount, 0);
    lines.push(t.decisions.total({ amount: total }));
  }
  return lines;
}
