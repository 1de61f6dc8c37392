/**
 * Values for an OpenAPI (JSON Schema) shape, mostly valid and now and then hostile at any depth:
 * a body that passes the outer checks and carries a wrong value deep inside reaches further into
 * the code than random JSON would. Strings a schema cannot say how to make (ids, unit codes,
 * periods) come from `hints`, by property name: values the seeded store knows.
 */
import fc from "fast-check";
import { hostileNumber, hostileString, hostileValue } from "./support.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema is untyped here.
export type Schema = Record<string, any>;
export type Hints = Record<string, readonly string[]>;

export interface SchemaContext {
  /** The OpenAPI document, for `$ref`. */
  doc: Schema;
  hints: Hints;
}

const DATE = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export function resolve(schema: Schema, ctx: SchemaContext): Schema {
  let s = schema;
  for (let i = 0; i < 20 && typeof s.$ref === "string"; i++) {
    const path = (s.$ref as string).replace(/^#\//, "").split("/");
    s = path.reduce((node: Schema, key) => node[key], ctx.doc);
  }
  return s;
}

/**
 * A value of `schema`, hostile at each level with weight 1 in `1 + sane` (0 sane: always hostile;
 * Infinity: always valid in shape, which is what gets a request past validation into the store).
 */
export function fromSchema(
  schema: Schema,
  ctx: SchemaContext,
  name = "",
  depth = 0,
  sane = 5,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, ctx);
  const valid = validOf(s, ctx, name, depth, sane);
  const withNull = s.nullable ? fc.oneof(valid, fc.constant(null)) : valid;
  if (sane === Number.POSITIVE_INFINITY) return withNull;
  const hostile = depth > 3 ? fc.oneof(hostileString, hostileNumber) : hostileValue;
  return fc.oneof({ arbitrary: withNull, weight: sane }, { arbitrary: hostile, weight: 1 });
}

function validOf(
  s: Schema,
  ctx: SchemaContext,
  name: string,
  depth: number,
  sane: number,
): fc.Arbitrary<unknown> {
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
  const alternatives = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((a) => fromSchema(a, ctx, name, depth + 1, sane)));
  if (Array.isArray(s.allOf)) {
    const merged = s.allOf.map((part: Schema) => resolve(part, ctx));
    return validOf(
      {
        type: "object",
        properties: Object.assign({}, ...merged.map((m: Schema) => m.properties ?? {})),
        required: merged.flatMap((m: Schema) => m.required ?? []),
      },
      ctx,
      name,
      depth,
      sane,
    );
  }
  switch (s.type) {
    case "string":
      return stringOf(s, ctx, name);
    case "integer":
      return fc.integer({ min: Math.max(s.minimum ?? -1e6, -1e9), max: Math.min(s.maximum ?? 1e6, 1e9) });
    case "number":
      return fc.double({
        min: Math.max(s.minimum ?? -1e9, -1e9),
        max: Math.min(s.maximum ?? 1e9, 1e9),
        noNaN: true,
      });
    case "boolean":
      return fc.boolean();
    case "array":
      return fc.array(fromSchema(s.items ?? {}, ctx, name, depth + 1, sane), { maxLength: 3 });
    case "object": {
      const properties = (s.properties ?? {}) as Record<string, Schema>;
      const keys = Object.keys(properties);
      if (keys.length === 0) return fc.dictionary(fc.string({ maxLength: 6 }), hostileValue, { maxKeys: 2 });
      const model = Object.fromEntries(
        keys.map((key) => [key, fromSchema(properties[key]!, ctx, key, depth + 1, sane)]),
      );
      // Mostly the required keys present; sometimes one missing, which must be named.
      const required = (s.required ?? []) as string[];
      return fc.oneof(
        {
          arbitrary: fc.record(model, { requiredKeys: required.filter((k) => keys.includes(k)) }),
          weight: 5,
        },
        { arbitrary: fc.record(model, { requiredKeys: [] }), weight: 1 },
      );
    }
    default:
      return hostileValue;
  }
}

function stringOf(s: Schema, ctx: SchemaContext, name: string): fc.Arbitrary<string> {
  if (s.format === "date") return DATE;
  if (s.format === "date-time") return DATE.map((d) => `${d}T00:00:00Z`);
  if (s.format === "uri") return fc.webUrl();
  const known = [...(ctx.hints[name] ?? []), ...(typeof s.example === "string" ? [s.example] : [])];
  const max = Math.min(s.maxLength ?? 40, 40);
  const min = Math.min(s.minLength ?? 0, max);
  // An id-like pattern (letters, digits, . _ : @ -): new ids that pass it, so that creations succeed.
  const free =
    typeof s.pattern === "string" && s.pattern.includes("\\p{L}")
      ? fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/)
      : fc.string({ unit: "grapheme", minLength: Math.max(min, 1), maxLength: max });
  if (known.length === 0) return free;
  // A known value with one character added that must not pass: NUL, a control, a combining mark.
  const nearly = fc
    .tuple(fc.constantFrom(...known), fc.constantFrom("\u0000", "\u0007", "\u0301", " ", "\uFEFF", "\uD800"))
    .map(([k, c]) => k + c);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...known), weight: 6 },
    { arbitrary: free, weight: 2 },
    { arbitrary: nearly, weight: 1 },
  );
}
