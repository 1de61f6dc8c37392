import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { ApiEnv } from "./api/env.ts";
import { nulPath, refuseNul } from "./refuse-nul.ts";

function tinyApp() {
  const app = new Hono<ApiEnv>();
  app.use(refuseNul());
  app.post("/api/v1/sources", async (c) => c.json(await c.req.json()));
  app.post("/workspace/form", async (c) => c.text("saved"));
  return app;
}

const postJson = (body: unknown) =>
  tinyApp().request("/api/v1/sources", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("nulPath", () => {
  it("names the first field holding a NUL, keys included, and nothing for clean values", () => {
    expect(nulPath({ title: "ok", items: [{ note: "a\u0000b" }] })).toBe("items.0.note");
    expect(nulPath({ "bad\u0000key": 1 })).toBeDefined();
    expect(nulPath({ title: "Sản lượng lúa", n: 1, list: [true, null] })).toBeUndefined();
  });
});

describe("refuseNul", () => {
  it("lets a body without NUL through to the route", async () => {
    const response = await postJson({ title: "Báo cáo năm 2023" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ title: "Báo cáo năm 2023" });
  });

  it("refuses a JSON body with a NUL in a field with 422 naming the field", async () => {
    const response = await postJson({ title: "ok", text: "đạt\u0000 98%" });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; details: { field: string } } };
    expect(body.error).toMatchObject({ code: "invalid", details: { field: "text" } });
  });

  it("refuses a form post with a NUL with a page that says so", async () => {
    const response = await tinyApp().request("/workspace/form", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "comment=a%00b",
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("text/html");
  });
});
