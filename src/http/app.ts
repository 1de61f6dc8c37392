/**
 * The HTTP application: JSON API under /api/v1 (Zod-validated, errors as ARCHITECTURE.md says),
 * its OpenAPI document at /api/openapi.json. Tests drive it in process with `app.request()`.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Logger } from "pino";
import { listAudit } from "../db/audit.ts";
import type { Store } from "../db/connect.ts";
import { registerAssessmentRoutes } from "./api/assessments.ts";
import type { ApiEnv } from "./api/env.ts";
import { errorBody, handleError, validationError } from "./api/errors.ts";
import { registerIndicatorRoutes } from "./api/indicators.ts";
import { registerObservationRoutes } from "./api/observations.ts";
import { registerPlanRoutes } from "./api/plans.ts";
import { registerProjectRoutes } from "./api/projects.ts";
import { AuditSchema } from "./api/schemas.ts";
import { registerScorecardRoute } from "./api/scorecard.ts";
import { registerSourceRoutes } from "./api/sources.ts";
import { registerSeriesRoute, registerUnitRoutes } from "./api/units.ts";
import type { ResponseCache } from "./response-cache.ts";

export interface AppOptions {
  store: Store;
  logger?: Logger;
  cache?: ResponseCache | undefined;
}

const newApi = () =>
  new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(validationError(result.error, result.target), 422);
    },
  });

export function createApp(options: AppOptions) {
  const app = new OpenAPIHono<ApiEnv>();
  app.use("*", async (c, next) => {
    c.set("store", options.store);
    c.set("logger", options.logger);
    c.set("cache", options.cache);
    await next();
  });
  app.onError(handleError);
  app.notFound((c) =>
    c.json(errorBody("not_found", `no route ${c.req.method} ${c.req.path}`, { field: "path" }), 404),
  );

  const api = newApi();
  registerUnitRoutes(api);
  registerSeriesRoute(api);
  registerIndicatorRoutes(api);
  registerPlanRoutes(api);
  registerObservationRoutes(api);
  registerProjectRoutes(api);
  registerAssessmentRoutes(api);
  registerScorecardRoute(api);
  registerSourceRoutes(api);
  api.openapi(
    createRoute({
      method: "get",
      path: "/audit",
      tags: ["audit"],
      request: {
        query: z.object({ entity: z.string().max(40).optional(), id: z.string().max(200).optional() }),
      },
      responses: {
        200: {
          description: "the audit log",
          content: { "application/json": { schema: z.object({ entries: z.array(AuditSchema) }) } },
        },
      },
    }),
    async (c) => {
      const { entity, id } = c.req.valid("query");
      const entries = await listAudit(c.get("store").db, {
        ...(entity ? { entity } : {}),
        ...(id ? { entityId: id } : {}),
      });
      return c.json({ entries }, 200);
    },
  );
  api.get("/health", (c) => c.json({ ok: true, engine: options.store.engine }));

  app.route("/api/v1", api);
  app.doc("/api/openapi.json", {
    openapi: "3.0.0",
    info: {
      title: "chitieu API",
      version: "1",
      description: "Socio-economic targets (chỉ tiêu KT-XH) of Vietnamese localities.",
    },
    servers: [{ url: "/" }],
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
