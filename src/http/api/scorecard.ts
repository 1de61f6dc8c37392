import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { scorecard } from "../../app/scorecard.ts";
import { cachedResponse } from "../response-cache.ts";
import { callerView, READ_ERRORS } from "./common.ts";
import type { ApiEnv } from "./env.ts";
import { PeriodSchema } from "./schemas/common.ts";
import { UnitSchema } from "./schemas/units.ts";
import { unitView } from "./units.ts";

const Row = z
  .object({
    unit: z.object({
      id: z.string(),
      code: z.string(),
      kind: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
    }),
    counts: z.record(z.string(), z.number()),
    metOrExceeded: z.number(),
    withData: z.number(),
    total: z.number(),
    provisional: z.number(),
  })
  .openapi("ScorecardRow");

const ScorecardSchema = z
  .object({
    period: z.string(),
    parent: UnitSchema.optional(),
    units: z.array(Row),
    totals: z.object({ metOrExceeded: z.number(), withData: z.number(), total: z.number() }),
  })
  .openapi("Scorecard");

const route = createRoute({
  method: "get",
  path: "/scorecard",
  tags: ["assessment"],
  summary: "Targets met or exceeded over those with data, per province (national) or per child of a unit",
  request: {
    query: z.object({
      period: PeriodSchema.openapi({ example: "2024", description: "a year" }),
      unit: z
        .string()
        .min(1)
        .max(40)
        .optional()
        .openapi({ description: "a unit code or id: its children are listed; absent: the provinces" }),
    }),
  },
  responses: {
    304: { description: "unchanged since the ETag given in If-None-Match" },
    200: {
      description: "the scorecard; ETag from its bytes, cacheable by a CDN for a minute",
      content: { "application/json": { schema: ScorecardSchema } },
    },
    ...READ_ERRORS,
  },
});

/** Public data, the same for every reader: a CDN may keep it a minute and serve it stale while it asks again. */
export const SCORECARD_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export function registerScorecardRoute(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(route, async (c) => {
    const q = c.req.valid("query");
    const view = callerView(c);
    const compute = async () => {
      const card = await scorecard(c.get("store").db, view, { period: q.period, unit: q.unit });
      return cachedResponse(
        JSON.stringify({ ...card, ...(card.parent ? { parent: unitView(card.parent) } : {}) }),
      );
    };
    const cache = c.get("cache");
    // Keyed on what the caller may see: one answer for the public, one per set of grants.
    const key = `scorecard\t${view.key}\t${q.period}\t${q.unit ?? ""}`;
    const { body, etag } = cache ? await cache.getOrCompute(key, compute) : await compute();
    c.header("ETag", etag);
    c.header("Cache-Control", view.principal ? "no-store" : SCORECARD_CACHE_CONTROL);
    c.header("Vary", "Accept-Encoding");
    if (c.req.header("if-none-match") === etag) return c.body(null, 304) as never;
    return c.body(body, 200, { "Content-Type": "application/json; charset=utf-8" }) as never;
  });
}
