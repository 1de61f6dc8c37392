/**
 * Period codes the store accepts, and the dates they cover: a year "2023", a quarter "2023-Q2",
 * a month "2023-06", a year-to-date "2023-M06" (6 tháng đầu năm) and a term "2020-2025".
 */
const PATTERNS = {
  year: /^(\d{4})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  ytd: /^(\d{4})-M(0[1-9]|1[0-2])$/,
  term: /^(\d{4})-(\d{4})$/,
} as const;

export const PERIOD_PATTERN = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])|-M(0[1-9]|1[0-2])|-\d{4})?$/;
export const PERIOD_HINT =
  'a year "2023", quarter "2023-Q2", month "2023-06", year-to-date "2023-M06" or term "2020-2025"';

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function isPeriod(code: string): boolean {
  const term = PATTERNS.term.exec(code);
  if (term) return Number(term[2]) > Number(term[1]) && Number(term[2]) - Number(term[1]) <= 10;
  return PERIOD_PATTERN.test(code);
}

/** First and last day (YYYY-MM-DD) of a period. */
export function periodBounds(code: string): { start: string; end: string } {
  let m = PATTERNS.year.exec(code);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = PATTERNS.quarter.exec(code);
  if (m) {
    const q = Number(m[2]);
    const endMonth = q * 3;
    return {
      start: `${m[1]}-${pad(endMonth - 2)}-01`,
      end: `${m[1]}-${pad(endMonth)}-${lastDay(Number(m[1]), endMonth)}`,
    };
  }
  m = PATTERNS.month.exec(code);
  if (m)
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${lastDay(Number(m[1]), Number(m[2]))}` };
  m = PATTERNS.ytd.exec(code);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-${m[2]}-${lastDay(Number(m[1]), Number(m[2]))}` };
  m = PATTERNS.term.exec(code);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[2]}-12-31` };
  throw new Error(`not a period: ${code}`);
}

/** The years a term covers after its base year: "2020-2025" → 2021 … 2025. */
export function termYears(code: string): string[] {
  const m = PATTERNS.term.exec(code);
  if (!m) return [];
  const years: string[] = [];
  for (let y = Number(m[1]) + 1; y <= Number(m[2]); y += 1) years.push(String(y));
  return years;
}
