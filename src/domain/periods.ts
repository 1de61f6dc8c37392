/**
 * Periods (kỳ báo cáo): a year, a quarter, a month, the first months of a year (6 tháng đầu năm,
 * 9 tháng), and a term (nhiệm kỳ 2020-2025, whose base year is its first year).
 *
 * Codes: `2023`, `2023-Q3`, `2023-07`, `2023-YTD9` (first 9 months), `2020-2025` (a term).
 */
import type { DisplayLocale } from "./numbers.ts";

export type Period =
  | { kind: "year"; year: number }
  | { kind: "quarter"; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: "month"; year: number; month: number }
  | { kind: "ytd"; year: number; months: number }
  | { kind: "term"; from: number; to: number };

export class PeriodError extends Error {
  readonly text: string;
  constructor(text: string, reason: string) {
    super(`"${text}" is not a period: ${reason}`);
    this.name = "PeriodError";
    this.text = text;
  }
}

const YEAR_MIN = 1945;
const YEAR_MAX = 2200;

function checkYear(text: string, year: number): number {
  if (year < YEAR_MIN || year > YEAR_MAX) throw new PeriodError(text, `year out of ${YEAR_MIN}-${YEAR_MAX}`);
  return year;
}

/** Reads a period code (see the module comment). */
export function parsePeriod(code: string): Period {
  const text = code.trim();
  let m = /^(\d{4})$/.exec(text);
  if (m) return { kind: "year", year: checkYear(code, Number(m[1])) };
  m = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (m)
    return { kind: "quarter", year: checkYear(code, Number(m[1])), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  m = /^(\d{4})-YTD(\d{1,2})$/i.exec(text);
  if (m) {
    const months = Number(m[2]);
    if (months < 1 || months > 12) throw new PeriodError(code, "year-to-date months must be 1-12");
    return { kind: "ytd", year: checkYear(code, Number(m[1])), months };
  }
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new PeriodError(code, "month must be 01-12");
    return { kind: "month", year: checkYear(code, Number(m[1])), month };
  }
  m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(text);
  if (m) {
    const from = checkYear(code, Number(m[1]));
    const to = checkYear(code, Number(m[2]));
    if (to <= from) throw new PeriodError(code, "a term ends after it starts");
    return { kind: "term", from, to };
  }
  throw new PeriodError(code, "expected 2023, 2023-Q3, 2023-07, 2023-YTD9 or 2020-2025");
}

/** The code of a period, the inverse of {@link parsePeriod}. */
export function periodCode(period: Period): string {
  switch (period.kind) {
    case "year":
      return String(period.year);
    case "quarter":
      return `${period.year}-Q${period.quarter}`;
    case "month":
      return `${period.year}-${String(period.month).padStart(2, "0")}`;
    case "ytd":
      return `${period.year}-YTD${period.months}`;
    case "term":
      return `${period.from}-${period.to}`;
  }
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** First and last day of a period, as ISO dates. A term runs from its base year to its end year. */
export function periodBounds(period: Period): { start: string; end: string } {
  switch (period.kind) {
    case "year":
      return { start: `${period.year}-01-01`, end: `${period.year}-12-31` };
    case "quarter": {
      const first = (period.quarter - 1) * 3 + 1;
      const last = first + 2;
      return {
        start: `${period.year}-${pad(first)}-01`,
        end: `${period.year}-${pad(last)}-${pad(lastDay(period.year, last))}`,
      };
    }
    case "month":
      return {
        start: `${period.year}-${pad(period.month)}-01`,
        end: `${period.year}-${pad(period.month)}-${pad(lastDay(period.year, period.month))}`,
      };
    case "ytd":
      return {
        start: `${period.year}-01-01`,
        end: `${period.year}-${pad(period.months)}-${pad(lastDay(period.year, period.months))}`,
      };
    case "term":
      return { start: `${period.from}-01-01`, end: `${period.to}-12-31` };
  }
}

/** Whether an ISO date falls inside a period. */
export function periodContains(period: Period, date: string): boolean {
  const { start, end } = periodBounds(period);
  const day = date.slice(0, 10);
  return day >= start && day <= end;
}

/** Whether period `inner` lies wholly inside `outer`: 2024 inside 2021-2025, or 2024 itself. */
export function periodWithin(inner: Period, outer: Period): boolean {
  const a = periodBounds(inner);
  const b = periodBounds(outer);
  return a.start >= b.start && a.end <= b.end;
}

/**
 * Years of a term: the base year (năm gốc) is its first year, whose value is the starting point;
 * the years that count are the ones after it (2020-2025 counts 2021…2025, five years).
 */
export function termYears(term: Extract<Period, { kind: "term" }>): { base: number; years: number[] } {
  const years: number[] = [];
  for (let y = term.from + 1; y <= term.to; y++) years.push(y);
  return { base: term.from, years };
}

/**
 * Whole years of a term elapsed at a date, counting a year once its results are in: a review on
 * 23/09/2023 of 2020-2025 counts 2021, 2022 and 2023 (the year under way, on estimates).
 */
export function termYearsElapsed(term: Extract<Period, { kind: "term" }>, at: string): number {
  const year = Number(at.slice(0, 4));
  return Math.max(0, Math.min(term.to, year) - term.from);
}

const VI_MONTHS_WORD = "tháng";

/** A period as people write it: "năm 2023", "quý III/2023", "9 tháng đầu năm 2023", "nhiệm kỳ 2020-2025". */
export function formatPeriod(period: Period, locale: DisplayLocale): string {
  const roman = ["I", "II", "III", "IV"];
  if (locale === "vi") {
    switch (period.kind) {
      case "year":
        return `năm ${period.year}`;
      case "quarter":
        return `quý ${roman[period.quarter - 1]}/${period.year}`;
      case "month":
        return `${VI_MONTHS_WORD} ${period.month}/${period.year}`;
      case "ytd":
        return period.months === 12
          ? `năm ${period.year}`
          : `${period.months} ${VI_MONTHS_WORD} đầu năm ${period.year}`;
      case "term":
        return `nhiệm kỳ ${period.from}-${period.to}`;
    }
  }
  switch (period.kind) {
    case "year":
      return String(period.year);
    case "quarter":
      return `Q${period.quarter} ${period.year}`;
    case "month":
      return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
        new Date(Date.UTC(period.year, period.month - 1, 1)),
      );
    case "ytd":
      return period.months === 12 ? String(period.year) : `first ${period.months} months of ${period.year}`;
    case "term":
      return `${period.from}-${period.to} term`;
  }
}
