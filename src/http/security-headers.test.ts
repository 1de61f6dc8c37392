import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { ApiEnv } from "./api/env.ts";
import {
  CONTENT_SECURITY_POLICY,
  privateNoStore,
  STRICT_TRANSPORT_SECURITY,
  securityHeaders,
} from "./security-headers.ts";

function tinyApp() {
  const app = new Hono<ApiEnv>();
  app.use(async (c, next) => {
    c.set("trustProxy", false);
    await next();
  });
  app.use(securityHeaders());
  app.use(privateNoStore());
  app.get("/vi/", (c) => c.text("home"));
  app.get("/workspace/", (c) => c.text("desk"));
  return app;
}

describe("securityHeaders", () => {
  it("sends the policy that allows nothing inline, and no framing, on every answer", async () => {
    const response = await tinyApp().request("http://localhost/vi/");
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("asks for HSTS over TLS only", async () => {
    expect(
      (await tinyApp().request("http://localhost/vi/")).headers.get("strict-transport-security"),
    ).toBeNull();
    expect((await tinyApp().request("https://localhost/vi/")).headers.get("strict-transport-security")).toBe(
      STRICT_TRANSPORT_SECURITY,
    );
  });
});

describe("privateNoStore", () => {
  it("keeps the workspace out of every cache and leaves public pages to their route", async () => {
    expect((await tinyApp().request("http://localhost/workspace/")).headers.get("cache-control")).toBe(
      "no-store",
    );
    expect((await tinyApp().request("http://localhost/vi/")).headers.get("cache-control")).toBeNull();
  });
});
