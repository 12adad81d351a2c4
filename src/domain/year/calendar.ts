/**
 * The register's calendar (issue 11): the milestone dates of `Cấu hình` (`Hạn đăng ký`, `Hạn sơ
 * kết`, `Hạn tổng kết`, `Hạn xếp loại`, `Hạn nộp hồ sơ` and any other `Hạn …` row a user adds),
 * each defaulting from the register's year when empty. Everything is relative to the year and to
 * the run date, which the caller passes in (the domain never reads a clock).
 */
import { dayNumber, formatDate } from "../codec/cell-values";
import { SHEET } from "../codec/register-layout";
import type { Issue } from "../issue";
import { createIssue } from "../messages/create-issue";
import type { DateOnly, Settings } from "../model";
import { foldKey } from "../text/normalize";

/** The five milestones the plan of a movement sets; `custom` for rows a user adds. */
export type MilestoneKey = "pledge" | "midYear" | "yearEnd" | "rating" | "dossier" | "custom";

export interface Milestone {
  readonly key: MilestoneKey;
  /** The `Tham số` label as typed (or the standard label for a default). */
  readonly label: string;
  readonly date: DateOnly;
  /** A1 of the `Giá trị` cell, null when the date is a default. */
  readonly cell: string | null;
  /** True when `Cấu hình` has no date for it and the default from the year is used. */
  readonly isDefault: boolean;
}

interface StandardMilestone {
  readonly key: Exclude<MilestoneKey, "custom">;
  readonly label: string;
  /** Default day and month in the register's year (a province sets its own in `Cấu hình`). */
  readonly month: number;
  readonly day: number;
}

/**
 * Standard milestones with the defaults of the issue's plan: pledges by 31/01, sơ kết by 05/6,
 * tổng kết by 05/11, ratings before 05/12, dossiers to the province before 10/12.
 */
export const STANDARD_MILESTONES: readonly StandardMilestone[] = [
  { key: "pledge", label: "Hạn đăng ký", month: 1, day: 31 },
  { key: "midYear", label: "Hạn sơ kết", month: 6, day: 5 },
  { key: "yearEnd", label: "Hạn tổng kết", month: 11, day: 5 },
  { key: "rating", label: "Hạn xếp loại", month: 12, day: 5 },
  { key: "dossier", label: "Hạn nộp hồ sơ", month: 12, day: 10 },
];

export interface Calendar {
  readonly year: number;
  /** Every milestone, earliest first (equal dates keep the standard order). */
  readonly milestones: readonly Milestone[];
}

const SETTINGS_SHEET = SHEET.settings;
const MILESTONE_PREFIX = "hạn ";

/**
 * The calendar of a register's year, and an issue at each `Hạn …` cell that is not a date or
 * lies outside the year (a deadline of year y may fall in y + 1 at the latest). Null when the
 * register has no year.
 */
export function readCalendar(settings: Settings): {
  readonly calendar: Calendar | null;
  readonly issues: readonly Issue[];
} {
  const year = settings.year;
  if (year === null) return { calendar: null, issues: [] };
  const issues: Issue[] = [];
  const milestones: Milestone[] = [];
  const standardKeys = new Set(STANDARD_MILESTONES.map((m) => foldKey(m.label)));
  const dated = (
    key: MilestoneKey,
    fallbackLabel: string,
    settingKey: string
  ): Milestone | null => {
    const setting = settings.values.get(settingKey);
    if (setting === undefined || setting.value === null) return null;
    if (typeof setting.value !== "object") {
      // `Hạn đăng ký` is already reported by the settings codec.
      if (settingKey !== foldKey("Hạn đăng ký")) {
        issues.push(
          createIssue(
            "error",
            "invalid-milestone",
            { cell: setting.cell, label: setting.label, value: String(setting.value), year },
            { sheet: SETTINGS_SHEET, cell: setting.cell }
          )
        );
      }
      return null;
    }
    const date = setting.value;
    if (date.year < year || date.year > year + 1) {
      issues.push(
        createIssue(
          "warning",
          "milestone-outside-year",
          { cell: setting.cell, label: setting.label, date: formatDate(date), year },
          { sheet: SETTINGS_SHEET, cell: setting.cell }
        )
      );
    }
    return {
      key,
      label: setting.label || fallbackLabel,
      date,
      cell: setting.cell,
      isDefault: false,
    };
  };
  for (const standard of STANDARD_MILESTONES) {
    const found = dated(standard.key, standard.label, foldKey(standard.label));
    milestones.push(
      found ?? {
        key: standard.key,
        label: standard.label,
        date: { year, month: standard.month, day: standard.day },
        cell: null,
        isDefault: true,
      }
    );
  }
  for (const [key, setting] of settings.values) {
    if (!key.startsWith(MILESTONE_PREFIX) || standardKeys.has(key)) continue;
    const found = dated("custom", setting.label, key);
    if (found !== null) milestones.push(found);
  }
  const order = (m: Milestone): number => milestones.indexOf(m);
  milestones.sort((a, b) => dayNumber(a.date) - dayNumber(b.date) || order(a) - order(b));
  return { calendar: { year, milestones }, issues };
}

/** The milestone of a key (standard milestones always exist). */
export function milestoneOf(calendar: Calendar, key: Exclude<MilestoneKey, "custom">): Milestone {
  const found = calendar.milestones.find((m) => m.key === key);
  if (found === undefined) throw new Error(`calendar without milestone ${key}`); // invariant
  return found;
}

/** The first milestone on or after `today`, with the days left (0 on the day); null when all are past. */
export function nextMilestone(
  calendar: Calendar,
  today: DateOnly
): { readonly milestone: Milestone; readonly daysLeft: number } | null {
  const t = dayNumber(today);
  const milestone = calendar.milestones.find((m) => dayNumber(m.date) >= t);
  return milestone === undefined ? null : { milestone, daysLeft: dayNumber(milestone.date) - t };
}

/** True once `today` is after the milestone's day. */
export function isPast(milestone: Milestone, today: DateOnly): boolean {
  return dayNumber(today) > dayNumber(milestone.date);
}

/** The same day one year later (29/02 becomes 28/02). */
export function nextYearDate(date: DateOnly): DateOnly {
  const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const year = date.year + 1;
  const day = date.month === 2 && date.day === 29 && !leap(year) ? 28 : date.day;
  return { year, month: date.month, day };
}
