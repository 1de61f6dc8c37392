/**
 * Security headers on every response, errors and 404s included (set after the handler ran).
 *
 * The Content-Security-Policy allows nothing inline: every script and stylesheet is a file of our
 * own origin (static-assets.ts), and the server-rendered SVG charts carry presentation attributes
 * instead of `style` (report/svg-styles.ts). A page that needs inline code is a page to fix, not
 * a policy to loosen. HSTS is sent only over TLS (auth.ts `isTls`, the same decision as the
 * Secure cookie): sent over plain http it would be ignored, and on a development port it would pin
 * the host to https for a year.
 */
import type { MiddlewareHandler } from "hono";
import type { ApiEnv } from "./api/env.ts";
import { isTls } from "./auth.ts";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  // entry.js asks /workspace/preview for the assessment as the officer types.
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join("; ");

/** Two years, subdomains included: what hstspreload.org asks for. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

const ALWAYS: Record<string, string> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  // For browsers that predate frame-ancestors.
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

/** Paths whose every answer concerns one signed-in user (and may show drafts): never stored. */
const PRIVATE_PATH = /^\/(workspace(\/|$)|api\/v1\/(session|workflow)(\/|$))/;

export function securityHeaders(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    // Set before the handler answers, into the headers it answers with. Set after, each c.header
    // call rebuilds the finished Response, and @hono/node-server then loses its fast path: the API
    // served 3.4k instead of 11k requests/s at 50 connections (bench/national.ts).
    for (const [name, value] of Object.entries(ALWAYS)) c.header(name, value);
    if (isTls(c)) c.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    await next();
  };
}

/**
 * A signed-in user's answers (drafts, tokens, their own pages) must not sit in a shared or a
 * browser cache; a route that chooses its own Cache-Control (public pages, assets) replaces this.
 * After the session middleware, which says who asks.
 */
export function privateNoStore(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (c.get("principal") !== undefined || PRIVATE_PATH.test(c.req.path))
      c.header("Cache-Control", "no-store");
    await next();
  };
}
