/**
 * The API's shapes: one Zod definition gives the check, the error naming the field and the
 * OpenAPI entry.
 */
import { z } from "@hono/zod-openapi";
import { isPeriod, PERIOD_HINT } from "../../app/periods.ts";
import type { PlanState } from "../../db/plans.ts";
import { REVIEW_STATUSES } from "../../db/statements.ts";
import { ADMIN_UNIT_KINDS, type AdminUnitKind } from "../../domain/admin-units.ts";
import { isCalendarDate } from "../../domain/dates.ts";
import {
  HORIZONS,
  type Horizon,
  OBSERVATION_STAGES,
  type ObservationStage,
  PLAN_KINDS,
  type PlanKind,
  QUALIFIERS,
  type Qualifier,
  STATUSES,
  type Status,
} from "../../domain/types.ts";

type Tuple<T> = [T, ...T[]];

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
const Code = z
  .string()
  .min(1)
  .max(64)
  .regex(CODE_PATTERN, "letters, digits and . _ : @ - only")
  // The generator writes the regex's flags into the string ("…$/u"), a pattern that matches
  // nothing: the document gets the source alone (an ECMA-262 pattern, read with Unicode on).
  .openapi({ pattern: CODE_PATTERN.source });
export const IdSchema = Code.openapi({ example: "can-duoc-2023-kh" });
const Text = z.string().trim().min(1).max(2000);
const Bilingual = z.object({ vi: Text, en: Text });
const UnitRef = z.string().min(1).max(40).openapi({
  description: 'unit code, read at the period ("806"), or unit id ("806@1900-01-01")',
  example: "806",
});

// --- units ----------------------------------------------------------------------------------

export const UnitSchema = z
  .object({
    id: z.string().openapi({ example: "80@2025-07-01" }),
    code: z.string().openapi({ example: "80" }),
    name: z.string().openapi({ example: "Tây Ninh" }),
    nameEn: z.string().optional(),
    level: z.enum(["province", "district", "commune"]),
    kind: z.enum(ADMIN_UNIT_KINDS as Tuple<AdminUnitKind>).openapi({ example: "tỉnh" }),
    parentId: z.string().nullable(),
    validFrom: z.string().nullable().openapi({ description: "first day; null when not known" }),
    validTo: z.string().nullable().openapi({ description: "last day; null while the unit exists" }),
  })
  .openapi("AdminUnit");

export const NeighbourSchema = UnitSchema.extend({
  whole: z.boolean().openapi({ description: "all of the predecessor went into the successor" }),
  derived: z.boolean().openapi({ description: "worked out from finer units (an abolished district)" }),
  change: z.object({ id: z.string(), date: z.string(), kind: z.string(), basis: z.string() }),
}).openapi("AdminUnitNeighbour");

export const UnitDetailSchema = UnitSchema.extend({
  parent: UnitSchema.nullable(),
  children: z.array(UnitSchema),
  predecessors: z.array(NeighbourSchema),
  successors: z.array(NeighbourSchema),
}).openapi("AdminUnitDetail");

// --- indicators -----------------------------------------------------------------------------

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
  })
  .openapi("IndicatorBody");

export const IndicatorCreateSchema = IndicatorBodySchema.extend({ code: Code }).openapi("IndicatorCreate");
export const IndicatorSchema = IndicatorCreateSchema.extend({ version: z.number().int() }).openapi(
  "Indicator",
);

// --- plans and targets ----------------------------------------------------------------------

const Finite = z.number().finite();
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

const PlanKindSchema = z.enum(PLAN_KINDS as Tuple<PlanKind>).openapi({ example: "annual_plan" });
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
    position: z.number().int().optional(),
    sourceId: z.string().optional(),
    illustrative: z.boolean(),
    version: z.number().int(),
  })
  .openapi("Target");

export const PlanDetailSchema = PlanSchema.extend({ targets: z.array(TargetSchema) }).openapi("PlanDetail");

// --- observations ---------------------------------------------------------------------------

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

// --- key projects ---------------------------------------------------------------------------

const MilestoneSchema = z.object({
  name: z.object({ vi: Text, en: Text.optional() }),
  plannedDate: DateSchema.optional(),
  actualDate: DateSchema.optional(),
  state: z.enum(["planned", "in_progress", "done", "delayed", "cancelled"]).default("planned"),
});

export const KeyProjectBodySchema = z
  .object({
    id: IdSchema.optional(),
    kind: z.enum(["project", "programme"]),
    name: z.object({ vi: Text, en: Text.optional() }),
    unit: UnitRef,
    term: PeriodSchema.optional(),
    state: z.string().max(200).optional(),
    money: z
      .object({
        planned: Finite.nonnegative().optional(),
        disbursed: Finite.nonnegative().optional(),
        unit: z.string(),
      })
      .optional(),
    indicatorCodes: z.array(Code).default([]),
    notes: z.array(z.object({ date: DateSchema, text: Text })).default([]),
    milestones: z.array(MilestoneSchema).default([]),
    sourceId: IdSchema.optional(),
    illustrative: z.boolean().optional(),
    reason: z.string().max(2000).optional(),
  })
  .openapi("KeyProjectBody");

export const KeyProjectSchema = KeyProjectBodySchema.omit({ reason: true, unit: true, id: true })
  .extend({ id: z.string(), unitId: z.string(), illustrative: z.boolean(), version: z.number().int() })
  .openapi("KeyProject");

export const AuditSchema = z
  .object({
    id: z.number(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    reason: z.string().optional(),
  })
  .openapi("AuditEntry");

// --- the review queue -----------------------------------------------------------------------

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
        method: z.literal("dice_words"),
      })
      .optional()
      .openapi({ description: "the catalogue indicator whose name best matches the phrase" }),
    mapping: z.unknown().optional(),
    edited: z.boolean(),
    reason: z.string().optional(),
    observationId: z.string().optional(),
    observationRevision: z.number().int().optional(),
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

export const RejectBodySchema = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .openapi("RejectBody");
