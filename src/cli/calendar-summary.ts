/** `tdkt check`: the calendar's next milestone and each unit's pledge and score sheets. */
import type { Analysis } from "../domain/analyse-register";
import type { DateOnly } from "../domain/model";
import { nextMilestone, readCalendar } from "../domain/year/calendar";
import { unitProgress, type UnitSheetProgress } from "../domain/year/unit-progress";
import type { CliTexts } from "./messages/cli-texts";

function sheetText(p: UnitSheetProgress, t: CliTexts): string {
  const late =
    p.late && p.dueBy !== null ? t.calendar.late({ label: p.dueBy.label, date: p.dueBy.date }) : "";
  return `${t.calendar.status({ status: p.status })}${late}`;
}

/** Lines for the calendar and the units on `today`; none when the register has no year. */
export function calendarLines(analysis: Analysis, today: DateOnly, t: CliTexts): string[] {
  const { calendar } = readCalendar(analysis.register.settings);
  if (calendar === null) return [];
  const next = nextMilestone(calendar, today);
  const lines = [
    next === null
      ? t.calendar.allPast({ year: calendar.year, today })
      : t.calendar.next({
          year: calendar.year,
          label: next.milestone.label,
          date: next.milestone.date,
          daysLeft: next.daysLeft,
        }),
  ];
  const units = unitProgress(analysis.register, analysis.issues, calendar, today);
  const late = units.filter((u) => u.pledge.late || u.score.late).length;
  if (units.length > 0) lines.push(t.calendar.units({ today, late }));
  for (const u of units) {
    lines.push(
      t.calendar.unit({
        code: u.code,
        pledge: sheetText(u.pledge, t),
        score: sheetText(u.score, t),
      })
    );
  }
  return lines;
}

/** The user's calendar day of a JS date (local time). */
export function localDay(date: Date): DateOnly {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
