/**
 * The pieces every resource's shapes share: the error body, dates, periods, codes and ids, text,
 * and a reference to a unit. One Zod definition gives the check, the error naming the field and
 * the OpenAPI entry.
 */
import { z } from "@hono/zod-openapi";
import { isPeriod, PERIOD_HINT } from "../../../app/periods.ts";
import { isCalendarDate } from "../../../domain/dates.ts";

export type Tuple<T> = [T, ...T[]];

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "invalid" }),
      message: z.string().openapi({ example: "period: expected a year" }),
      details: z.record(z.string(), z.unknown()).openapi({ example: { field: "period" } }),
    }),
  })
  .openapi("Error");

/** A real calendar day from year 1 (the store has no year 0; z.iso.date alone lets it through). */
export const DateSchema = z.iso
  .date()
  .refine(isCalendarDate, { message: "expected a calendar date from 0001-01-01 to 9999-12-31" })
  .openapi({ example: "2023-12-31" });
export const PeriodSchema = z
  .string()
  .refine(isPeriod, { message: `expected ${PERIOD_HINT}` })
  .openapi({ example: "2023", description: PERIOD_HINT });
const CODE_PATTERN = /^[\p{L}\p{N}._:@-]+$/u;
export const Code = z
  .string()
  .min(1)
  .max(64)
  .regex(CODE_PATTERN, "letters, digits and . _ : @ - only")
  // The generator writes the regex's flags into the string ("…$/u"), a pattern that matches
  // nothing: the document gets the source alone (an ECMA-262 pattern, read with Unicode on).
  .openapi({ pattern: CODE_PATTERN.source });
export const IdSchema = Code.openapi({ example: "can-duoc-2023-kh" });
export const Text = z.string().trim().min(1).max(2000);
export const Bilingual = z.object({ vi: Text, en: Text });
export const UnitRef = z.string().min(1).max(40).openapi({
  description: 'unit code, read at the period ("806"), or unit id ("806@1900-01-01")',
  example: "806",
});
export const Finite = z.number().finite();
