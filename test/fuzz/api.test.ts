/**
 * Every operation of the OpenAPI document (/api/openapi.json, so a new route is fuzzed without
 * touching this file), on each engine: path parameters, query strings, If-Match and JSON bodies
 * generated from the route's own schemas with hostile values at any depth; then raw bodies no
 * schema describes (invalid UTF-8, 10⁵-deep JSON, wrong content types, nothing at all). Each answer
 * is a 2xx/3xx or a 4xx naming the field (the error contract), within a time bound, and a refused
 * request leaves the store exactly as it was.
 */
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Store } from "../../src/db/connect.ts";
import { createApp } from "../../src/http/app.ts";
import { sessionFor } from "../support/api.ts";
import { describeStore } from "../support/engines.ts";
import { fromSchema, resolve, type Schema, type SchemaContext } from "./from-schema.ts";
import { HINTS, seedFuzzStore } from "./seed.ts";
import {
  brokenEscape,
  countCase,
  encodePart,
  expectContract,
  fingerprint,
  fuzzParams,
  hostileString,
  reportCases,
  runs,
  toJson,
  within,
} from "./support.ts";

const MILLION_ASCII = "a".repeat(1_000_000);
const CASES_PER_ROUTE = runs(12);
const TIME_BOUND_MS = 15_000;

interface Operation {
  method: string;
  /** OpenAPI path, `{param}` style. */
  path: string;
  params: { name: string; in: string; schema: Schema; required?: boolean }[];
  body?: Schema;
}

// The document is read through the app itself; without a token no request touches the store.
const DOC: Schema = await (
  await createApp({ store: undefined as unknown as Store }).request("/api/openapi.json")
).json();
const OPERATIONS: Operation[] = Object.entries(DOC.paths as Record<string, Record<string, Schema>>).flatMap(
  ([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      params: op.parameters ?? [],
      ...(op.requestBody ? { body: op.requestBody.content["application/json"].schema } : {}),
    })),
);

interface Case {
  url: string;
  body?: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
  ifMatch?: string;
  signedIn: boolean;
}

const asciiHeader = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 30,
});

function caseOf(op: Operation, ctx: SchemaContext): fc.Arbitrary<Case> {
  const textOf = (v: unknown) => (typeof v === "string" ? v : toJson(v));
  const part = (name: string, schema: Schema) =>
    fc.oneof(
      { arbitrary: fromSchema(schema, ctx, name).map((v) => encodePart(textOf(v))), weight: 6 },
      { arbitrary: brokenEscape, weight: 1 },
    );
  const pathParams = op.params.filter((p) => p.in === "path");
  const queryParams = op.params.filter((p) => p.in === "query");
  const path = fc
    .tuple(...pathParams.map((p) => part(p.name, p.schema)))
    .map((values) => pathParams.reduce((url, p, i) => url.replace(`{${p.name}}`, values[i]!), op.path));
  const query = fc
    .tuple(
      ...queryParams.map((p) => fc.option(part(p.name, p.schema), { freq: 3 })),
      fc.option(fc.tuple(fc.string({ maxLength: 8 }), hostileString), { freq: 4 }),
    )
    .map((values) => {
      const pairs = queryParams.flatMap((p, i) => (values[i] === null ? [] : [`${p.name}=${values[i]}`]));
      const extra = values[queryParams.length] as [string, string] | null;
      if (extra) pairs.push(`${encodePart(extra[0])}=${encodePart(extra[1])}`);
      return pairs.length > 0 ? `?${pairs.join("&")}` : "";
    });
  const body = op.body
    ? fc.oneof(
        // Well-formed bodies reach the store; mutated ones probe every check on the way.
        { arbitrary: fromSchema(op.body, ctx, "body", 0, Number.POSITIVE_INFINITY).map(toJson), weight: 4 },
        { arbitrary: fromSchema(op.body, ctx, "body", 0, 6).map(toJson), weight: 5 },
        { arbitrary: fc.constantFrom("", "null", "[]", '"x"', "{", '{"a":'), weight: 1 },
      )
    : fc.constant(undefined);
  return fc.record({
    url: fc.tuple(path, query).map(([p, q]) => p + q),
    body,
    contentType: fc.oneof(
      { arbitrary: fc.constant("application/json"), weight: 8 },
      fc.constantFrom(
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
        "application/json; charset=latin1",
      ),
    ),
    ifMatch: fc.option(
      fc.oneof(fc.constantFrom('"1"', '"2"', "*", 'W/"1"', '"99999999999999999999"'), asciiHeader),
      {
        freq: 2,
      },
    ),
    signedIn: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  }) as fc.Arbitrary<Case>;
}

/** The raw bodies no schema describes, sent to every operation that takes one. */
function rawBodies(
  op: Operation,
  ctx: SchemaContext,
): { label: string; body: string | Uint8Array<ArrayBuffer>; type: string }[] {
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
  const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`;
  const props = Object.keys((op.body ? resolve(op.body, ctx) : {}).properties ?? {});
  return [
    { label: "empty", body: "", type: "application/json" },
    {
      label: "invalid UTF-8",
      body: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0x22, 0x7d]),
      type: "application/json",
    },
    {
      label: "lone surrogate escapes",
      body: `{"${props[0] ?? "a"}":"\\ud800\\udfff\\ud800"}`,
      type: "application/json",
    },
    { label: "10^5-deep array", body: deep(100_000), type: "application/json" },
    { label: "10^5-deep object", body: deepObject(100_000), type: "application/json" },
    ...props.map((p) => ({
      label: `10^5-deep ${p}`,
      body: `{"${p}":${deep(100_000)}}`,
      type: "application/json",
    })),
    {
      label: "__proto__",
      body: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}',
      type: "application/json",
    },
    { label: "text/plain JSON", body: "{}", type: "text/plain" },
    { label: "form body", body: "a=1&b=%FF", type: "application/x-www-form-urlencoded" },
    { label: "multipart without boundary", body: "--x\r\n\r\n", type: "multipart/form-data" },
    { label: "no content type", body: "{}", type: "" },
    {
      label: "NaN and Infinity as text",
      body: `{${props.map((p) => `"${p}":"NaN"`).join(",")}}`,
      type: "application/json",
    },
    { label: "bare NaN", body: `{${props.map((p) => `"${p}":NaN`).join(",")}}`, type: "application/json" },
    { label: "1e400", body: `{${props.map((p) => `"${p}":1e400`).join(",")}}`, type: "application/json" },
    { label: "-0", body: `{${props.map((p) => `"${p}":-0`).join(",")}}`, type: "application/json" },
    ...props.map((p) => ({
      label: `10^6-character ${p}`,
      body: `{"${p}":"${MILLION_ASCII}"}`,
      type: "application/json",
    })),
  ];
}

describeStore(
  "fuzzed API",
  import.meta.filename,
  (ctx) => {
    let app: ReturnType<typeof createApp>;
    let token: string;
    let schemaCtx: SchemaContext;
    let before: Record<string, string>;

    beforeAll(async () => {
      app = createApp({ store: ctx.store });
      token = await sessionFor(ctx.store, "tester", [{ role: "administrator", unitId: null }]);
      const statements = await ctx.store.db.selectFrom("statements").select("id").execute();
      schemaCtx = {
        doc: DOC,
        hints: { ...HINTS, id: [...HINTS.id!, ...statements.map((s) => String(s.id))] },
      };
      before = await fingerprint(ctx.store);
    });
    afterAll(() => reportCases("api"));

    /** Sends one request and checks the contract; a refused one must leave the store unchanged. */
    async function check(op: Operation, c: Case, label: string): Promise<void> {
      const headers: Record<string, string> = {};
      if (c.signedIn) headers.authorization = `Bearer ${token}`;
      if (c.contentType) headers["content-type"] = c.contentType;
      if (c.ifMatch !== undefined) headers["if-match"] = c.ifMatch;
      const where = `${op.method} ${c.url.slice(0, 200)} (${label})`;
      const response = await within(
        TIME_BOUND_MS,
        where,
        Promise.resolve(
          app.request(c.url, {
            method: op.method,
            headers,
            ...(c.body !== undefined && op.method !== "GET" ? { body: c.body } : {}),
          }),
        ),
      );
      const text = await response.text();
      countCase(`api answers ${response.status}`);
      expectContract(response.status, text, where);
      const after = await fingerprint(ctx.store);
      if (response.status >= 400)
        expect(after, `${where} refused with ${response.status} but wrote`).toEqual(before);
      before = after;
    }

    for (const op of OPERATIONS) {
      it(`${op.method} ${op.path}: ${CASES_PER_ROUTE} generated requests`, async () => {
        await fc.assert(
          fc.asyncProperty(caseOf(op, schemaCtx), async (c) => {
            countCase(`api ${op.method} ${op.path}`);
            countCase("api (all routes, generated)");
            await check(op, c, "generated");
          }),
          fuzzParams(CASES_PER_ROUTE),
        );
      });
    }

    for (const op of OPERATIONS.filter((o) => o.body)) {
      it(`${op.method} ${op.path}: raw bodies (invalid UTF-8, deep JSON, wrong types)`, async () => {
        for (const raw of rawBodies(op, schemaCtx)) {
          countCase("api (all routes, raw bodies)");
          const url = op.path.replace(
            /\{(\w+)\}/g,
            (_, name: string) => HINTS[name === "id" ? "id" : name]?.[0] ?? "x",
          );
          await check(
            op,
            { url, body: raw.body, contentType: raw.type, ifMatch: '"1"', signedIn: true },
            raw.label,
          );
        }
      });
    }
  },
  { seed: seedFuzzStore, once: true },
);
