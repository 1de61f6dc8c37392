/** Pieces the resource routes share: the write context from the request, ETags, error responses. */
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { etagOf, type WriteContext } from "../../app/write-context.ts";
import { ErrorSchema } from "./schemas.ts";

export const ACTOR_HEADER = "x-chitieu-actor";

/** Who writes (until sign-in lands: the X-Chitieu-Actor header), the If-Match, and the reason. */
export function writeContext(c: Context, reason?: string): WriteContext {
  return {
    actor: c.req.header(ACTOR_HEADER)?.trim() || "anonymous",
    ifMatch: c.req.header("if-match"),
    reason: reason?.trim() || c.req.query("reason")?.trim() || undefined,
  };
}

export function setEtag(c: Context, version: number): void {
  c.header("ETag", etagOf(version));
}

const json = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});

export const WRITE_ERRORS = {
  404: json("no such resource"),
  409: json("already exists, or still in use"),
  412: json("If-Match names an older version"),
  422: json("a field is invalid or names nothing"),
  428: json("If-Match is missing"),
} as const;

export const READ_ERRORS = { 404: json("no such resource"), 422: json("invalid query") } as const;

export const IfMatchHeader = z.object({
  "if-match": z.string().optional().openapi({ description: "the ETag last read", example: '"1"' }),
});

export const okJson = <T extends z.ZodType>(schema: T, description = "ok") => ({
  description,
  content: { "application/json": { schema } },
  headers: z.object({ ETag: z.string().optional() }),
});
