/** Pieces the resource routes share: the write context from the request, ETags, error responses. */
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { unauthenticated } from "../../app/auth/principal.ts";
import { type Visibility, visibilityOf } from "../../app/visibility.ts";
import { etagOf, type WriteContext } from "../../app/write-context.ts";
import { checkCsrf } from "../auth.ts";
import type { ApiEnv } from "./env.ts";
import { ErrorSchema } from "./schemas/common.ts";

/**
 * Who writes (the signed-in user: 401 without one; 403 without the CSRF token when signed in by
 * cookie), the If-Match, and the reason. The use-case checks the user's grants against the unit.
 */
// biome-ignore lint/suspicious/noExplicitAny: any route's context.
export function writeContext(c: Context<ApiEnv, any, any>, reason?: string): WriteContext {
  const principal = c.get("principal");
  if (!principal) throw unauthenticated();
  checkCsrf(c);
  return {
    actor: principal.userId,
    principal,
    ifMatch: c.req.header("if-match"),
    reason: reason?.trim() || c.req.query("reason")?.trim() || undefined,
    separateDuties: c.get("separateDuties"),
  };
}

/** What the caller (anonymous included) may see: every read use-case takes it. */
// biome-ignore lint/suspicious/noExplicitAny: any route's context.
export function callerView(c: Context<ApiEnv, any, any>): Visibility {
  return visibilityOf(c.get("store").db, c.get("principal"));
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
