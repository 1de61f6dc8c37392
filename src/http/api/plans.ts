import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  createPlan,
  createTarget,
  deletePlan,
  deleteTarget,
  updatePlan,
  updateTarget,
} from "../../app/plans.ts";
import { readPlan, readPlans, readTarget, readTargets } from "../../app/read-plans.ts";
import type { PlanRecord, TargetRecord } from "../../db/plans.ts";
import {
  callerView,
  IfMatchHeader,
  okJson,
  READ_ERRORS,
  setEtag,
  WRITE_ERRORS,
  writeContext,
} from "./common.ts";
import type { ApiEnv } from "./env.ts";
import { IdSchema, PeriodSchema } from "./schemas/common.ts";
import {
  PlanBodySchema,
  PlanDetailSchema,
  PlanSchema,
  TargetBodySchema,
  TargetSchema,
} from "./schemas/plans.ts";

const IdParam = z.object({ id: IdSchema });
const body = <T extends z.ZodType>(schema: T) => ({
  content: { "application/json": { schema } },
  required: true,
});
const unitCodeOf = (unitId: string) => unitId.split("@")[0]!;
export const planView = (p: PlanRecord) => {
  const { updatedAt: _u, ...rest } = p;
  return { ...rest, unitCode: unitCodeOf(p.unitId) };
};

export const targetView = (t: TargetRecord) => {
  const { updatedAt: _u, ...rest } = t;
  return rest;
};

const plan = {
  list: createRoute({
    method: "get",
    path: "/plans",
    tags: ["plans"],
    request: { query: z.object({ unit: z.string().max(40).optional(), period: PeriodSchema.optional() }) },
    responses: { 200: okJson(z.object({ plans: z.array(PlanSchema) })), ...READ_ERRORS },
  }),
  get: createRoute({
    method: "get",
    path: "/plans/{id}",
    tags: ["plans"],
    request: { params: IdParam },
    responses: { 200: okJson(PlanDetailSchema), ...READ_ERRORS },
  }),
  create: createRoute({
    method: "post",
    path: "/plans",
    tags: ["plans"],
    request: { body: body(PlanBodySchema) },
    responses: { 201: okJson(PlanSchema, "created"), ...WRITE_ERRORS },
  }),
  update: createRoute({
    method: "put",
    path: "/plans/{id}",
    tags: ["plans"],
    request: { params: IdParam, headers: IfMatchHeader, body: body(PlanBodySchema) },
    responses: { 200: okJson(PlanSchema, "updated"), ...WRITE_ERRORS },
  }),
  delete: createRoute({
    method: "delete",
    path: "/plans/{id}",
    tags: ["plans"],
    request: {
      params: IdParam,
      headers: IfMatchHeader,
      query: z.object({ reason: z.string().max(2000).optional() }),
    },
    responses: { 204: { description: "deleted" }, ...WRITE_ERRORS },
  }),
};

const target = {
  list: createRoute({
    method: "get",
    path: "/targets",
    tags: ["targets"],
    request: { query: z.object({ plan: IdSchema.optional(), period: PeriodSchema.optional() }) },
    responses: { 200: okJson(z.object({ targets: z.array(TargetSchema) })), ...READ_ERRORS },
  }),
  get: createRoute({
    method: "get",
    path: "/targets/{id}",
    tags: ["targets"],
    request: { params: IdParam },
    responses: { 200: okJson(TargetSchema), ...READ_ERRORS },
  }),
  create: createRoute({
    method: "post",
    path: "/targets",
    tags: ["targets"],
    request: { body: body(TargetBodySchema) },
    responses: { 201: okJson(TargetSchema, "created"), ...WRITE_ERRORS },
  }),
  update: createRoute({
    method: "put",
    path: "/targets/{id}",
    tags: ["targets"],
    request: { params: IdParam, headers: IfMatchHeader, body: body(TargetBodySchema) },
    responses: { 200: okJson(TargetSchema, "updated"), ...WRITE_ERRORS },
  }),
  delete: createRoute({
    method: "delete",
    path: "/targets/{id}",
    tags: ["targets"],
    request: {
      params: IdParam,
      headers: IfMatchHeader,
      query: z.object({ reason: z.string().max(2000).optional() }),
    },
    responses: { 204: { description: "deleted" }, ...WRITE_ERRORS },
  }),
};

export function registerPlanRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(plan.list, async (c) => {
    const { unit, period } = c.req.valid("query");
    const plans = await readPlans(c.get("store").db, callerView(c), { unit, period });
    return c.json({ plans: plans.map(planView) }, 200);
  });
  api.openapi(plan.get, async (c) => {
    const { id } = c.req.valid("param");
    const { plan: found, targets } = await readPlan(c.get("store").db, callerView(c), id);
    setEtag(c, found.version);
    return c.json({ ...planView(found), targets: targets.map(targetView) }, 200);
  });
  api.openapi(plan.create, async (c) => {
    const { reason, ...input } = c.req.valid("json");
    const created = await createPlan(c.get("store").db, input, writeContext(c, reason));
    setEtag(c, created.version);
    return c.json(planView(created), 201);
  });
  api.openapi(plan.update, async (c) => {
    const { reason, ...input } = c.req.valid("json");
    const { id } = c.req.valid("param");
    const updated = await updatePlan(c.get("store").db, id, input, writeContext(c, reason));
    setEtag(c, updated.version);
    return c.json(planView(updated), 200);
  });
  api.openapi(plan.delete, async (c) => {
    await deletePlan(c.get("store").db, c.req.valid("param").id, writeContext(c));
    return c.body(null, 204);
  });

  api.openapi(target.list, async (c) => {
    const { plan: planId, period } = c.req.valid("query");
    const targets = await readTargets(c.get("store").db, callerView(c), { planId, period });
    return c.json({ targets: targets.map(targetView) }, 200);
  });
  api.openapi(target.get, async (c) => {
    const { id } = c.req.valid("param");
    const found = await readTarget(c.get("store").db, callerView(c), id);
    setEtag(c, found.version);
    return c.json(targetView(found), 200);
  });
  api.openapi(target.create, async (c) => {
    const { reason, ...input } = c.req.valid("json");
    const created = await createTarget(c.get("store").db, input, writeContext(c, reason));
    setEtag(c, created.version);
    return c.json(targetView(created), 201);
  });
  api.openapi(target.update, async (c) => {
    const { reason, ...input } = c.req.valid("json");
    const { id } = c.req.valid("param");
    const updated = await updateTarget(c.get("store").db, id, input, writeContext(c, reason));
    setEtag(c, updated.version);
    return c.json(targetView(updated), 200);
  });
  api.openapi(target.delete, async (c) => {
    await deleteTarget(c.get("store").db, c.req.valid("param").id, writeContext(c));
    return c.body(null, 204);
  });
}
