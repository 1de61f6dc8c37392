import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { createIndicator, deleteIndicator, updateIndicator } from "../../app/indicators.ts";
import { readIndicator, readIndicators } from "../../app/read-catalogue.ts";
import type { IndicatorRecord } from "../../db/indicators.ts";
import { IfMatchHeader, okJson, READ_ERRORS, setEtag, WRITE_ERRORS, writeContext } from "./common.ts";
import type { ApiEnv } from "./env.ts";
import { IndicatorBodySchema, IndicatorCreateSchema, IndicatorSchema } from "./schemas/indicators.ts";

const CodeParam = z.object({ code: z.string().min(1).max(64).openapi({ example: "rice_output" }) });
const body = <T extends z.ZodType>(schema: T) => ({
  content: { "application/json": { schema } },
  required: true,
});
const view = (r: IndicatorRecord) => ({ ...r.indicator, version: r.version });

const routes = {
  list: createRoute({
    method: "get",
    path: "/indicators",
    tags: ["indicators"],
    responses: { 200: okJson(z.object({ indicators: z.array(IndicatorSchema) })) },
  }),
  get: createRoute({
    method: "get",
    path: "/indicators/{code}",
    tags: ["indicators"],
    request: { params: CodeParam },
    responses: { 200: okJson(IndicatorSchema), ...READ_ERRORS },
  }),
  create: createRoute({
    method: "post",
    path: "/indicators",
    tags: ["indicators"],
    request: { body: body(IndicatorCreateSchema) },
    responses: { 201: okJson(IndicatorSchema, "created"), ...WRITE_ERRORS },
  }),
  update: createRoute({
    method: "put",
    path: "/indicators/{code}",
    tags: ["indicators"],
    request: { params: CodeParam, headers: IfMatchHeader, body: body(IndicatorBodySchema) },
    responses: { 200: okJson(IndicatorSchema, "updated"), ...WRITE_ERRORS },
  }),
  delete: createRoute({
    method: "delete",
    path: "/indicators/{code}",
    tags: ["indicators"],
    request: { params: CodeParam, headers: IfMatchHeader },
    responses: { 204: { description: "deleted" }, ...WRITE_ERRORS },
  }),
};

export function registerIndicatorRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(routes.list, async (c) => {
    const rows = await readIndicators(c.get("store").db);
    return c.json({ indicators: rows.map(view) }, 200);
  });
  api.openapi(routes.get, async (c) => {
    const { code } = c.req.valid("param");
    const found = await readIndicator(c.get("store").db, code);
    setEtag(c, found.version);
    return c.json(view(found), 200);
  });
  api.openapi(routes.create, async (c) => {
    const created = await createIndicator(c.get("store").db, c.req.valid("json"), writeContext(c));
    setEtag(c, created.version);
    return c.json(view(created), 201);
  });
  api.openapi(routes.update, async (c) => {
    const { code } = c.req.valid("param");
    const updated = await updateIndicator(c.get("store").db, code, c.req.valid("json"), writeContext(c));
    setEtag(c, updated.version);
    return c.json(view(updated), 200);
  });
  api.openapi(routes.delete, async (c) => {
    await deleteIndicator(c.get("store").db, c.req.valid("param").code, writeContext(c));
    return c.body(null, 204);
  });
}
