/** `tdkt check`: the calendar's next milestone and each unit's pledge and score sheets. */
import type { Analysis } from "../domain/analyse-register";
import { formatDate } from "../domain/codec/cell-values";
import type { DateOnly } from "../domain/model";
import { nextMilestone, readCalendar } from "../domain/year/calendar";
import {
  unitProgress,
  type UnitSheetProgress,
  type UnitSheetStatus,
} from "../domain/year/unit-progress";

const STATUS_TEXT: Readonly<Record<UnitSheetStatus, string>> = {
  missing: "chưa có",
  in_progress: "đang điền",
  valid: "hợp lệ",
  invalid: "có lỗi",
};

function sheetText(what: string, p: UnitSheetProgress): string {
  const late =
    p.late && p.dueBy !== null ? ` — TRỄ HẠN (${p.dueBy.label} ${formatDate(p.dueBy.date)})` : "";
  return `${what} ${STATUS_TEXT[p.status]}${late}`;
}

/** Lines for the calendar and the units on `today`; none when the register has no year. */
export function calendarLines(analysis: Analysis, today: DateOnly): string[] {
  const { calendar } = readCalendar(analysis.register.settings);
  if (calendar === null) return [];
  const next = nextMilestone(calendar, today);
  const lines = [
    next === null
      ? `Lịch năm ${calendar.year}: đã qua mọi mốc (ngày chạy ${formatDate(today)}).`
      : `Lịch năm ${calendar.year}: mốc tiếp theo ${next.milestone.label} ${formatDate(next.milestone.date)}` +
        (next.daysLeft === 0 ? " (hôm nay)." : ` (còn ${next.daysLeft} ngày).`),
  ];
  const units = unitProgress(analysis.register, analysis.issues, calendar, today);
  const late = units.filter((u) => u.pledge.late || u.score.late).length;
  if (units.length > 0) {
    lines.push(
      `Phiếu của đơn vị (ngày ${formatDate(today)}): ${late === 0 ? "không đơn vị nào trễ hạn" : `${late} đơn vị trễ hạn`}.`
    );
  }
  for (const u of units) {
    lines.push(
      `  ${u.code}: ${sheetText("đăng ký", u.pledge)}; ${sheetText("chấm điểm", u.score)}`
    );
  }
  return lines;
}

/** The user's calendar day of a JS date (local time). */
export function localDay(date: Date): DateOnly {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
