/** The shapes of plans (kế hoạch, nghị quyết) and their targets. */
import { z } from "@hono/zod-openapi";
import { TARGET_TEXT_MAX } from "../../../app/plans.ts";
import type { PlanState } from "../../../db/plans.ts";
import {
  HORIZONS,
  type Horizon,
  PLAN_KINDS,
  type PlanKind,
  STATUSES,
  type Status,
} from "../../../domain/types.ts";
import { Code, DateSchema, Finite, IdSchema, PeriodSchema, Text, type Tuple, UnitRef } from "./common.ts";

export const TargetSpecSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("gte"), value: Finite, strict: z.boolean().optional() }),
    z.object({ kind: z.literal("lte"), value: Finite, strict: z.boolean().optional() }),
    z.object({ kind: z.literal("eq"), value: Finite }),
    z.object({
      kind: z.literal("range"),
      lo: Finite,
      hi: Finite,
      stretch: z.object({ lo: Finite, hi: Finite }).optional(),
    }),
    z.object({ kind: z.literal("approx"), value: Finite, tolerance: Finite.nonnegative().optional() }),
    z.object({ kind: z.literal("band"), lo: Finite, hi: Finite }),
    z.object({ kind: z.literal("count_share"), count: Finite.nonnegative(), of: Finite.positive() }),
    z.object({
      kind: z.literal("ordinal"),
      scale: z.array(z.string().min(1).max(200)).min(2).max(20),
      atLeast: z.string().min(1).max(200),
    }),
    z.object({ kind: z.literal("boolean") }),
    z.object({ kind: z.literal("reduce_pp"), points: Finite, baseline: Finite }),
    z.object({ kind: z.literal("unknown") }),
  ])
  .openapi("TargetSpec");

export const ImpliedSchema = z.object({
  percent: Finite.positive(),
  percentDecimals: z.number().int().min(0).max(6),
  observationValue: Finite,
});

/** How nearly met is judged (docs/assessment.md): by percent of plan, or by the gap in points. */
export const NearlyMetRuleSchema = z
  .discriminatedUnion("by", [
    z.object({ by: z.literal("percent_of_plan"), threshold: z.number().min(0).max(100) }),
    z.object({ by: z.literal("gap_in_points"), points: z.number().min(0).max(100) }),
  ])
  .openapi("NearlyMetRule");

export const PlanFormSchema = z
  .object({
    nearlyMet: NearlyMetRuleSchema.optional(),
    aboutTolerance: Finite.nonnegative().optional(),
    baseYear: z.number().int().min(1900).max(2200).optional(),
    listComplete: z.boolean().optional(),
  })
  .strict()
  .openapi("PlanForm");

export const TargetFormSchema = z
  .object({
    officialLabelText: z.string().min(1).max(200).optional(),
    horizon: z.enum(HORIZONS as Tuple<Horizon>).optional(),
    baseYear: z.number().int().min(1900).max(2200).optional(),
    growthFrom: z.enum(["rates", "levels"]).optional(),
    partOf: IdSchema.optional(),
    amends: z
      .object({
        targetId: IdSchema,
        from: DateSchema,
        document: z.string().min(1).max(500),
        reason: z.string().max(2000).optional(),
      })
      .optional(),
    nearlyMet: NearlyMetRuleSchema.optional(),
    aboutTolerance: Finite.nonnegative().optional(),
  })
  .strict()
  .openapi("TargetForm");

/**
 * A target's texts (migration 0013), at most as long as the use-case keeps them. A PUT replaces
 * the whole target, as it does its form and source: a text left out of the body is cleared.
 */
const targetText = (max: number, description: string, example: string) =>
  z.string().max(max).optional().openapi({ description, example });
const TargetTexts = {
  responsibleAgency: targetText(
    TARGET_TEXT_MAX.responsibleAgency,
    "cơ quan chủ trì: the department or locality the target is assigned to",
    "Phòng Kinh tế",
  ),
  provenance: targetText(
    TARGET_TEXT_MAX.provenance,
    "the document and clause the target is written in",
    "Nghị quyết số 12/NQ-HĐND, mục II.1",
  ),
  notes: targetText(TARGET_TEXT_MAX.notes, "ghi chú", "Theo chuẩn nghèo đa chiều"),
};

export const PlanKindSchema = z.enum(PLAN_KINDS as Tuple<PlanKind>).openapi({ example: "annual_plan" });
const StatusSchema = z.enum(STATUSES as Tuple<Status>);
const PlanStateSchema = z.enum(["draft", "adopted"] satisfies Tuple<PlanState>);

export const PlanBodySchema = z
  .object({
    id: IdSchema.optional(),
    kind: PlanKindSchema,
    unit: UnitRef,
    period: PeriodSchema,
    title: Text,
    issuer: z.string().max(500).optional(),
    number: z.string().max(200).optional(),
    date: DateSchema.optional(),
    state: z.enum(["draft", "adopted"]).default("draft"),
    nearlyMetThreshold: z.number().min(0).max(100).optional(),
    form: PlanFormSchema.optional(),
    sourceId: IdSchema.optional(),
    illustrative: z.boolean().optional(),
    reason: z
      .string()
      .max(2000)
      .optional()
      .openapi({ description: "why: required to change an adopted plan" }),
  })
  .openapi("PlanBody");

export const PlanSchema = z
  .object({
    id: z.string(),
    kind: PlanKindSchema,
    unitId: z.string(),
    unitCode: z.string(),
    period: z.string(),
    title: z.string(),
    issuer: z.string().optional(),
    number: z.string().optional(),
    date: z.string().optional(),
    state: PlanStateSchema,
    nearlyMetThreshold: z.number().optional(),
    form: PlanFormSchema.optional(),
    sourceId: z.string().optional(),
    illustrative: z.boolean(),
    version: z.number().int(),
  })
  .openapi("Plan");

export const TargetBodySchema = z
  .object({
    id: IdSchema.optional(),
    planId: IdSchema,
    indicator: Code.openapi({ example: "rice_output" }),
    unit: UnitRef.optional(),
    period: PeriodSchema.optional(),
    unitOfMeasure: z.string().optional(),
    spec: TargetSpecSchema,
    implied: ImpliedSchema.optional(),
    officialLabel: StatusSchema.optional(),
    form: TargetFormSchema.optional(),
    ...TargetTexts,
    position: z.number().int().min(0).optional(),
    sourceId: IdSchema.optional(),
    illustrative: z.boolean().optional(),
    reason: z
      .string()
      .max(2000)
      .optional()
      .openapi({ description: "why: required when the plan is adopted" }),
  })
  .openapi("TargetBody");

export const TargetSchema = z
  .object({
    id: z.string(),
    planId: z.string(),
    indicatorCode: z.string(),
    unitId: z.string(),
    period: z.string(),
    unit: z.string().optional(),
    spec: TargetSpecSchema,
    implied: ImpliedSchema.optional(),
    officialLabel: StatusSchema.optional(),
    form: TargetFormSchema.optional(),
    ...TargetTexts,
    position: z.number().int().optional(),
    sourceId: z.string().optional(),
    illustrative: z.boolean(),
    version: z.number().int(),
  })
  .openapi("Target");

export const PlanDetailSchema = PlanSchema.extend({ targets: z.array(TargetSchema) }).openapi("PlanDetail");
