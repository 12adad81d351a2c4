import type { Issue } from "../../issue";
import { dayNumber, formatDate } from "../../codec/cell-values";
import type { DateOnly, HistoryRecord, Settings, Source } from "../../model";
import { SETTING_LABELS, SHEET } from "../../codec/register-layout";
import { foldKey } from "../../text/normalize";
import { cellOf, makeIssue, type ValidationRule } from "../rule";

/**
 * Years and dates within the register's time: history is of earlier years, and no decision or
 * recognition is dated after the day of assessment (or after the emulation year when that day
 * is not set).
 */
export const datesRule: ValidationRule = {
  id: "dates",
  description: `History years before ${SETTING_LABELS.year}; decision and recognition dates not after ${SETTING_LABELS.assessmentDate}.`,
  check: ({ register }) => {
    const issues: Issue[] = [];
    const { year, assessmentDate } = register.settings;
    const limit: DateOnly | null =
      assessmentDate ?? (year === null ? null : { year, month: 12, day: 31 });
    const limitDay = limit === null ? null : dayNumber(limit);
    const late = (
      src: Source,
      field: string,
      date: DateOnly | null,
      what: "decision" | "recognition"
    ): void => {
      if (date === null || limitDay === null || dayNumber(date) <= limitDay) return;
      const cell = cellOf(src, field);
      issues.push(
        makeIssue("error", "date-out-of-range", src, cell, {
          cell: cell ?? "",
          what,
          date: formatDate(date),
          limit: assessmentDate ? formatDate(assessmentDate) : String(year ?? ""),
          limitKind: assessmentDate ? "assessment-date" : "year",
        })
      );
    };
    // Indexed: no iterator result per row of a long sheet (the loop runs once, unoptimised).
    for (let k = 0; k < register.history.length; k++) {
      const h = register.history[k] as HistoryRecord;
      if (year !== null && h.year !== null && h.year > year) {
        const cell = cellOf(h.src, "year");
        issues.push(
          makeIssue("error", "history-year-out-of-range", h.src, cell, {
            cell: cell ?? "",
            year: h.year,
            registerYear: year,
          })
        );
      }
      late(h.src, "decisionDate", h.decisionDate, "decision");
    }
    for (const i of register.initiatives)
      late(i.src, "recognisedOn", i.recognisedOn, "recognition");
    issues.push(...settingDates(register.settings));
    return issues;
  },
};

/**
 * The pledge deadline falls in the emulation year or just before it, the assessment in that year
 * or early the next: anything else is most likely a mistyped year (a warning).
 */
function settingDates(settings: Settings): Issue[] {
  const { year } = settings;
  if (year === null) return [];
  const checks = [
    {
      label: SETTING_LABELS.pledgeDeadline,
      date: settings.pledgeDeadline,
      years: [year - 1, year],
    },
    {
      label: SETTING_LABELS.assessmentDate,
      date: settings.assessmentDate,
      years: [year, year + 1],
    },
  ];
  const issues: Issue[] = [];
  for (const { label, date, years } of checks) {
    if (date === null || years.includes(date.year)) continue;
    const cell = settings.values.get(foldKey(label))?.cell ?? null;
    issues.push(
      makeIssue("warning", "setting-date-out-of-year", { sheet: SHEET.settings }, cell, {
        cell: cell ?? "",
        label,
        date: formatDate(date),
        years: years.join(" / "),
        year,
      })
    );
  }
  return issues;
}
