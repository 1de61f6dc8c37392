import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { getUnit } from "../../app/get-unit.ts";
import { resolveUnit } from "../../app/units.ts";
import { listUnits, type UnitRecord } from "../../db/units.ts";
import { searchKey } from "../../domain/text.ts";
import type { ApiEnv } from "./env.ts";
import { DateSchema, ErrorSchema, UnitDetailSchema, UnitSchema } from "./schemas.ts";

const today = () => new Date().toISOString().slice(0, 10);
const errors = {
  404: { description: "no such unit at that date", content: { "application/json": { schema: ErrorSchema } } },
  422: { description: "invalid query", content: { "application/json": { schema: ErrorSchema } } },
};

const list = createRoute({
  method: "get",
  path: "/units",
  tags: ["units"],
  summary: "Administrative units valid at a date, under a parent or at the top",
  request: {
    query: z.object({
      parent: z
        .string()
        .min(1)
        .max(40)
        .optional()
        .openapi({ example: "80", description: "parent unit code (at `at`) or id" }),
      at: DateSchema.optional().openapi({ description: "default: today" }),
      level: z.string().optional(),
      q: z.string().max(100).optional().openapi({ description: "part of the name (accents optional)" }),
    }),
  },
  responses: {
    200: {
      description: "the units",
      content: { "application/json": { schema: z.object({ at: z.string(), units: z.array(UnitSchema) }) } },
    },
    ...errors,
  },
});

const one = createRoute({
  method: "get",
  path: "/units/{code}",
  tags: ["units"],
  summary: "One unit at a date, with parent, children, predecessors and successors",
  request: {
    params: z.object({ code: z.string().min(1).max(40).openapi({ example: "80" }) }),
    query: z.object({ at: DateSchema.optional() }),
  },
  responses: {
    200: { description: "the unit", content: { "application/json": { schema: UnitDetailSchema } } },
    ...errors,
  },
});

const view = (u: UnitRecord) => ({ ...u });

export function registerUnitRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(list, async (c) => {
    const { parent, at = today(), level, q } = c.req.valid("query");
    const db = c.get("store").db;
    const parentId = parent
      ? (await resolveUnit(db, parent, at, "parent")).id
      : q || level
        ? undefined
        : null;
    const units = await listUnits(db, {
      at,
      ...(parentId !== undefined ? { parentId } : {}),
      ...(level ? { level } : {}),
      ...(q ? { nameKey: searchKey(q) } : {}),
    });
    return c.json({ at, units: units.map(view) }, 200);
  });

  api.openapi(one, async (c) => {
    const { code } = c.req.valid("param");
    const { at = today() } = c.req.valid("query");
    const d = await getUnit(c.get("store").db, code, at);
    return c.json(
      {
        ...view(d.unit),
        parent: d.parent && view(d.parent),
        children: d.children.map(view),
        predecessors: d.predecessors.map(view),
        successors: d.successors.map(view),
        changes: d.changes,
      },
      200,
    );
  });
}
