/**
 * The largest body each route takes, checked before anything else reads it (hono/body-limit): a
 * declared Content-Length over the limit is refused without reading a byte; a body sent without
 * one (chunked) is read only up to the limit. The refusal is a 413 (./refusal.tsx: the API's error
 * body naming the field "body", or a page).
 */
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { workspaceMessages } from "../i18n/workspace.ts";
import type { ApiEnv } from "./api/env.ts";
import { refuse } from "./refusal.tsx";

const KIB = 1024;
const MIB = 1024 * KIB;

export interface BodyLimit {
  /** Bytes of body accepted. */
  bytes: number;
  /** The limit as told to the user. */
  label: string;
}

export const BODY_LIMITS = {
  /** Every JSON body and form post: the largest legitimate one (a plan with its targets) is a few KiB. */
  json: { bytes: 1 * MIB, label: "1 MiB" },
  /**
   * POST /api/v1/sources: report text of up to 10⁶ UTF-16 units (its schema), at most 3 UTF-8
   * bytes each, plus JSON escapes.
   */
  sourceText: { bytes: 5 * MIB, label: "5 MiB" },
  /** The workspace's .xlsx upload: the zip guard's 20 MiB file plus the multipart envelope. */
  upload: { bytes: 20 * MIB + 64 * KIB, label: "20 MiB" },
} as const satisfies Record<string, BodyLimit>;

const UPLOAD_PATH = /^\/workspace\/entry\/[^/]+\/upload$/;

/** The limit that applies to a request. */
export function bodyLimitFor(method: string, path: string): BodyLimit {
  if (method === "POST" && path === "/api/v1/sources") return BODY_LIMITS.sourceText;
  if (method === "POST" && UPLOAD_PATH.test(path)) return BODY_LIMITS.upload;
  return BODY_LIMITS.json;
}

function tooLarge(c: Context<ApiEnv>, limit: BodyLimit): Response {
  c.header("Connection", "close");
  return refuse(c, {
    status: 413,
    code: "payload_too_large",
    field: "body",
    message: `body: over the ${limit.label} limit of this route`,
    details: { limit: limit.bytes },
    pageText: (locale) => workspaceMessages(locale).tooLarge(limit.label),
  });
}

/** One middleware for the whole app: picks the route's limit, then lets hono/body-limit count. */
export function bodyLimits(): MiddlewareHandler<ApiEnv> {
  const byLimit = new Map<BodyLimit, MiddlewareHandler<ApiEnv>>(
    Object.values(BODY_LIMITS).map((limit) => [
      limit,
      bodyLimit({ maxSize: limit.bytes, onError: (c) => tooLarge(c as Context<ApiEnv>, limit) }),
    ]),
  );
  return (c, next) =>
    // GET and HEAD carry no body: asking for one would make @hono/node-server build the whole
    // Request object, a third of the cost of a cached read.
    c.req.method === "GET" || c.req.method === "HEAD"
      ? next()
      : byLimit.get(bodyLimitFor(c.req.method, c.req.path))!(c, next);
}
