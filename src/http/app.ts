/**
 * The HTTP application: JSON API under /api/v1 (Zod-validated, errors as ARCHITECTURE.md says),
 * its OpenAPI document at /api/openapi.json, and the public pages under /vi/ and /en/ (web/). Tests drive it in process with `app.request()`.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Logger } from "pino";
import { readAudit } from "../app/read-audit.ts";
import type { Store } from "../db/connect.ts";
import { registerAssessmentRoutes } from "./api/assessments.ts";
import type { ApiEnv } from "./api/env.ts";
import { errorBody, handleError, validationError } from "./api/errors.ts";
import { registerIndicatorRoutes } from "./api/indicators.ts";
import { registerObservationRoutes } from "./api/observations.ts";
import { registerPlanRoutes } from "./api/plans.ts";
import { registerProjectRoutes } from "./api/projects.ts";
import { publicReadCache } from "./api/public-read-cache.ts";
import { AuditSchema } from "./api/schemas/audit.ts";
import { DateSchema } from "./api/schemas/common.ts";
import { registerScorecardRoute } from "./api/scorecard.ts";
import { registerSessionRoutes } from "./api/session.ts";
import { registerSourceRoutes } from "./api/sources.ts";
import { registerStatementRoutes } from "./api/statements.ts";
import { registerSeriesRoute, registerUnitRoutes } from "./api/units.ts";
import { sessionMiddleware, signedInWrites } from "./auth.ts";
import { bodyLimits } from "./body-limits.ts";
import { refuseNul } from "./refuse-nul.ts";
import type { ResponseCache } from "./response-cache.ts";
import { privateNoStore, securityHeaders } from "./security-headers.ts";
import { registerStaticAssets } from "./static-assets.ts";
import { registerWebRoutes } from "./web/routes.ts";
import { registerWorkspace } from "./workspace/routes.tsx";

export interface AppOptions {
  store: Store;
  logger?: Logger;
  cache?: ResponseCache | undefined;
  /** Behind a TLS-terminating proxy: believe X-Forwarded-Proto and X-Forwarded-For. */
  trustProxy?: boolean;
  /** The site's public address for links (config.publicUrl); default http://localhost. */
  publicUrl?: string | undefined;
  /** Separation of duties in the workflow (config.separateDuties); on by default. */
  separateDuties?: boolean | undefined;
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
    c.set("trustProxy", options.trustProxy ?? false);
    c.set("publicUrl", options.publicUrl ?? "http://localhost");
    c.set("separateDuties", options.separateDuties ?? true);
    await next();
  });
  app.use("*", securityHeaders());
  // Before the session is looked up: an oversized body costs no query.
  app.use("*", bodyLimits());
  app.use("*", sessionMiddleware());
  // Before any body is read (the NUL check reads it): an anonymous write is refused unread.
  app.use("/api/v1/*", signedInWrites());
  app.use("*", refuseNul());
  app.use("*", privateNoStore());
  app.use("/api/v1/*", publicReadCache());
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
  registerStatementRoutes(api);
  registerSessionRoutes(api);
  api.openapi(
    createRoute({
      method: "get",
      path: "/audit",
      tags: ["audit"],
      request: {
        query: z.object({
          entity: z.string().max(40).optional(),
          id: z.string().max(200).optional(),
          unit: z.string().max(40).optional(),
          user: z.string().max(64).optional(),
          from: DateSchema.optional(),
          to: DateSchema.optional(),
        }),
      },
      responses: {
        200: {
          description: "the audit log",
          content: { "application/json": { schema: z.object({ entries: z.array(AuditSchema) }) } },
        },
      },
    }),
    async (c) => {
      const { entity, id, unit, user, from, to } = c.req.valid("query");
      // Reading the whole log needs audit.read over every unit; a unit's log, over that unit
      // (read at `to`, or today): the use-case decides.
      const entries = await readAudit(c.get("store").db, c.get("principal"), {
        unit,
        at: to ?? new Date().toISOString().slice(0, 10),
        entity,
        entityId: id,
        actor: user,
        from,
        to,
      });
      return c.json({ entries }, 200);
    },
  );
  api.get("/health", (c) => c.json({ ok: true, engine: options.store.engine }));

  app.route("/api/v1", api);
  registerStaticAssets(app);
  registerWorkspace(app);
  app.doc("/api/openapi.json", {
    openapi: "3.0.0",
    info: {
      title: "chitieu API",
      version: "1",
      description: "Socio-economic targets (chỉ tiêu KT-XH) of Vietnamese localities.",
    },
    servers: [{ url: "/" }],
  });
  registerWebRoutes(app);
  return app;
}
