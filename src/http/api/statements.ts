import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { acceptStatement } from "../../app/accept-statement.ts";
import { acceptTargetStatement } from "../../app/accept-target-statement.ts";
import { getStatement } from "../../app/get-statement.ts";
import { listStatements } from "../../app/list-statements.ts";
import { recordReportedRollup } from "../../app/record-reported-rollup.ts";
import { rejectStatement } from "../../app/reject-statement.ts";
import type { ReviewedStatement } from "../../app/suggest-indicators.ts";
import type { StatementRecord } from "../../db/statements.ts";
import { REVIEW_STATUSES } from "../../domain/review.ts";
import { ReportedSchema, reportedView } from "./assessments.ts";
import {
  callerView,
  IfMatchHeader,
  okJson,
  READ_ERRORS,
  setEtag,
  WRITE_ERRORS,
  writeContext,
} from "./common.ts";
import type { ApiEnv } from "./env.ts";
import { observationView } from "./observations.ts";
import { targetView } from "./plans.ts";
import { IdSchema } from "./schemas/common.ts";
import { ObservationSchema } from "./schemas/observations.ts";
import { TargetSchema } from "./schemas/plans.ts";
import {
  AcceptBodySchema,
  RecordRollupBodySchema,
  RejectBodySchema,
  StatementSchema,
  ToPlanBodySchema,
} from "./schemas/statements.ts";

const IdParam = z.object({ id: IdSchema });
const body = <T extends z.ZodType>(schema: T) => ({
  content: { "application/json": { schema } },
  required: true,
});
export const statementView = (s: ReviewedStatement | StatementRecord) => {
  const { createdAt: _c, ...rest } = s;
  return rest;
};

const routes = {
  list: createRoute({
    method: "get",
    path: "/statements",
    tags: ["review"],
    summary: "The review queue: statements read from submitted sources, with a suggested indicator",
    request: {
      query: z.object({
        source: IdSchema.optional(),
        status: z.enum(REVIEW_STATUSES).optional(),
      }),
    },
    responses: { 200: okJson(z.object({ statements: z.array(StatementSchema) })), ...READ_ERRORS },
  }),
  get: createRoute({
    method: "get",
    path: "/statements/{id}",
    tags: ["review"],
    request: { params: IdParam },
    responses: { 200: okJson(StatementSchema), ...READ_ERRORS },
  }),
  accept: createRoute({
    method: "post",
    path: "/statements/{id}/accept",
    tags: ["review"],
    summary:
      "Accept (or edit and accept) a statement: records the observation revision and any implied target, in one transaction",
    request: { params: IdParam, headers: IfMatchHeader, body: body(AcceptBodySchema) },
    responses: {
      200: okJson(
        z.object({
          statement: StatementSchema,
          observation: ObservationSchema,
          impliedTargets: z.array(TargetSchema),
        }),
        "accepted",
      ),
      ...WRITE_ERRORS,
    },
  }),
  recordRollup: createRoute({
    method: "post",
    path: "/statements/{id}/record-rollup",
    tags: ["review"],
    summary:
      "Record a roll-up statement (“23/24 chỉ tiêu đạt và vượt”) as the source's reported roll-up of a plan, in one transaction",
    request: { params: IdParam, headers: IfMatchHeader, body: body(RecordRollupBodySchema) },
    responses: {
      200: okJson(z.object({ statement: StatementSchema, reported: ReportedSchema }), "recorded"),
      ...WRITE_ERRORS,
    },
  }),
  toPlan: createRoute({
    method: "post",
    path: "/statements/{id}/to-plan",
    tags: ["review"],
    summary:
      "Put a target statement (“phấn đấu … đạt 650 tỷ đồng”) into a plan of its period as a target, with the source as its source",
    request: { params: IdParam, headers: IfMatchHeader, body: body(ToPlanBodySchema) },
    responses: {
      200: okJson(z.object({ statement: StatementSchema, targets: z.array(TargetSchema) }), "accepted"),
      ...WRITE_ERRORS,
    },
  }),
  reject: createRoute({
    method: "post",
    path: "/statements/{id}/reject",
    tags: ["review"],
    summary: "Reject a statement, with the reason: nothing else is written",
    request: { params: IdParam, headers: IfMatchHeader, body: body(RejectBodySchema) },
    responses: { 200: okJson(StatementSchema, "rejected"), ...WRITE_ERRORS },
  }),
};

export function registerStatementRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(routes.list, async (c) => {
    const { source, status } = c.req.valid("query");
    const statements = await listStatements(c.get("store").db, callerView(c), { sourceId: source, status });
    return c.json({ statements: statements.map(statementView) }, 200);
  });
  api.openapi(routes.get, async (c) => {
    const found = await getStatement(c.get("store").db, callerView(c), c.req.valid("param").id);
    setEtag(c, found.version);
    return c.json(statementView(found), 200);
  });
  api.openapi(routes.accept, async (c) => {
    const { reason, ...input } = c.req.valid("json");
    const { id } = c.req.valid("param");
    const result = await acceptStatement(c.get("store").db, id, input, writeContext(c, reason));
    setEtag(c, result.statement.version);
    const { statement, observation, impliedTargets } = result;
    return c.json(
      {
        statement: statementView(statement),
        observation: observationView(observation),
        impliedTargets: impliedTargets.map(targetView),
      },
      200,
    );
  });
  api.openapi(routes.recordRollup, async (c) => {
    const { id } = c.req.valid("param");
    const result = await recordReportedRollup(c.get("store").db, id, c.req.valid("json"), writeContext(c));
    setEtag(c, result.statement.version);
    return c.json(
      { statement: statementView(result.statement), reported: reportedView(result.reported) },
      200,
    );
  });
  api.openapi(routes.toPlan, async (c) => {
    const { id } = c.req.valid("param");
    const { reason, ...input } = c.req.valid("json");
    const result = await acceptTargetStatement(c.get("store").db, id, input, writeContext(c, reason));
    setEtag(c, result.statement.version);
    return c.json(
      { statement: statementView(result.statement), targets: result.targets.map(targetView) },
      200,
    );
  });
  api.openapi(routes.reject, async (c) => {
    const { id } = c.req.valid("param");
    const { reason } = c.req.valid("json");
    const rejected = await rejectStatement(c.get("store").db, id, reason, writeContext(c, reason));
    setEtag(c, rejected.version);
    return c.json(statementView(rejected), 200);
  });
}
