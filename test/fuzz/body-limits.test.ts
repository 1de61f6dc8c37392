/**
 * Every route that takes a body refuses one over its limit (src/http/body-limits.ts) with a 413,
 * without reading it whole: a declared Content-Length is refused before the body is touched, and a
 * chunked body is read no further than the limit. The routes come from the app's own table, so a
 * new one is covered without touching this file. (A GET cannot carry a body through fetch; the
 * middleware sits on "*" all the same.)
 */
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/db/connect.ts";
import { createApp } from "../../src/http/app.ts";
import { BODY_LIMITS, bodyLimitFor } from "../../src/http/body-limits.ts";
import { openTestStore } from "../support/engines.ts";

const CHUNK = 64 * 1024;

/** A body that never ends, counting what was pulled out of it. */
function endlessBody(): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const chunk = new Uint8Array(CHUNK).fill(0x61);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulled += CHUNK;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await openTestStore(import.meta.filename);
  app = createApp({ store });
});
afterAll(() => store.close());

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const routes = () => [
  ...new Map(
    createApp({ store: undefined as unknown as Store })
      .routes.filter((r) => UNSAFE.has(r.method))
      .map((r) => {
        const path = r.path.replace(/:(\w+)/g, "x1");
        return [`${r.method} ${path}`, { method: r.method, path }] as const;
      }),
  ).values(),
];

function expectRefusal(response: Response, text: string, path: string): void {
  expect(response.status, `${path}: ${text.slice(0, 200)}`).toBe(413);
  if (path.startsWith("/workspace")) {
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(text).toMatch(/MiB/);
  } else {
    expect(JSON.parse(text)).toMatchObject({
      error: {
        code: "payload_too_large",
        details: { field: "body", limit: bodyLimitFor("POST", path).bytes },
      },
    });
  }
}

describe("body-size limits", () => {
  const all = routes();

  it(`covers every route that takes a body (${all.length} routes)`, () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        "POST /api/v1/sources",
        "POST /workspace/entry/x1/upload",
        "POST /workspace/login",
      ]),
    );
  });

  for (const { method, path } of all) {
    const limit = bodyLimitFor(method, path);

    it(`${method} ${path}: a declared Content-Length over ${limit.label} is refused unread`, async () => {
      const body = endlessBody();
      const response = await app.request(path, {
        method,
        headers: { "content-type": "application/json", "content-length": String(limit.bytes + 1) },
        body: body.stream,
        duplex: "half",
      } as RequestInit);
      expectRefusal(response, await response.text(), path);
      expect(body.pulled()).toBeLessThanOrEqual(CHUNK);
    });

    it(`${method} ${path}: a chunked body is read no further than ${limit.label}`, async () => {
      const body = endlessBody();
      const response = await app.request(path, {
        method,
        headers: { "content-type": "application/json" },
        body: body.stream,
        duplex: "half",
      } as RequestInit);
      expectRefusal(response, await response.text(), path);
      expect(body.pulled()).toBeLessThanOrEqual(limit.bytes + 2 * CHUNK);
    });
  }

  it("lets a body under the limit through to the route's own checks", async () => {
    // 4 MiB of report text passes the 5 MiB limit of /sources and is then refused by its schema.
    const response = await app.request("/api/v1/sources", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "report", title: "t", text: "a".repeat(4 * 1024 * 1024) }),
    });
    expect(response.status).not.toBe(413);
    const justOver = await app.request("/api/v1/plans", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "x".repeat(BODY_LIMITS.json.bytes + 1),
    });
    expect(justOver.status).toBe(413);
  });

  it("over a real socket, answers a declared 1 GiB body at once, having read none of it", async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    try {
      const started = performance.now();
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = http.request(
          {
            host: "127.0.0.1",
            port,
            method: "POST",
            path: "/api/v1/plans",
            headers: { "content-type": "application/json", "content-length": String(2 ** 30) },
          },
          (res) => {
            let body = "";
            res.on("data", (d: Buffer) => {
              body += d.toString();
            });
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        request.on("error", reject);
        request.write("{");
        // The rest never comes: the answer must not wait for it.
      });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body).error.details.field).toBe("body");
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      server.close();
    }
  });
});
