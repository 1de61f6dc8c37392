/**
 * Anonymous reads of the public API kept in the response cache until the store reports a write,
 * as the pages are (response-cache.ts). Under load the API's reads, each several queries in turn,
 * waited behind every cached page at each turn of the event loop: at 50 connections while an
 * import ran, some took over 4 s (bench/load.ts). A kept answer is one turn.
 *
 * Only without a signed-in user: a user may read drafts, and what they see is theirs. Only the
 * routes below, whose data the store's change notifications cover (migrations 0003 and 0006);
 * the review queue (statements, source texts) is not covered and not listed. Only 200s are kept,
 * whole: status, headers (the resource's ETag for If-Match among them) and body.
 */
import type { MiddlewareHandler } from "hono";
import { today } from "../web/format.ts";
import type { ApiEnv } from "./env.ts";

const PUBLIC_READS =
  /^\/api\/v1\/(units|series|assessments|rollups|indicators|observations|plans|targets|key-projects)(\/|$)/;

/** Thrown out of a computation whose answer is not a 200: not kept, each asker answers for itself. */
class NotKept extends Error {}

export function publicReadCache(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const cache = c.get("cache");
    if (!cache?.enabled || c.req.method !== "GET" || c.get("principal") || !PUBLIC_READS.test(c.req.path)) {
      return next();
    }
    const url = new URL(c.req.url);
    // Today's date is in the key: a read without `at` is of today.
    const key = `api\t${today()}\t${url.pathname}${url.search}`;
    let computedHere = false;
    try {
      const kept = await cache.getOrCompute(key, async () => {
        computedHere = true;
        await next();
        if (c.res.status !== 200) throw new NotKept();
        const headers: [string, string][] = [];
        c.res.headers.forEach((value, name) => {
          headers.push([name, value]);
        });
        return {
          body: await c.res.clone().text(),
          etag: c.res.headers.get("etag") ?? "",
          headers,
        };
      });
      // Answered through c.body, as a handler would: @hono/node-server keeps its fast path.
      if (!computedHere) return c.body(kept.body, 200, Object.fromEntries(kept.headers ?? []));
    } catch (error) {
      if (!(error instanceof NotKept)) throw error;
      if (!computedHere) await next();
    }
  };
}
