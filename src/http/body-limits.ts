/**
 * The largest body each route takes, checked before anything else reads it (hono/body-limit): a
 * declared Content-Length over the limit is refused without reading a byte; a body sent without
 * one (chunked) is read only up to the limit. The refusal is a 413: the API's error body (field
 * "body") under /api/, a page in the workspace, so a browser's form post shows something readable.
 */
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { workspaceMessages } from "../i18n/workspace.ts";
import type { ApiEnv } from "./api/env.ts";
import { errorBody } from "./api/errors.ts";
import { Page } from "./workspace/layout.tsx";

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

function refuse(c: Context<ApiEnv>, limit: BodyLimit): Response {
  c.header("Connection", "close");
  if (c.req.path.startsWith("/workspace")) {
    const locale = c.req.query("lang") === "en" ? "en" : "vi";
    const m = workspaceMessages(locale);
    const text = m.tooLarge(limit.label);
    c.header("Cache-Control", "no-store");
    const page = (
      <Page locale={locale} title={text}>
        <p class="error" role="alert">
          {text}
        </p>
      </Page>
    );
    return c.html(`<!doctype html>${String(page)}`, 413);
  }
  return c.json(
    errorBody("payload_too_large", `body: over the ${limit.label} limit of this route`, {
      field: "body",
      limit: limit.bytes,
    }),
    413,
  );
}

/** One middleware for the whole app: picks the route's limit, then lets hono/body-limit count. */
export function bodyLimits(): MiddlewareHandler<ApiEnv> {
  const byLimit = new Map<BodyLimit, MiddlewareHandler<ApiEnv>>(
    Object.values(BODY_LIMITS).map((limit) => [
      limit,
      bodyLimit({ maxSize: limit.bytes, onError: (c) => refuse(c as Context<ApiEnv>, limit) }),
    ]),
  );
  return (c, next) => byLimit.get(bodyLimitFor(c.req.method, c.req.path))!(c, next);
}
