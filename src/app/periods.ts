/** Period codes as the API and the store take them: the domain's, read from their text. */
import { periodBounds as boundsOf, parsePeriod } from "../domain/periods.ts";

export const PERIOD_HINT =
  'a year "2023", quarter "2023-Q3", month "2023-07", year-to-date "2023-YTD9" or term "2020-2025"';

export function isPeriod(code: string): boolean {
  try {
    parsePeriod(code);
    return true;
  } catch {
    return false;
  }
}

/** First and last day (YYYY-MM-DD) of a period code. */
export function periodBounds(code: string): { start: string; end: string } {
  return boundsOf(parsePeriod(code));
}
