/**
 * Which actions can run now, and if not, the reason shown under the disabled button. Decided
 * from the last overview; each action still reads the workbook fresh when it runs.
 */
import type { RegisterOverview } from "../app/register-overview";
import type { Strings } from "./strings.vi";

export type ActionId = "createRegister" | "createUnitSheets" | "check" | "score" | "propose";

export interface Availability {
  readonly enabled: boolean;
  /** Why it cannot run; null when enabled. */
  readonly reason: string | null;
  /**
   * True when the action cannot run because its work is already done (every sheet present):
   * good news, shown in a neutral colour rather than as a problem.
   */
  readonly settled?: boolean;
}

const OK: Availability = { enabled: true, reason: null };
const no = (reason: string): Availability => ({ enabled: false, reason });
const done = (reason: string): Availability => ({ enabled: false, reason, settled: true });

export function actionAvailability(
  action: ActionId,
  overview: RegisterOverview | null,
  state: { readonly busy: boolean; readonly loading: boolean },
  strings: Strings
): Availability {
  if (state.busy) return no(strings.reasonBusy);
  if (overview === null)
    return no(state.loading ? strings.reasonLoading : strings.reasonNoOverview);
  const missing = overview.missingRequired;
  if (action === "createRegister")
    return overview.inputSheets.every((s) => s.present) ? done(strings.reasonRegisterComplete) : OK;
  if (missing.length > 0) return no(strings.reasonMissingSheets(missing.join(", ")));
  switch (action) {
    case "createUnitSheets":
      if (overview.counts.units === 0) return no(strings.reasonNoUnits);
      if (overview.units.every((u) => u.pledge !== "missing" && u.score !== "missing"))
        return done(strings.reasonAllUnitSheets);
      return OK;
    case "score":
      if (overview.counts.criteria === 0) return no(strings.reasonNoCriteria);
      return overview.counts.scoreSheets === 0 ? no(strings.reasonNoScoreSheets) : OK;
    case "check":
    case "propose":
      return OK;
  }
}
