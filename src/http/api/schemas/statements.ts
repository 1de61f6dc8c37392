/** The shapes of the review queue: statements read from a source, and accepting or rejecting one. */
import { z } from "@hono/zod-openapi";
import { REVIEW_STATUSES } from "../../../domain/review.ts";
import {
  OBSERVATION_STAGES,
  type ObservationStage,
  QUALIFIERS,
  type Qualifier,
} from "../../../domain/types.ts";
import { Code, Finite, IdSchema, PeriodSchema, type Tuple, UnitRef } from "./common.ts";

const ExtractedComparisonSchema = z.object({
  percent: z.number(),
  basis: z.string(),
  basis_text: z.string().nullable(),
  direction: z.enum(["increase", "decrease"]).optional(),
  qualifier: z.string().optional(),
  multiplier: z.number().optional(),
  basis_value: z.number().optional(),
  basis_unit: z.string().optional(),
});

/** A statement as src/extract reads it (shared/eval/README.md: snake_case fields). */
export const ExtractedSchema = z
  .object({
    indicator: z.string().openapi({ example: "sản lượng lúa" }),
    value: z.number().nullable(),
    unit: z.string().nullable(),
    qualifier: z.string().nullable(),
    estimated: z.boolean(),
    comparisons: z.array(ExtractedComparisonSchema),
    period: z.string().nullable(),
    locality: z.string().nullable(),
    is_target: z.boolean().optional(),
    evidence: z.object({ indicator: z.string() }).loose().optional().openapi({
      description:
        "which words made each field: indicator, value, comparisons (one per comparison), period ({words, at} or 'source'), locality ('source' when the source gave it)",
    }),
  })
  .loose()
  .openapi("ExtractedStatement");

export const StatementSchema = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    position: z.number().int(),
    sentence: z.object({
      text: z.string(),
      start: z.number().int().openapi({ description: "offset in the source's stored text" }),
      end: z.number().int(),
    }),
    extracted: ExtractedSchema,
    status: z.enum(REVIEW_STATUSES),
    suggestion: z
      .object({
        code: z.string(),
        name: z.object({ vi: z.string(), en: z.string() }),
        score: z.number().openapi({ description: "Dice coefficient of the words, 0-1" }),
        unit: z.string().optional().openapi({ description: "the indicator's unit of measure" }),
        method: z.literal("dice_words"),
      })
      .optional()
      .openapi({ description: "the catalogue indicator whose name best matches the phrase" }),
    mapping: z.unknown().optional(),
    edited: z.boolean(),
    reason: z.string().optional(),
    observationId: z.string().optional(),
    observationRevision: z.number().int().optional(),
    reportedRollupId: z
      .string()
      .optional()
      .openapi({ description: "a roll-up statement accepted as the source's reported roll-up of a plan" }),
    targetIds: z.array(z.string()),
    decidedBy: z.string().optional(),
    decidedAt: z.string().optional(),
    version: z.number().int(),
  })
  .openapi("Statement");

export const AcceptBodySchema = z
  .object({
    indicator: Code.openapi({ example: "rice_output" }),
    unit: UnitRef,
    period: PeriodSchema,
    stage: z
      .enum(OBSERVATION_STAGES as Tuple<ObservationStage>)
      .optional()
      .openapi({ description: "default: estimate when the statement is estimated (ước), else official" }),
    value: z.union([Finite, z.boolean()]).optional().openapi({ description: "default: the statement's" }),
    unitOfMeasure: z.string().min(1).optional().openapi({ description: "default: the statement's unit" }),
    qualifier: z.enum(QUALIFIERS as Tuple<Qualifier>).optional(),
    percents: z
      .array(
        z.object({
          percent: Finite.positive(),
          decimals: z.number().int().min(0).max(6).optional(),
          planId: IdSchema,
        }),
      )
      .max(20)
      .optional()
      .openapi({
        description: "each percent of a plan to keep, with its plan; required when the statement states one",
      }),
    note: z.string().max(2000).optional(),
    reason: z.string().max(2000).optional(),
  })
  .openapi("AcceptBody");

export const RecordRollupBodySchema = z
  .object({ planId: IdSchema.openapi({ description: "the plan whose roll-up the statement reports" }) })
  .openapi("RecordRollupBody");

export const ToPlanBodySchema = z
  .object({
    planId: IdSchema.openapi({ description: "the plan the target goes into, of the statement's period" }),
    indicator: Code.optional().openapi({ description: "default: the indicator the statement's words match" }),
    reason: z.string().max(2000).optional().openapi({ description: "required when the plan is adopted" }),
  })
  .openapi("ToPlanBody");

export const RejectBodySchema = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .openapi("RejectBody");
