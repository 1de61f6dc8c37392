import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { assessUnit } from "../../app/assess-unit.ts";
import { callerView, READ_ERRORS } from "./common.ts";
import type { ApiEnv } from "./env.ts";
import { planView } from "./plans.ts";
import { DateSchema, IdSchema, PeriodSchema } from "./schemas/common.ts";
import { PlanSchema } from "./schemas/plans.ts";
import { UnitSchema } from "./schemas/units.ts";
import { unitView } from "./units.ts";

const Query = z.object({
  unit: z
    .string()
    .min(1)
    .max(40)
    .openapi({ example: "806", description: "unit code (read at the period) or id" }),
  period: PeriodSchema,
  plan: IdSchema.optional(),
  at: DateSchema.optional().openapi({ description: "date of a mid-term review; default: the period's end" }),
});

const RollUpSchema = z
  .object({
    counts: z.record(z.string(), z.number()),
    metOrExceeded: z.number(),
    withData: z.number(),
    total: z.number(),
    missing: z.array(z.string()),
    provisional: z.array(z.string()),
  })
  .openapi("RollUp");

export const ReportedSchema = z
  .object({
    id: z.string(),
    planId: z.string(),
    period: z.string(),
    at: z.string().optional(),
    met: z.number(),
    total: z.number(),
    status: z.string(),
    statement: z.string().optional(),
    sourceId: z.string().optional(),
  })
  .openapi("ReportedRollUp");

const TargetAssessmentSchema = z
  .object({
    targetId: z.string(),
    indicatorCode: z.string(),
    planKind: z.string(),
    status: z.string(),
    percent: z.number().nullable(),
    showPercent: z.boolean(),
    actual: z.unknown(),
    provisional: z.boolean(),
    uncertain: z.boolean(),
    officialLabel: z.string().nullable(),
    labelMismatch: z.boolean(),
    consistency: z.array(z.unknown()),
    implied: z.unknown(),
    method: z.unknown(),
  })
  .passthrough()
  .openapi("TargetAssessment");

const AssessmentSchema = z
  .object({
    unit: UnitSchema,
    period: z.string(),
    at: z.string(),
    plans: z.array(PlanSchema),
    targets: z.array(TargetAssessmentSchema),
    rollup: RollUpSchema,
    rollupsByPlan: z.record(z.string(), RollUpSchema),
    term: z.array(z.unknown()).nullable(),
    untargeted: z.array(z.string()),
    reported: z.array(ReportedSchema),
  })
  .openapi("Assessment");

const RollupsSchema = z
  .object({
    unit: UnitSchema,
    period: z.string(),
    at: z.string(),
    computed: RollUpSchema,
    plans: z.array(
      z.object({ plan: PlanSchema, computed: RollUpSchema.nullable(), reported: z.array(ReportedSchema) }),
    ),
  })
  .openapi("RollUps");

const json = <T extends z.ZodType>(schema: T) => ({
  description: "ok",
  content: { "application/json": { schema } },
});

const assessments = createRoute({
  method: "get",
  path: "/assessments",
  tags: ["assessment"],
  summary: "Each target of the unit's plans for the period, assessed by src/domain",
  request: { query: Query },
  responses: { 200: json(AssessmentSchema), ...READ_ERRORS },
});

const rollups = createRoute({
  method: "get",
  path: "/rollups",
  tags: ["assessment"],
  summary: "Counts per status, overall and per plan, beside the roll-ups the sources reported",
  request: { query: Query },
  responses: { 200: json(RollupsSchema), ...READ_ERRORS },
});

export const reportedView = (r: { unitId: string } & z.infer<typeof ReportedSchema>) => {
  const { unitId: _u, ...rest } = r;
  return rest;
};

export function registerAssessmentRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(assessments, async (c) => {
    const q = c.req.valid("query");
    const r = await assessUnit(c.get("store").db, callerView(c), {
      unit: q.unit,
      period: q.period,
      planId: q.plan,
      at: q.at,
    });
    return c.json(
      {
        unit: unitView(r.unit),
        ...r.assessment,
        rollupsByPlan: r.assessment.rollupsByPlan as Record<string, z.infer<typeof RollUpSchema>>,
        plans: r.plans.map(planView),
        reported: r.reported.map(reportedView),
      },
      200,
    );
  });

  api.openapi(rollups, async (c) => {
    const q = c.req.valid("query");
    const r = await assessUnit(c.get("store").db, callerView(c), {
      unit: q.unit,
      period: q.period,
      planId: q.plan,
      at: q.at,
    });
    return c.json(
      {
        unit: unitView(r.unit),
        period: r.assessment.period,
        at: r.assessment.at,
        computed: r.assessment.rollup,
        plans: r.plans.map((p) => ({
          plan: planView(p),
          computed: r.assessment.rollupsByPlan[p.kind] ?? null,
          reported: r.reported.filter((x) => x.planId === p.id).map(reportedView),
        })),
      },
      200,
    );
  });
}
