import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { notFound } from "../../app/errors.ts";
import { createSource } from "../../app/sources.ts";
import { findSources, listSources } from "../../db/sources.ts";
import { okJson, READ_ERRORS, WRITE_ERRORS, writeContext } from "./common.ts";
import type { ApiEnv } from "./env.ts";
import { DateSchema, IdSchema } from "./schemas.ts";

const SourceSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(["document", "report", "article", "import", "extract", "form"]),
    title: z.string().trim().min(1).max(1000),
    issuer: z.string().max(500).optional(),
    publisher: z.string().max(500).optional(),
    number: z.string().max(200).optional(),
    date: DateSchema.optional(),
    url: z.url().max(2000).optional(),
    quote: z.string().max(10_000).optional(),
    note: z.string().max(2000).optional(),
    illustrative: z.boolean().optional(),
  })
  .openapi("Source");
const SourceBodySchema = SourceSchema.partial({ id: true }).openapi("SourceBody");

const routes = {
  list: createRoute({
    method: "get",
    path: "/sources",
    tags: ["sources"],
    responses: { 200: okJson(z.object({ sources: z.array(SourceSchema) })) },
  }),
  get: createRoute({
    method: "get",
    path: "/sources/{id}",
    tags: ["sources"],
    request: { params: z.object({ id: IdSchema }) },
    responses: { 200: okJson(SourceSchema), ...READ_ERRORS },
  }),
  create: createRoute({
    method: "post",
    path: "/sources",
    tags: ["sources"],
    request: { body: { content: { "application/json": { schema: SourceBodySchema } }, required: true } },
    responses: { 201: okJson(SourceSchema, "created"), ...WRITE_ERRORS },
  }),
};

export function registerSourceRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(routes.list, async (c) => c.json({ sources: await listSources(c.get("store").db) }, 200));
  api.openapi(routes.get, async (c) => {
    const { id } = c.req.valid("param");
    const [found] = await findSources(c.get("store").db, [id]);
    if (!found) throw notFound("source", id, "id");
    return c.json(found, 200);
  });
  api.openapi(routes.create, async (c) => {
    const created = await createSource(c.get("store").db, c.req.valid("json"), writeContext(c));
    return c.json(created, 201);
  });
}
