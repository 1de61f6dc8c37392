/**
 * The OpenAPI document as a client reads it: valid for a standard validator
 * (@apidevtools/swagger-parser), and every example it shows valid against its own schema (Ajv),
 * so that a client generated from it accepts what the API sends.
 */
import SwaggerParser from "@apidevtools/swagger-parser";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import type { Store } from "../../db/connect.ts";
import { createApp } from "../app.ts";

/** The document; rendering it reads nothing from the store. */
type OpenApiDocument = Exclude<Parameters<typeof SwaggerParser.validate>[0], string>;

async function openApiDocument(): Promise<OpenApiDocument> {
  const response = await createApp({ store: {} as Store }).request("/api/openapi.json");
  expect(response.status).toBe(200);
  return (await response.json()) as OpenApiDocument;
}

interface Example {
  where: string;
  schema: Record<string, unknown>;
  example: unknown;
}

/** Every schema (after $refs are resolved) that carries an example, with where it sits. */
function examplesIn(
  node: unknown,
  where: string,
  found: Example[] = [],
  seen = new Set<unknown>(),
): Example[] {
  if (typeof node !== "object" || node === null || seen.has(node)) return found;
  seen.add(node);
  const record = node as Record<string, unknown>;
  if (
    "example" in record &&
    ("type" in record || "anyOf" in record || "oneOf" in record || "allOf" in record)
  ) {
    found.push({ where, schema: record, example: record.example });
  }
  for (const [key, value] of Object.entries(record)) examplesIn(value, `${where}/${key}`, found, seen);
  return found;
}

/**
 * An OpenAPI 3.0 schema in JSON Schema's terms for Ajv: `nullable` becomes a null type, and a
 * boolean `exclusiveMinimum`/`exclusiveMaximum` becomes the bound itself.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== "object" || node === null) return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    out[key] = key === "example" || key === "enum" ? value : toJsonSchema(value);
  }
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof out[flag] === "boolean") {
      if (out[flag]) out[flag] = out[bound];
      else delete out[flag];
      if (out[flag] !== undefined) delete out[bound];
    }
  }
  if (nullable !== true) return out;
  if (typeof out.type === "string")
    return {
      ...out,
      type: [out.type, "null"],
      ...(out.enum ? { enum: [...(out.enum as unknown[]), null] } : {}),
    };
  if (out.type === undefined && !out.anyOf && !out.oneOf && !out.allOf) return out;
  return { anyOf: [out, { type: "null" }] };
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI for a standard validator", async () => {
    await expect(SwaggerParser.validate(await openApiDocument())).resolves.toBeDefined();
  });

  it("shows ids that its own pattern accepts", async () => {
    const document = JSON.stringify(await openApiDocument());
    const patterns = new Set(
      [...document.matchAll(/"pattern":("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!)),
    );
    expect(patterns.size).toBeGreaterThan(0);
    for (const pattern of patterns) expect(() => new RegExp(pattern, "u")).not.toThrow();
    const idPattern = [...patterns].find((p: string) => p.includes("\\p{L}"));
    expect(new RegExp(idPattern, "u").test("can-duoc-2023-kh")).toBe(true);
  });

  it("lists the values of a plan's kind and state, a target's official label and a unit's kind", async () => {
    const document = (await openApiDocument()) as { components?: { schemas?: unknown } };
    const schemas = document.components?.schemas as Record<
      string,
      { properties: Record<string, { enum?: unknown[] }> }
    >;
    expect(schemas.Plan?.properties.kind?.enum).toContain("annual_plan");
    expect(schemas.Plan?.properties.state?.enum).toEqual(["draft", "adopted"]);
    expect(schemas.Target?.properties.officialLabel?.enum).toEqual(
      expect.arrayContaining(["exceeded", "met", "nearly_met", "not_met"]),
    );
    expect(schemas.AdminUnit?.properties.kind?.enum).toEqual(
      expect.arrayContaining(["tỉnh", "xã", "phường"]),
    );
    expect(schemas.Observation?.properties.stage?.enum).toContain("official");
  });

  it("has examples that are valid against their own schema", async () => {
    const resolved = await SwaggerParser.dereference(await openApiDocument());
    const examples = examplesIn(resolved, "#");
    expect(examples.length).toBeGreaterThan(10);
    // OpenAPI 3.0's schema dialect: `nullable` and `example` are its own keywords.
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addKeyword({ keyword: "example" });
    ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
    ajv.addFormat("uri", (value: string) => URL.canParse(value));
    const wrong: string[] = [];
    for (const { where, schema, example } of examples) {
      const validate = ajv.compile(toJsonSchema(schema) as Record<string, unknown>);
      if (!validate(example)) wrong.push(`${where}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(wrong).toEqual([]);
  });
});
