import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { notFound } from "../../app/errors.ts";
import { recordObservation, reviseObservation } from "../../app/observations.ts";
import { unitIdsFor } from "../../app/units.ts";
import {
  findObservation,
  listObservations,
  listRevisions,
  type ObservationRecord,
} from "../../db/observations.ts";
import { listUnpublished } from "../../db/workflow.ts";
import {
  draftReader,
  IfMatchHeader,
  okJson,
  READ_ERRORS,
  setEtag,
  visibleOnly,
  WRITE_ERRORS,
  writeContext,
} from "./common.ts";
import type { ApiEnv } from "./env.ts";
import {
  IdSchema,
  ObservationBodySchema,
  ObservationDetailSchema,
  ObservationSchema,
  PeriodSchema,
  RevisionBodySchema,
} from "./schemas.ts";

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

/**
 * Values of a unit's period that is in the workflow and not yet published are drafts: read only
 * by those with draft.read over the unit. Values outside any workflow (loaded, imported) are public.
 */
// biome-ignore lint/suspicious/noExplicitAny: any route's context.
async function observationReader(c: Context<ApiEnv, any, any>) {
  const db = c.get("store").db;
  const mayReadDrafts = draftReader(db, c.get("principal"));
  const unpublished = new Set((await listUnpublished(db)).map((w) => `${w.unitId}|${w.period}`));
  return async (r: ObservationRecord) =>
    !unpublished.has(`${r.unitId}|${r.observation.period ?? ""}`) || (await mayReadDrafts(r.unitId));
}

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
    const db = c.get("store").db;
    const unitIds = unit ? await unitIdsFor(db, unit, period, "unit") : undefined;
    const rows = await listObservations(db, {
      ...(unitIds ? { unitIds } : {}),
      ...(period ? { periods: [period] } : {}),
      ...(indicator ? { indicatorCodes: [indicator] } : {}),
      allRevisions: revisions === "all",
    });
    const visible = await visibleOnly(rows, await observationReader(c));
    return c.json({ observations: visible.map(observationView) }, 200);
  });
  api.openapi(routes.get, async (c) => {
    const { id } = c.req.valid("param");
    const db = c.get("store").db;
    const latest = await findObservation(db, id);
    if (!latest || !(await (await observationReader(c))(latest))) throw notFound("observation", id, "id");
    const revisions = await listRevisions(db, id);
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
