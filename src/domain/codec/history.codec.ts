/** `Lịch sử` → earlier titles, awards and ratings. */
import type { Grid } from "../grid";
import type { HistoryRecord } from "../model";
import { parseAwardName } from "./award-name";
import { missingCode, missingValue } from "./common-issues";
import type { CodeBook } from "./code-book";
import { HISTORY_COLUMNS, SHEET } from "./register-layout";
import { IssueLog, readTable, rowReaders, type RowReader } from "./table-reader";
import { AWARD_KIND_TEXT, parseAwardKind, parseRating } from "./vocabulary";

/** A year typed as a number or text: an integer within 1900–2100, else an issue and null. */
export function readYear<F extends string>(r: RowReader<F>, field: F): number | null {
  const year = r.number(field);
  if (year === null) return null;
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    r.invalid(field, "invalid-year", { value: String(year) });
    return null;
  }
  return year;
}

type HistoryField = (typeof HISTORY_COLUMNS)[number]["field"];

/** The award kinds a `Lịch sử` row may name (listed once, not once per row). */
const AWARD_KINDS: readonly string[] = Object.values(AWARD_KIND_TEXT);

/**
 * An achievement period must run forwards and end by the year of its decision (rules.md,
 * "Achievement periods"): `from` > `to`, or `to` > `Năm`, is an error at the row. Only `from`
 * given means `to` = `Năm`.
 */
function checkPeriod(
  r: RowReader<HistoryField>,
  year: number | null,
  from: number | null,
  to: number | null
): void {
  const end = to ?? (from !== null ? year : null);
  if (from !== null && end !== null && from > end) {
    r.invalid("periodFrom", "history-period-reversed", { from, to: end });
  }
  if (to !== null && year !== null && to > year) {
    r.invalid("periodTo", "history-period-after-award", { to, year });
  }
}

/** Reads `Lịch sử`: each row a title/award (by catalogue name) or a rating of an earlier year. */
export function readHistory(
  grid: Grid,
  sheet: string,
  subjects: CodeBook,
  log: IssueLog
): HistoryRecord[] {
  const table = readTable(grid, sheet, HISTORY_COLUMNS, log);
  const records: HistoryRecord[] = [];
  for (const r of rowReaders(grid, table, HISTORY_COLUMNS, log)) {
    const subject = subjects.canonical(r.code("subject"));
    const year = readYear(r, "year");
    const text = r.text("text");
    const awardKey = text === "" ? null : parseAwardName(text);
    const rating = text === "" || awardKey !== null ? null : parseRating(text);
    const decisionNo = r.text("decisionNo");
    const decisionDate = r.date("decisionDate");
    const periodFrom = readYear(r, "periodFrom");
    const periodTo = readYear(r, "periodTo");
    const awardKind =
      r.choice("awardKind", parseAwardKind, "invalid-award-kind", AWARD_KINDS) ?? "CONG_TRANG";
    if (subject === "") {
      missingCode(r, "subject", SHEET.history);
      continue;
    }
    if (year === null && r.isBlank("year")) missingValue(r, "year", "history", subject);
    if (text === "") missingValue(r, "text", "history", subject);
    if (text !== "" && awardKey === null && rating === null) {
      r.invalid("text", "unknown-award", { value: text, ratingAllowed: "yes" });
    }
    checkPeriod(r, year, periodFrom, periodTo);
    records.push({
      subject,
      year,
      text,
      awardKey,
      rating,
      decisionNo,
      decisionDate,
      periodFrom,
      periodTo,
      awardKind,
      src: r.src(),
    });
  }
  return records;
}
