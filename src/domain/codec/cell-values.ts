/**
 * Reading one cell's value as the contract allows it to be typed: codes as text, numbers with a
 * decimal comma, dates as real dates, Excel serials or text. Pure functions, no issues: the table
 * reader turns a failed parse into an issue at the cell.
 */
import type { CellValue } from "../grid";
import { isCellError } from "../grid";
import type { DateOnly } from "../model";
import { normalizeText } from "../text/normalize";

const BLANK = /^[\s\u00a0\u200b]*$/;

/** True for a cell that holds nothing: null, or text that is only white space. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && BLANK.test(value));
}

/**
 * A number as its shortest text: 12 → "12", 1.1 → "1.1", never "12.0" nor binary noise such as
 * "1.2000000000000002".
 */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(12)));
}

/** Any plain value as display text (dates as dd/mm/yyyy); errors and null as "". */
export function plainText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return formatDate(dateFromJs(value));
}

/** Result of parsing: the value, nothing (empty cell), or text that could not be read. */
export type Parsed<T> =
  | { readonly kind: "value"; readonly value: T }
  | { readonly kind: "empty" }
  | { readonly kind: "invalid"; readonly text: string };

const EMPTY = { kind: "empty" } as const;

/**
 * A number: a real number, or text such as "8,5", "8.5", "-2", "1 000" (spaces as thousands
 * separators). Booleans, dates and other text are invalid.
 */
export function parseNumberValue(value: CellValue | undefined): Parsed<number> {
  if (isBlank(value)) return EMPTY;
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "value", value }
      : { kind: "invalid", text: String(value) };
  }
  const text = plainText(value);
  if (typeof value !== "string") return { kind: "invalid", text };
  const compact = normalizeText(value).replace(/[\s\u202f]/g, "");
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return { kind: "invalid", text };
  return { kind: "value", value: Number(compact.replace(",", ".")) };
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * The calendar day of a JS Date. Adapters give dates at UTC midnight; a date a few hours off
 * (a zone applied on the way) is rounded to the nearest day rather than read as the day before.
 */
export function dateFromJs(date: Date): DateOnly {
  return dateFromTime(date.getTime());
}

const HALF_DAY_MS = 12 * 3600 * 1000;
const DAY_MS = 86_400_000;
/** The largest time a Date holds (ECMA-262, "Time Values and Time Range"). */
const MAX_TIME = 8.64e15;

/**
 * {@link dateFromJs} of a Date's time, by calendar arithmetic (H. Hinnant's days_from_civil
 * inverse): no Date made and none of its UTC fields asked for, once per distinct day of a
 * register's date columns.
 */
export function dateFromTime(time: number): DateOnly {
  const shifted = time + HALF_DAY_MS;
  if (!(Math.abs(shifted) <= MAX_TIME)) {
    // Out of a Date's range (or NaN): what the Date's fields say, NaN.
    const rounded = new Date(shifted);
    return {
      year: rounded.getUTCFullYear(),
      month: rounded.getUTCMonth() + 1,
      day: rounded.getUTCDate(),
    };
  }
  const days = Math.floor(shifted / DAY_MS) + 719_468; // days since 0000-03-01
  const era = Math.floor(days / 146_097);
  const dayOfEra = days - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Excel serial day number (1900 date system; serial 1 = 1900-01-01) → calendar day. */
export function dateFromSerial(serial: number): DateOnly | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  // Excel counts a phantom 1900-02-29 (serial 60): later serials count from 1899-12-30.
  const day = Math.floor(serial);
  if (day === 60) return null;
  const ms = (day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)) + day * 86400000;
  return dateFromJs(new Date(ms));
}

/**
 * A date: a real date, an Excel serial number, or text as dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy,
 * dd.mm.yyyy or yyyy-mm-dd. Impossible days (31/02/2024) are invalid.
 */
export function parseDateValue(value: CellValue | undefined): Parsed<DateOnly> {
  if (isBlank(value)) return EMPTY;
  if (value instanceof Date) return parsedDate(value.getTime());
  if (typeof value === "number") {
    const date = dateFromSerial(value);
    return date ? { kind: "value", value: date } : { kind: "invalid", text: numberText(value) };
  }
  const text = normalizeText(plainText(value));
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  let parts: [number, number, number] | null = null;
  if (m) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (parts && isValidDay(...parts)) {
    return { kind: "value", value: { year: parts[0], month: parts[1], day: parts[2] } };
  }
  return { kind: "invalid", text };
}

/**
 * The parse of a JS Date given by its time, one result per time: a register's date columns
 * repeat the same days (the .xlsx reader gives one Date per serial), and each result would
 * otherwise be a new day object kept for the whole analysis. The results are never changed.
 */
function parsedDate(time: number): Parsed<DateOnly> {
  const known = parsedDates.get(time);
  if (known !== undefined) return known;
  const parsed: Parsed<DateOnly> = Number.isNaN(time)
    ? { kind: "invalid", text: "" }
    : { kind: "value", value: dateFromTime(time) };
  if (parsedDates.size >= MAX_PARSED_DATES) parsedDates.clear();
  parsedDates.set(time, parsed);
  return parsed;
}

const parsedDates = new Map<number, Parsed<DateOnly>>();
const MAX_PARSED_DATES = 50_000;

/** dd/mm/yyyy, the way Vietnamese documents write a day. */
export function formatDate(date: DateOnly): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}

/** Days since 0001-01-01, for comparing and subtracting dates. */
export function dayNumber(date: DateOnly): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86400000);
}
