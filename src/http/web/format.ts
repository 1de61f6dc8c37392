/** Dates on the pages, by locale through Intl (numbers go through src/domain/numbers.ts). */
import type { DisplayLocale } from "../../domain/numbers.ts";

const INTL: Record<DisplayLocale, string> = { vi: "vi-VN", en: "en-GB" };

/** A calendar day "2023-09-23" as "23/09/2023" (vi) or "23 September 2023" (en). */
export function formatDay(iso: string, locale: DisplayLocale): string {
  return new Intl.DateTimeFormat(INTL[locale], {
    day: locale === "vi" ? "2-digit" : "numeric",
    month: locale === "vi" ? "2-digit" : "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

export const today = (): string => new Date().toISOString().slice(0, 10);
