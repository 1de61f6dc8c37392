import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { getSource } from "../../app/get-source.ts";
import { listSources } from "../../app/list-sources.ts";
import { type SourceWithStatements, submitSource } from "../../app/submit-source.ts";
import { isWebAddress, WEB_ADDRESS_MESSAGE } from "../../app/web-address.ts";
import { callerView, okJson, READ_ERRORS, WRITE_ERRORS, writeContext } from "./common.ts";
import type { ApiEnv } from "./env.ts";
import { DateSchema, IdSchema } from "./schemas/common.ts";
import { StatementSchema } from "./schemas/statements.ts";
import { statementView } from "./statements.ts";

const SourceSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(["document", "report", "article", "import", "extract", "form"]),
    title: z.string().trim().min(1).max(1000),
    issuer: z.string().max(500).optional(),
    publisher: z.string().max(500).optional(),
    number: z.string().max(200).optional(),
    date: DateSchema.optional(),
    url: z.url().max(2000).refine(isWebAddress, WEB_ADDRESS_MESSAGE).optional(),
    quote: z.string().max(10_000).optional(),
    note: z.string().max(2000).optional(),
    illustrative: z.boolean().optional(),
  })
  .openapi("Source");
const SourceBodySchema = SourceSchema.partial({ id: true })
  .extend({
    text: z.string().max(1_000_000).optional().openapi({
      description: "report text: read into statements that wait in the review queue (/statements)",
    }),
    unit: z.string().trim().min(1).max(100).optional().openapi({
      description:
        "the unit (code valid at the source's date, or id) the source is about: the locality of statements that name none",
    }),
    period: z.string().trim().min(1).max(200).optional().openapi({
      description: 'the period the source is about, as written ("năm 2023"): for statements that state none',
    }),
  })
  .openapi("SourceBody");
const SourceDetailSchema = SourceSchema.extend({
  text: z
    .string()
    .optional()
    .openapi({ description: "the text as stored (NFC): statement offsets refer to it" }),
  statements: z.array(StatementSchema),
}).openapi("SourceDetail");

const sourceView = (s: SourceWithStatements) => ({
  ...s.source,
  ...(s.text !== undefined ? { text: s.text } : {}),
  statements: s.statements.map(statementView),
});

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
    responses: { 200: okJson(SourceDetailSchema), ...READ_ERRORS },
  }),
  create: createRoute({
    method: "post",
    path: "/sources",
    tags: ["sources"],
    request: { body: { content: { "application/json": { schema: SourceBodySchema } }, required: true } },
    summary: "Record a source; with its text, read it into statements for review",
    responses: { 201: okJson(SourceDetailSchema, "created"), ...WRITE_ERRORS },
  }),
};

export function registerSourceRoutes(api: OpenAPIHono<ApiEnv>): void {
  api.openapi(routes.list, async (c) =>
    c.json({ sources: await listSources(c.get("store").db, callerView(c)) }, 200),
  );
  api.openapi(routes.get, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(sourceView(await getSource(c.get("store").db, callerView(c), id)), 200);
  });
  api.openapi(routes.create, async (c) => {
    const created = await submitSource(c.get("store").db, c.req.valid("json"), writeContext(c));
    return c.json(sourceView(created), 201);
  });
}
