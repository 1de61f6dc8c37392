/**
 * Calendar dates and date-times as the store can hold them. A string of the right shape is not
 * enough: "2023-02-30" (JavaScript's Date.parse rolls it over to 2 March) and year 0000 (which
 * PostgreSQL has no such year) pass a pattern and then fail in the database, far from the field.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Whether `text` is a real day of the calendar, YYYY-MM-DD, from year 1 to 9999. */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/**
 * Whether `text` is an ISO 8601 date, or date and time with an optional offset, that names a real
 * moment: a calendar date, hours to 23 (or 24:00:00, the day's end), minutes and seconds to 59,
 * an offset within ±14:59.
 */
export function isIsoDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m || !isCalendarDate(m[1]!)) return false;
  const [hour, minute, second] = [Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  if (minute > 59 || second > 59) return false;
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0))) return false;
  if (m[6] !== undefined && (Number(m[6]) > 14 || Number(m[7] ?? 0) > 59)) return false;
  return true;
}
