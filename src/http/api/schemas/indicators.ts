/** The shapes of the indicator catalogue (chỉ tiêu). */
import { z } from "@hono/zod-openapi";
import { Bilingual, Code, Finite } from "./common.ts";
import { NearlyMetRuleSchema } from "./plans.ts";

export const AggregationSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sum") }),
  z.object({ kind: z.literal("weighted_mean"), weight: Code }),
  z.object({ kind: z.literal("none") }),
]);

export const IndicatorBodySchema = z
  .object({
    name: Bilingual,
    unit: z.string().min(1).openapi({ example: "tấn" }),
    direction: z.enum(["higher_better", "lower_better", "boolean", "band"]),
    measure: z.enum(["level", "rate", "growth", "avg_growth", "cumulative", "annual_average", "count"]),
    aggregation: AggregationSchema.default({ kind: "none" }),
    decimals: z.number().int().min(0).max(6).default(0),
    sector: z.string().max(200).optional(),
    /** Kept by an update: without them here, a PUT dropped an indicator's own rule. */
    nearlyMet: NearlyMetRuleSchema.optional(),
    aboutTolerance: Finite.nonnegative().optional(),
  })
  .openapi("IndicatorBody");

export const IndicatorCreateSchema = IndicatorBodySchema.extend({ code: Code }).openapi("IndicatorCreate");
export const IndicatorSchema = IndicatorCreateSchema.extend({ version: z.number().int() }).openapi(
  "Indicator",
);
