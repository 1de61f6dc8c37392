import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { createProject, deleteProject, updateProject } from "../../app/projects.ts";
import { readProject, readProjects } from "../../app/read-catalogue.ts";
import type { KeyProjectRecord } from "../../db/projects.ts";
import { IfMatchHeader, okJson, READ_ERRORS, setEtag, WRITE_ERRORS, writeContext } from "./common.ts";
import type { ApiEnv } from "./env.ts";
import { DateSchema, IdSchema } from "./schemas/common.ts";
import { KeyProjectBodySchema, KeyProjectSchema } from "./schemas/projects.ts";

const IdParam = z.object({ id: IdSchema });
const body = <T extends z.ZodType>(schema: T) => ({
  content: { "application/json": { schema } },
  required: true,
});
const view = (p: KeyProjectRecord) => {
  const { updatedAt: _u, ...rest } = p;
  return rest;
};

const routes = {
  list: createRoute({
    method: "get",
    path: "/key-projects",
    tags: ["key projects"],
    request: { query: z.object({ unit: z.string().max(40).optional(), at: DateSchema.optional() }) },
    responses: { 200: okJson(z.object({ projects: z.array(KeyProjectSchema) })), ...READ_ERRORS },
  }),
  get: createRoute({
    method: "get",
    path: "/key-projects/{id}",
    tags: ["key projects"],
    request: { params: IdParam },
    responses: { 200: okJson(KeyProjectSchema), ...READ_ERRORS },
  }),
  create: createRoute({
    method: "post",
    path: "/key-projects",
    tags: ["key projects"],
    request: { body: body(KeyProjectBodySchema) },
    responses: { 201: okJson(KeyProjectSchema, "created"), ...WRITE_ERRORS },
  }),
  update: createRoute({
    method: "put",
    path: "/key-projects/{id}",
    tags: ["key projects"],
    request: { params: IdParam, headers: IfMatchHeader, body: body(KeyProjectBodySchema) },
    responses: { 200: okJson(KeyProjectSchema, "updated"), ...WRITE_ERRORS },
  }),
  delete: createRoute({
    method: "delete",
    path: "/key-projects/{id}",
    tags: ["key projects"],
    request: { params: IdParam, headers: IfMatchHeader },
    responses: { 204: { description: "deleted" }, ...WRITE_ERRORS },
  }),
};

export function registerProjectRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(routes.list, async (c) => {
    const { unit, at = new Date().toISOString().slice(0, 10) } = c.req.valid("query");
    const projects = await readProjects(c.get("store").db, { unit, at });
    return c.json({ projects: projects.map(view) }, 200);
  });
  api.openapi(routes.get, async (c) => {
    const { id } = c.req.valid("param");
    const found = await readProject(c.get("store").db, id);
    setEtag(c, found.version);
    return c.json(view(found), 200);
  });
  api.openapi(routes.create, async (c) => {
    const { reason, ...input } = c.req.valid("json");
    const created = await createProject(c.get("store").db, input, writeContext(c, reason));
    setEtag(c, created.version);
    return c.json(view(created), 201);
  });
  api.openapi(routes.update, async (c) => {
    const { reason, ...input } = c.req.valid("json");
    const updated = await updateProject(
      c.get("store").db,
      c.req.valid("param").id,
      input,
      writeContext(c, reason),
    );
    setEtag(c, updated.version);
    return c.json(view(updated), 200);
  });
  api.openapi(routes.delete, async (c) => {
    await deleteProject(c.get("store").db, c.req.valid("param").id, writeContext(c));
    return c.body(null, 204);
  });
}
