import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { getUnit } from "../../app/get-unit.ts";
import { readUnits } from "../../app/read-catalogue.ts";
import { seriesAcrossReform } from "../../app/series.ts";
import { resolveUnit } from "../../app/units.ts";
import type { AdminUnit, Neighbour } from "../../domain/admin-units.ts";
import { searchKey } from "../../domain/text.ts";
import { callerView, READ_ERRORS } from "./common.ts";
import type { ApiEnv } from "./env.ts";
import { DateSchema } from "./schemas/common.ts";
import { UnitDetailSchema, UnitSchema } from "./schemas/units.ts";

const today = () => new Date().toISOString().slice(0, 10);

const list = createRoute({
  method: "get",
  path: "/units",
  tags: ["units"],
  summary: "Administrative units valid at a date: under a parent, or the provinces",
  request: {
    query: z.object({
      parent: z
        .string()
        .min(1)
        .max(40)
        .optional()
        .openapi({ example: "80", description: "parent unit code (read at `at`) or id" }),
      at: DateSchema.optional().openapi({ description: "default: today" }),
      level: z.enum(["province", "district", "commune"]).optional(),
      q: z.string().max(100).optional().openapi({ description: "part of the name (accents optional)" }),
    }),
  },
  responses: {
    200: {
      description: "the units",
      content: { "application/json": { schema: z.object({ at: z.string(), units: z.array(UnitSchema) }) } },
    },
    ...READ_ERRORS,
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
    ...READ_ERRORS,
  },
});

export const unitView = (u: AdminUnit) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  ...(u.nameEn ? { nameEn: u.nameEn } : {}),
  level: u.level,
  kind: u.kind,
  parentId: u.parentId,
  validFrom: u.validFrom,
  validTo: u.validTo,
});

const neighbourView = (n: Neighbour) => ({
  ...unitView(n.unit),
  whole: n.whole,
  derived: n.derived,
  change: { id: n.change.id, date: n.change.date, kind: n.change.kind, basis: n.change.basis },
});

export function registerUnitRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(list, async (c) => {
    const { parent, at = today(), level, q } = c.req.valid("query");
    const db = c.get("store").db;
    const parentId = parent
      ? (await resolveUnit(db, parent, at, "parent")).id
      : q || level
        ? undefined
        : null;
    const units = await readUnits(db, {
      at,
      ...(parentId !== undefined ? { parentId } : {}),
      ...(level ? { level } : {}),
      ...(q ? { search: searchKey(q) } : {}),
    });
    return c.json({ at, units: units.map(unitView) }, 200);
  });

  api.openapi(one, async (c) => {
    const { code } = c.req.valid("param");
    const { at = today() } = c.req.valid("query");
    const d = await getUnit(c.get("store").db, code, at);
    return c.json(
      {
        ...unitView(d.unit),
        parent: d.parent && unitView(d.parent),
        children: d.children.map(unitView),
        predecessors: d.predecessors.map(neighbourView),
        successors: d.successors.map(neighbourView),
      },
      200,
    );
  });
}

const series = createRoute({
  method: "get",
  path: "/series",
  tags: ["units"],
  summary: "A unit's yearly series of one indicator, across the 2025 reform through its predecessors",
  request: {
    query: z.object({
      unit: z
        .string()
        .min(1)
        .max(40)
        .openapi({ example: "80", description: "unit code (read at `at`) or id" }),
      indicator: z.string().min(1).max(64).openapi({ example: "rice_output" }),
      from: z.coerce.number().int().min(1945).max(2200).openapi({ example: 2020 }),
      to: z.coerce.number().int().min(1945).max(2200).openapi({ example: 2026 }),
      at: DateSchema.optional().openapi({ description: "default: today" }),
    }),
  },
  responses: {
    200: {
      description: "one point a year: the value, how it was obtained, and the figures read",
      content: {
        "application/json": {
          schema: z.object({
            unit: UnitSchema,
            indicator: z.string(),
            unitOfMeasure: z.string(),
            points: z.array(
              z.object({
                year: z.number(),
                method: z.enum(["self", "sum", "not_comparable"]),
                value: z.number().nullable(),
                comparable: z.boolean(),
                reason: z.string().optional(),
                provisional: z.boolean(),
                changeOnPreviousYear: z.number().nullable().openapi({
                  description:
                    "So cùng kỳ: change on the year before in %, for quantities; null for rates, or when either year has no comparable value",
                }),
                sources: z.array(
                  z.object({
                    unit: UnitSchema,
                    whole: z.boolean(),
                    value: z.number().nullable(),
                    observationId: z.string().nullable(),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    ...READ_ERRORS,
  },
});

export function registerSeriesRoute(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(series, async (c) => {
    const q = c.req.valid("query");
    const s = await seriesAcrossReform(c.get("store").db, callerView(c), { ...q, at: q.at ?? today() });
    const byId = new Map(s.units.map((u) => [u.id, u]));
    return c.json(
      {
        unit: unitView(s.unit),
        indicator: s.indicator.code,
        unitOfMeasure: s.indicator.unit,
        points: s.points.map((p) => ({
          ...p,
          sources: p.sources.map(({ unitId, ...rest }) => ({ unit: unitView(byId.get(unitId)!), ...rest })),
        })),
      },
      200,
    );
  });
}
