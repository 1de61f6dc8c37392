/**
 * A request refused before any route sees it (too large, unstorable characters): the API's error
 * body under /api/, elsewhere a page in the reader's language, so that a browser shows something
 * readable after a form post.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { DisplayLocale } from "../domain/numbers.ts";
import type { ApiEnv } from "./api/env.ts";
import { errorBody } from "./api/errors.ts";
import { Page } from "./workspace/layout.tsx";

export interface Refusal {
  status: ContentfulStatusCode;
  code: string;
  /** The field at fault (error contract). */
  field: string;
  /** For the API, in English. */
  message: string;
  details?: Record<string, unknown>;
  /** For a page, in the reader's language. */
  pageText: (locale: DisplayLocale) => string;
}

export function refuse(c: Context<ApiEnv>, r: Refusal): Response {
  c.header("Cache-Control", "no-store");
  if (c.req.path.startsWith("/api/")) {
    return c.json(errorBody(r.code, r.message, { field: r.field, ...r.details }), r.status);
  }
  const locale: DisplayLocale = c.req.query("lang") === "en" || c.req.path.startsWith("/en/") ? "en" : "vi";
  const text = r.pageText(locale);
  const page = (
    <Page locale={locale} title={text}>
      <p class="error" role="alert">
        {text}
      </p>
    </Page>
  );
  return c.html(`<!doctype html>${String(page)}`, r.status);
}
