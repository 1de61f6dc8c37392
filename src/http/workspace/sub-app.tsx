/**
 * The workspace as a sub-app of its own: its route table (routes.tsx) is registered here behind
 * the middleware every route shares, written once:
 * - sign-in: a route that needs it (all but the sign-in page and signing out) redirects a reader
 *   without a session to the sign-in page (a JSON route answers 401);
 * - CSRF: every POST carries the session's token (`_csrf`), or, for the sign-in form, the token
 *   of the sign-in page's cookie; a forged or stale form is refused before its handler runs;
 * - errors: an AppError thrown by a handler becomes a page with the error's status and a message
 *   in the page's language chosen by the error's code (a JSON route: the API's error body);
 *   anything else is logged and answered with a 500 page that tells nothing of it.
 */
import type { Context, MiddlewareHandler } from "hono";
import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import { unauthenticated } from "../../app/auth/principal.ts";
import { AppError, type ErrorCode } from "../../app/errors.ts";
import type { ErrorTextCode, WorkspaceMessages } from "../../i18n/workspace.ts";
import type { ApiEnv } from "../api/env.ts";
import { handleError } from "../api/errors.ts";
import { checkCsrf } from "../auth.ts";
import { firstOf } from "./forms.ts";
import {
  BASE,
  contextOf,
  htmlPage,
  type SignedInContext,
  type WorkspaceAnswer,
  type WorkspaceContext,
  workspaceUrl,
} from "./page.tsx";

/** The cookie of the sign-in page's CSRF token (there is no session yet to hold one). */
export const LOGIN_CSRF_COOKIE = "chitieu_login_csrf";

/**
 * Who may use a route: `signed-in` (the default), `anyone` (signing out: a POST still needs the
 * session's token when it came with the cookie), `sign-in` (the sign-in form: its own token).
 */
export type Access = "signed-in" | "anyone" | "sign-in";

export type WorkspaceRoute =
  | {
      method: "get" | "post";
      path: string;
      access: "signed-in";
      /** How the route answers: a page (the default), or JSON for a script. */
      answers?: "page" | "json";
      handler: (ctx: SignedInContext) => Promise<WorkspaceAnswer>;
    }
  | {
      method: "get" | "post";
      path: string;
      access: "anyone" | "sign-in";
      answers?: "page" | "json";
      handler: (ctx: WorkspaceContext) => Promise<WorkspaceAnswer>;
    };

/** A route of the table: a page or a form post that needs sign-in, unless `access` says otherwise. */
export function route(
  method: "get" | "post",
  path: string,
  handler: (ctx: SignedInContext) => Promise<WorkspaceAnswer>,
  options: { answers?: "page" | "json" } = {},
): WorkspaceRoute {
  return { method, path, access: "signed-in", handler, ...options };
}

/** A route open without a session (signing in and out). */
export function openRoute(
  method: "get" | "post",
  path: string,
  access: "anyone" | "sign-in",
  handler: (ctx: WorkspaceContext) => Promise<WorkspaceAnswer>,
): WorkspaceRoute {
  return { method, path, access, handler };
}

/** Sign-in and CSRF, as the route's access says. */
function guard(r: WorkspaceRoute): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (r.access === "signed-in" && !c.get("principal")) {
      if (r.answers === "json") return handleError(unauthenticated(), c);
      return c.redirect(workspaceUrl(contextOf(c).locale, "/login"), 303);
    }
    if (c.req.method === "POST") {
      const token = firstOf((await c.req.parseBody({ all: true }))._csrf);
      if (r.access === "sign-in") {
        const expected = getCookie(c, LOGIN_CSRF_COOKIE);
        if (!expected || token !== expected)
          return c.redirect(workspaceUrl(contextOf(c).locale, "/login", { error: "csrf" }), 303);
      } else {
        checkCsrf(c, typeof token === "string" ? token : "");
      }
    }
    await next();
  };
}

/** The words of every error code; the two lists must be the same (checked by the compiler). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const CODES_MATCH: Same<ErrorCode, ErrorTextCode> = true;
void CODES_MATCH;

/** The title and message of a refusal, in the page's language. */
export function errorText(m: WorkspaceMessages, error: AppError): { title: string; message: string } {
  const field = typeof error.details.field === "string" ? error.details.field : undefined;
  const title =
    error.status === 404
      ? m.errorTitle.notFound
      : error.status === 401 || error.status === 403
        ? m.errorTitle.forbidden
        : error.status === 422 || error.status === 400
          ? m.errorTitle.invalid
          : m.errorTitle.conflict;
  return { title, message: m.error[error.code](field) };
}

function errorPage(c: Context<ApiEnv>, error: AppError | undefined): Response {
  const { m, locale } = contextOf(c);
  const { title, message } = error
    ? errorText(m, error)
    : { title: m.errorTitle.failed, message: m.errorTitle.failed };
  return htmlPage(
    c,
    {
      title,
      body: (
        <>
          <p class="error" role="alert" id="refusal">
            {message}
          </p>
          <p>
            <a href={workspaceUrl(locale, "/")}>{m.backToPlans}</a>
          </p>
        </>
      ),
    },
    error?.status ?? 500,
  );
}

/** The workspace's routes behind its middleware, as an app to mount at the root. */
export function workspaceApp(routes: readonly WorkspaceRoute[]): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.onError((error, c) => {
    if (error instanceof AppError) {
      if (error.message !== error.userMessage) c.get("logger")?.info({ err: error }, "refused");
      return errorPage(c, error);
    }
    const logger = c.get("logger");
    if (logger) logger.error({ err: error }, "unhandled error on a workspace page");
    else console.error("unhandled error on a workspace page", error);
    return errorPage(c, undefined);
  });
  for (const r of routes) {
    app.on(r.method.toUpperCase(), `${BASE}${r.path}`, guard(r), async (c) => {
      try {
        const answer = await r.handler(contextOf(c) as SignedInContext);
        return answer instanceof Response ? answer : htmlPage(c, answer);
      } catch (error) {
        // A script's route answers as the API does; a page's error goes to onError above.
        if (r.answers === "json") return handleError(error, c);
        throw error;
      }
    });
  }
  return app;
}
