/**
 * Refuses a request carrying the NUL character (U+0000) in its path, query, JSON body or form,
 * naming the field (422). PostgreSQL text cannot hold NUL: such a value failed deep in a query
 * ("invalid byte sequence for encoding UTF8: 0x00") and came back as a 500, on reads as well as on
 * writes. No legitimate input has one, so it is refused once, here, rather than in every use-case.
 */
import type { Context, MiddlewareHandler } from "hono";
import { workspaceMessages } from "../i18n/workspace.ts";
import type { ApiEnv } from "./api/env.ts";
import { refuse } from "./refusal.tsx";

const NUL = "\u0000";

/** The path (dotted, as validation errors name fields) of the first string holding NUL, if any. */
export function nulPath(value: unknown, path: string[] = []): string | undefined {
  // An explicit stack: a body nested 10⁵ levels deep must not overflow this walk.
  const stack: [unknown, string[]][] = [[value, path]];
  while (stack.length > 0) {
    const [v, at] = stack.pop()!;
    if (typeof v === "string") {
      if (v.includes(NUL)) return at.join(".");
    } else if (v !== null && typeof v === "object") {
      const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        if (key.includes(NUL)) return [...at, key].join(".");
        stack.push([child, [...at, key]]);
      }
    }
  }
  return undefined;
}

async function fieldWithNul(c: Context<ApiEnv>): Promise<string | undefined> {
  // Hono decodes the path; the raw one is checked too, for a %00 it left encoded.
  const url = c.req.url;
  if (c.req.path.includes(NUL)) return "path";
  if (url.includes("%00")) {
    if (/%00/.test(new URL(url).pathname)) return "path";
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (name.includes(NUL) || values.some((v) => v.includes(NUL)))
        return name.replaceAll(NUL, "") || "query";
    }
  }
  // GET and HEAD have no body; asking would make @hono/node-server build the whole Request.
  if (c.req.method === "GET" || c.req.method === "HEAD" || !c.req.raw.body) return undefined;
  const type = c.req.header("content-type") ?? "";
  try {
    if (/^application\/json/i.test(type)) {
      const text = await c.req.text();
      // Cheap test first: a NUL can only come as the escape \u0000 (JSON forbids it raw).
      if (!/\\u0000/i.test(text)) return undefined;
      const field = nulPath(JSON.parse(text));
      return field === undefined ? undefined : field || "body";
    }
    if (/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) {
      // formData() is cached: the route's parseBody reads the same parse.
      const form = await c.req.formData();
      let field: string | undefined;
      form.forEach((value, name) => {
        if (
          field === undefined &&
          (name.includes(NUL) || (typeof value === "string" && value.includes(NUL)))
        ) {
          field = name.replaceAll(NUL, "") || "body";
        }
      });
      return field;
    }
  } catch {
    // A body that does not parse is the route's to refuse, with its own error.
  }
  return undefined;
}

export function refuseNul(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const field = await fieldWithNul(c);
    if (field === undefined) return next();
    return refuse(c, {
      status: 422,
      code: "invalid",
      field,
      message: `${field}: holds a NUL character (U+0000), which cannot be stored`,
      pageText: (locale) => workspaceMessages(locale).nulCharacter(field),
    });
  };
}
