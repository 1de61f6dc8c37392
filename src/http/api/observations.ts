import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { recordObservation, reviseObservation } from "../../app/observations.ts";
import { readObservation, readObservations } from "../../app/read-observations.ts";
import type { ObservationRecord } from "../../db/observations.ts";
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
  ObservationBodySchema,
  ObservationDetailSchema,
  ObservationSchema,
  RevisionBodySchema,
} from "./schemas/observations.ts";

const IdParam = z.object({ id: IdSchema });
const body = <T extends z.ZodType>(schema: T) => ({
  content: { "application/json": { schema } },
  required: true,
});

export const observationView = (r: ObservationRecord) => ({
  ...r.observation,
  unitId: r.unitId,
  recordedBy: r.recordedBy,
  ...(r.sourceId ? { sourceId: r.sourceId } : {}),
  ...(r.note ? { note: r.note } : {}),
  illustrative: r.illustrative,
});

const routes = {
  list: createRoute({
    method: "get",
    path: "/observations",
    tags: ["observations"],
    summary: "The latest revision of each observation (all revisions with revisions=all)",
    request: {
      query: z.object({
        unit: z.string().max(40).optional(),
        period: PeriodSchema.optional(),
        indicator: z.string().max(64).optional(),
        revisions: z.enum(["latest", "all"]).default("latest"),
      }),
    },
    responses: { 200: okJson(z.object({ observations: z.array(ObservationSchema) })), ...READ_ERRORS },
  }),
  get: createRoute({
    method: "get",
    path: "/observations/{id}",
    tags: ["observations"],
    summary: "An observation: its latest revision, and every revision",
    request: { params: IdParam },
    responses: { 200: okJson(ObservationDetailSchema), ...READ_ERRORS },
  }),
  create: createRoute({
    method: "post",
    path: "/observations",
    tags: ["observations"],
    summary: "Record a value (revision 1 of a new observation)",
    request: { body: body(ObservationBodySchema) },
    responses: { 201: okJson(ObservationSchema, "created"), ...WRITE_ERRORS },
  }),
  revise: createRoute({
    method: "post",
    path: "/observations/{id}/revisions",
    tags: ["observations"],
    summary: "Correct a value: a new revision, the earlier ones kept",
    request: { params: IdParam, headers: IfMatchHeader, body: body(RevisionBodySchema) },
    responses: { 201: okJson(ObservationSchema, "revised"), ...WRITE_ERRORS },
  }),
};

export function registerObservationRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(routes.list, async (c) => {
    const { unit, period, indicator, revisions } = c.req.valid("query");
    const rows = await readObservations(c.get("store").db, callerView(c), {
      unit,
      period,
      indicator,
      allRevisions: revisions === "all",
    });
    return c.json({ observations: rows.map(observationView) }, 200);
  });
  api.openapi(routes.get, async (c) => {
    const { id } = c.req.valid("param");
    const { latest, revisions } = await readObservation(c.get("store").db, callerView(c), id);
    setEtag(c, latest.observation.revision);
    return c.json({ ...observationView(latest), revisions: revisions.map(observationView) }, 200);
  });
  api.openapi(routes.create, async (c) => {
    const { reason, ...input } = c.req.valid("json");
    const created = await recordObservation(c.get("store").db, input, writeContext(c, reason));
    setEtag(c, created.observation.revision);
    return c.json(observationView(created), 201);
  });
  api.openapi(routes.revise, async (c) => {
    const { reason, ...input } = c.req.valid("json");
    const revised = await reviseObservation(
      c.get("store").db,
      c.req.valid("param").id,
      input,
      writeContext(c, reason),
    );
    setEtag(c, revised.observation.revision);
    return c.json(observationView(revised), 201);
  });
}
