/** The shapes of observations (số liệu thực hiện) and their revisions. */
import { z } from "@hono/zod-openapi";
import {
  OBSERVATION_STAGES,
  type ObservationStage,
  QUALIFIERS,
  type Qualifier,
} from "../../../domain/types.ts";
import { Code, Finite, IdSchema, PeriodSchema, type Tuple, UnitRef } from "./common.ts";
import { PlanKindSchema } from "./plans.ts";

export const StatedPercentSchema = z.object({
  percent: Finite,
  decimals: z.number().int().min(0).max(6).optional(),
  planKind: PlanKindSchema,
});

export const RevisionBodySchema = z
  .object({
    value: z.union([Finite, z.boolean()]).openapi({ example: 88800 }),
    unitOfMeasure: z.string().optional(),
    qualifier: z.enum(QUALIFIERS as Tuple<Qualifier>).optional(),
    statedPercents: z.array(StatedPercentSchema).optional(),
    sourceId: IdSchema.optional(),
    note: z.string().max(2000).optional(),
    range: z
      .object({ lo: Finite, hi: Finite })
      .optional()
      .openapi({ description: 'a result given as a range ("61-62"); value is its lower end' }),
    word: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: "a result given as a word, verbatim" }),
    reason: z.string().max(2000).optional(),
  })
  .openapi("RevisionBody");

export const ObservationBodySchema = RevisionBodySchema.extend({
  id: IdSchema.optional(),
  indicator: Code,
  unit: UnitRef,
  period: PeriodSchema,
  stage: z.enum(OBSERVATION_STAGES as Tuple<ObservationStage>),
  illustrative: z.boolean().optional(),
}).openapi("ObservationBody");

export const ObservationSchema = z
  .object({
    id: z.string(),
    indicatorCode: z.string(),
    unitId: z.string(),
    period: z.string().optional(),
    value: z.union([z.number(), z.boolean()]),
    unit: z.string().optional(),
    qualifier: z.enum(QUALIFIERS as Tuple<Qualifier>),
    stage: z.enum(OBSERVATION_STAGES as Tuple<ObservationStage>),
    revision: z.number().int(),
    recordedAt: z.string(),
    recordedBy: z.string(),
    statedPercents: z.array(StatedPercentSchema).optional(),
    sourceId: z.string().optional(),
    note: z.string().optional(),
    illustrative: z.boolean(),
  })
  .openapi("Observation");

export const ObservationDetailSchema = ObservationSchema.extend({
  revisions: z.array(ObservationSchema),
}).openapi("ObservationDetail");
