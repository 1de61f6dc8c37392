import { describe, expect, it } from "vitest";
import { type CachedResponse, cachedResponse, ResponseCache } from "./response-cache.ts";

/** A computation that finishes when told to, and counts how often it was started. */
function gate(body: string) {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const counter = { runs: 0 };
  const compute = async (): Promise<CachedResponse> => {
    counter.runs += 1;
    await opened;
    return cachedResponse(body);
  };
  return { compute, open, counter };
}

describe("ResponseCache", () => {
  it("computes once for all who miss the same key at the same time", async () => {
    const cache = new ResponseCache();
    const g = gate("page");
    const waiting = [1, 2, 3].map(() => cache.getOrCompute("k", g.compute));
    g.open();
    const answers = await Promise.all(waiting);
    expect(g.counter.runs).toBe(1);
    expect(new Set(answers.map((a) => a.etag)).size).toBe(1);
    expect(cache.get("k")?.body).toBe("page");
  });

  it("neither keeps nor shares what was computed while a write landed", async () => {
    const cache = new ResponseCache();
    const stale = gate("before the write");
    const first = cache.getOrCompute("k", stale.compute);
    cache.onChange(false);
    const fresh = gate("after the write");
    const second = cache.getOrCompute("k", fresh.compute);
    stale.open();
    fresh.open();
    expect((await first).body).toBe("before the write");
    expect((await second).body).toBe("after the write");
    expect(cache.get("k")?.body).toBe("after the write");
  });

  it("drops everything on a write, and stops caching for good when the watch is lost", async () => {
    const cache = new ResponseCache();
    await cache.getOrCompute("k", async () => cachedResponse("a"));
    cache.onChange(false);
    expect(cache.get("k")).toBeUndefined();
    cache.onChange(true);
    await cache.getOrCompute("k", async () => cachedResponse("b"));
    expect(cache.get("k")).toBeUndefined();
    expect(cache.enabled).toBe(false);
  });

  it("lets a failed computation fail each waiter, and computes again on the next ask", async () => {
    const cache = new ResponseCache();
    const failing = () => Promise.reject(new Error("no such unit"));
    await expect(
      Promise.all([cache.getOrCompute("k", failing), cache.getOrCompute("k", failing)]),
    ).rejects.toThrow("no such unit");
    expect((await cache.getOrCompute("k", async () => cachedResponse("ok"))).body).toBe("ok");
  });

  it("keeps at most maxBytes of bodies, the oldest going first, and never one of over a quarter of it", async () => {
    const cache = new ResponseCache({ maxBytes: 1000 });
    for (const key of ["a", "b", "c", "d"])
      await cache.getOrCompute(key, async () => cachedResponse("x".repeat(240)));
    await cache.getOrCompute("e", async () => cachedResponse("x".repeat(240)));
    expect(cache.get("a")).toBeUndefined();
    expect(["b", "c", "d", "e"].every((k) => cache.get(k) !== undefined)).toBe(true);
    await cache.getOrCompute("big", async () => cachedResponse("x".repeat(251)));
    expect(cache.get("big")).toBeUndefined();
    // Bytes, not characters: "ế" is three of them in UTF-8.
    const wide = new ResponseCache({ maxBytes: 1000 });
    await wide.getOrCompute("v", async () => cachedResponse("ế".repeat(100)));
    expect(wide.get("v")).toBeUndefined();
  });

  it("keeps at most maxEntries", async () => {
    const cache = new ResponseCache({ maxEntries: 2 });
    for (const key of ["a", "b", "c"]) await cache.getOrCompute(key, async () => cachedResponse(key));
    expect([cache.get("a"), cache.get("b")?.body, cache.get("c")?.body]).toEqual([undefined, "b", "c"]);
  });

  it("tags a body by its bytes: the same bytes, the same strong ETag", () => {
    expect(cachedResponse("x").etag).toBe(cachedResponse("x").etag);
    expect(cachedResponse("x").etag).not.toBe(cachedResponse("y").etag);
    expect(cachedResponse("x").etag).toMatch(/^"[\w-]{22}"$/);
  });
});
