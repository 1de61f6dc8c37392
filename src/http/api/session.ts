/** Signing in and out through the API, and moving a unit's period through the workflow. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { getCookie } from "hono/cookie";
import { can, forbidden, unauthenticated } from "../../app/auth/principal.ts";
import { signIn, signOut } from "../../app/auth/sessions.ts";
import { periodBounds } from "../../app/periods.ts";
import { resolveUnitForPeriod } from "../../app/units.ts";
import { getWorkflow, moveWorkflow, WORKFLOW_ACTIONS } from "../../app/workflow.ts";
import { clientAddress, logLockout, SESSION_COOKIE } from "../auth.ts";
import { okJson, READ_ERRORS, WRITE_ERRORS, writeContext } from "./common.ts";
import type { ApiEnv } from "./env.ts";
import { PeriodSchema } from "./schemas/common.ts";

const SessionSchema = z
  .object({
    token: z.string().openapi({ description: "send as `Authorization: Bearer <token>`" }),
    csrfToken: z.string(),
    expiresAt: z.string(),
    user: z.object({ id: z.string(), name: z.string() }),
  })
  .openapi("Session");

const WorkflowSchema = z
  .object({
    unitId: z.string(),
    period: z.string(),
    state: z.enum(["draft", "submitted", "approved", "published"]),
    comment: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi("Workflow");

const UnitRef = z.string().min(1).max(40);

const routes = {
  signIn: createRoute({
    method: "post",
    path: "/session",
    tags: ["session"],
    request: {
      body: {
        content: {
          "application/json": {
            schema: z.object({ account: z.string().min(1).max(64), password: z.string().min(1).max(200) }),
          },
        },
        required: true,
      },
    },
    responses: { 201: okJson(SessionSchema, "signed in"), ...WRITE_ERRORS },
  }),
  signOut: createRoute({
    method: "delete",
    path: "/session",
    tags: ["session"],
    responses: { 204: { description: "signed out" } },
  }),
  getWorkflow: createRoute({
    method: "get",
    path: "/workflow",
    tags: ["workflow"],
    request: { query: z.object({ unit: UnitRef, period: PeriodSchema }) },
    responses: { 200: okJson(WorkflowSchema), ...READ_ERRORS },
  }),
  move: createRoute({
    method: "post",
    path: "/workflow",
    tags: ["workflow"],
    summary: "Submit, return for revision (with a comment), approve or publish a unit's period",
    request: {
      body: {
        content: {
          "application/json": {
            schema: z.object({
              unit: UnitRef,
              period: PeriodSchema,
              action: z.enum(WORKFLOW_ACTIONS),
              comment: z.string().max(4000).optional(),
            }),
          },
        },
        required: true,
      },
    },
    responses: { 200: okJson(WorkflowSchema), ...WRITE_ERRORS },
  }),
};

const view = (w: Awaited<ReturnType<typeof getWorkflow>>) => ({
  unitId: w.unitId,
  period: w.period,
  state: w.state,
  comment: w.comment,
  version: w.version,
});

export function registerSessionRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(routes.signIn, async (c) => {
    const { account, password } = c.req.valid("json");
    const s = await signIn(
      c.get("store").db,
      { account, password, address: clientAddress(c) },
      logLockout(c),
    );
    return c.json(
      {
        token: s.token,
        csrfToken: s.csrfToken,
        expiresAt: s.expiresAt,
        user: { id: s.principal.userId, name: s.principal.name },
      },
      201,
    );
  });
  api.openapi(routes.signOut, async (c) => {
    const bearer = c.req.header("authorization")?.replace(/^Bearer\s+/, "");
    const token = bearer || getCookie(c, SESSION_COOKIE);
    if (token) await signOut(c.get("store").db, token);
    return c.body(null, 204);
  });
  api.openapi(routes.getWorkflow, async (c) => {
    const { unit, period } = c.req.valid("query");
    const db = c.get("store").db;
    const principal = c.get("principal");
    if (!principal) throw unauthenticated();
    const found = await resolveUnitForPeriod(db, unit, periodBounds(period), "unit");
    if (!(await can(db, principal, "draft.read", found.id))) throw forbidden("draft.read", found.id);
    return c.json(view(await getWorkflow(db, found.id, period)), 200);
  });
  api.openapi(routes.move, async (c) => {
    const { unit, period, action, comment } = c.req.valid("json");
    const ctx = writeContext(c);
    const db = c.get("store").db;
    const found = await resolveUnitForPeriod(db, unit, periodBounds(period), "unit");
    const moved = await moveWorkflow(db, { unitId: found.id, period, action, comment }, ctx);
    return c.json(view(moved), 200);
  });
}
