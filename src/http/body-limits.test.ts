import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { ApiEnv } from "./api/env.ts";
import { BODY_LIMITS, bodyLimitFor, bodyLimits } from "./body-limits.ts";

/** A tiny app with the middleware alone in front of routes that echo the size they read. */
function tinyApp() {
  const app = new Hono<ApiEnv>();
  app.use(bodyLimits());
  const echo = async (c: { req: { text(): Promise<string> }; text(t: string): Response }) =>
    c.text(String((await c.req.text()).length));
  app.post("/api/v1/indicators", echo);
  app.post("/api/v1/sources", echo);
  return app;
}

describe("bodyLimitFor", () => {
  it("gives report text and uploads more room than any other body", () => {
    expect(bodyLimitFor("POST", "/api/v1/sources")).toBe(BODY_LIMITS.sourceText);
    expect(bodyLimitFor("POST", "/workspace/entry/p1/upload")).toBe(BODY_LIMITS.upload);
    expect(bodyLimitFor("POST", "/api/v1/indicators")).toBe(BODY_LIMITS.json);
    expect(bodyLimitFor("PUT", "/api/v1/sources")).toBe(BODY_LIMITS.json);
  });
});

describe("bodyLimits", () => {
  it("lets a body up to the route's limit through", async () => {
    const response = await tinyApp().request("/api/v1/indicators", {
      method: "POST",
      body: "x".repeat(1000),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("1000");
  });

  it("refuses a body over the limit with a 413 naming the body and the limit", async () => {
    const response = await tinyApp().request("/api/v1/indicators", {
      method: "POST",
      body: "x".repeat(BODY_LIMITS.json.bytes + 1),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { message: string; details: { field: string } } };
    expect(body.error.details.field).toBe("body");
    expect(body.error.message).toContain(BODY_LIMITS.json.label);
  });

  it("takes a report text larger than a JSON body's limit on POST /api/v1/sources", async () => {
    const size = BODY_LIMITS.json.bytes + 1;
    const response = await tinyApp().request("/api/v1/sources", { method: "POST", body: "x".repeat(size) });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(String(size));
  });
});
