/**
 * Sessions on the HTTP side: the cookie (HttpOnly, SameSite=Strict, Secure over https, expiring
 * with the session) or an `Authorization: Bearer` token for API clients; CSRF checked on every
 * unsafe request that came with the cookie (a form field `_csrf` or the `X-CSRF-Token` header).
 */

import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { unauthenticated } from "../app/auth/principal.ts";
import { type Lockout, resumeSession, SESSION_HOURS } from "../app/auth/sessions.ts";
import { AppError } from "../app/errors.ts";
import type { ApiEnv } from "./api/env.ts";

export const SESSION_COOKIE = "chitieu_session";
export const CSRF_HEADER = "x-csrf-token";
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function bearerOf(c: Context): string | undefined {
  const header = c.req.header("authorization");
  const match = header?.match(/^Bearer\s+([A-Za-z0-9_-]{20,100})$/);
  return match?.[1];
}

export function sessionMiddleware(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const bearer = bearerOf(c);
    const cookie = bearer ? undefined : getCookie(c, SESSION_COOKIE);
    const token = bearer ?? cookie;
    c.set("principal", undefined);
    c.set("csrfToken", undefined);
    c.set("sessionVia", undefined);
    if (token) {
      const session = await resumeSession(c.get("store").db, token);
      if (session) {
        c.set("principal", session.principal);
        c.set("csrfToken", session.csrfToken);
        c.set("sessionVia", bearer ? "bearer" : "cookie");
      }
    }
    await next();
  };
}

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export const csrfRefused = () =>
  new AppError("csrf", "the form is stale or forged: reload the page and try again", {
    field: "_csrf",
  });

/** Refuses an unsafe request made with the session cookie and without the session's CSRF token. */
export function checkCsrf(c: Context<ApiEnv>, formToken?: string): void {
  if (!UNSAFE.has(c.req.method) || c.get("sessionVia") !== "cookie") return;
  const expected = c.get("csrfToken");
  const given = formToken ?? c.req.header(CSRF_HEADER);
  if (!expected || !given || !same(expected, given)) throw csrfRefused();
}

/**
 * Whether the request reached us over TLS: the request's own scheme, or, only when the operator
 * says a proxy of ours terminates TLS (CHITIEU_TRUST_PROXY), the proxy's X-Forwarded-Proto (its
 * first value: the one the proxy nearest the client set). The one decision behind Secure cookies
 * and HSTS.
 */
export function isTls(c: Context<ApiEnv>): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  if (!c.get("trustProxy")) return false;
  return c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** Cookies of ours: HttpOnly, SameSite=Strict, and Secure whenever the request came over TLS. */
export function setStrictCookie(
  c: Context<ApiEnv>,
  name: string,
  value: string,
  options: { path: string; maxAge?: number },
): void {
  setCookie(c, name, value, { httpOnly: true, sameSite: "Strict", secure: isTls(c), ...options });
}

export function setSessionCookie(c: Context<ApiEnv>, token: string): void {
  setStrictCookie(c, SESSION_COOKIE, token, { path: "/", maxAge: SESSION_HOURS * 3600 });
}

export function clearSessionCookie(c: Context<ApiEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "Strict", secure: isTls(c) });
}

/**
 * Every unsafe request to the API is signed in, and, by cookie, carries the CSRF token, before any
 * body is read or validated: an anonymous writer gets 401, not a 422 about the body it sent.
 * Signing in is the one unsafe request without a session; signing out needs none but, with the
 * cookie, needs the token like any other (a forged page could sign a user out).
 */
export function signedInWrites(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (UNSAFE.has(c.req.method)) {
      const path = c.req.path;
      const signingIn = c.req.method === "POST" && path === "/api/v1/session";
      const signingOut = c.req.method === "DELETE" && path === "/api/v1/session";
      if (!signingIn && !signingOut && !c.get("principal")) throw unauthenticated();
      if (!signingIn) checkCsrf(c);
    }
    await next();
  };
}

/** Logs a sign-in refused by the lock-out (issue 13: every lock-out is logged). */
export function logLockout(c: Context<ApiEnv>): (lockout: Lockout) => void {
  return (lockout) => {
    const logger = c.get("logger");
    if (logger) logger.warn({ lockout }, "sign-in refused: too many failures");
    else console.warn("sign-in refused: too many failures", lockout);
  };
}

export function clientAddress(c: Context<ApiEnv>): string {
  // X-Forwarded-For only from a proxy of ours: anyone else could spread their sign-in attempts
  // over invented addresses and never meet the per-address limit.
  const forwarded = c.get("trustProxy") ? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return forwarded || env?.incoming?.socket?.remoteAddress || "unknown";
}
