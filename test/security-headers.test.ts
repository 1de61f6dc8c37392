/**
 * The security headers on every kind of response (pages, downloads, API, errors, assets,
 * redirects), HSTS and Secure cookies exactly when the request came over TLS (directly, or through
 * a proxy the server was told to trust), no inline script or style in any page, private answers
 * never stored, X-Forwarded-For believed only from a trusted proxy, and no stack trace in a 500.
 */
import { Hono } from "hono";
import { sql } from "kysely";
import pino from "pino";
import { expect, it } from "vitest";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { loadDemo } from "../src/demo/load-demo.ts";
import type { ApiEnv } from "../src/http/api/env.ts";
import { createApp } from "../src/http/app.ts";
import { clientAddress } from "../src/http/auth.ts";
import { CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY } from "../src/http/security-headers.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { client } from "./support/api.ts";
import { describeStore, openTestStore } from "./support/engines.ts";

const PUBLIC_PAGES = [
  "/",
  "/units/806?at=2023-12-31",
  "/units/806/2023",
  "/units/795/2020-2025?at=2023-09-23",
  "/units/806/2023/report",
  "/units/806/2023/projects",
  "/indicators/rice_output?unit=806&at=2023-12-31",
  "/scorecard/2023",
  "/scorecard/2023?unit=80",
];

function expectHardened(response: Response, what: string): void {
  const h = response.headers;
  expect(h.get("content-security-policy"), what).toBe(CONTENT_SECURITY_POLICY);
  expect(h.get("x-frame-options"), what).toBe("DENY");
  expect(h.get("x-content-type-options"), what).toBe("nosniff");
  expect(h.get("referrer-policy"), what).toBe("strict-origin-when-cross-origin");
}

/** What the policy forbids: a script without src, a <style> element, a style attribute, on* handlers. */
function inlineCode(html: string): string[] {
  return [
    ...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>|<style\b[^>]*>|\sstyle="[^"]*"|\son[a-z]+="[^"]*"/gi),
  ].map((m) => m[0]);
}

describeStore(
  "security headers",
  import.meta.filename,
  (ctx) => {
    const app = () => createApp({ store: ctx.store });

    it("the policy allows nothing inline and no framing", () => {
      expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
      expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-eval");
      expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
      expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
      expect(CONTENT_SECURITY_POLICY).toMatch(/style-src 'self'(;|$)/);
      expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    });

    it("are on every kind of response, errors and redirects included, and HSTS is not sent over http", async () => {
      const a = app();
      const paths = [
        ...PUBLIC_PAGES.flatMap((p) => [`/vi${p}`, `/en${p}`]),
        "/vi/units/806/2023?table=targets&format=csv",
        "/vi/units/806/2023?table=targets&format=xlsx",
        "/vi/units/806/2023?table=targets&format=json",
        "/vi/nowhere",
        "/",
        "/api/v1/units/806?at=2023-12-31",
        "/api/v1/units/nope",
        "/api/openapi.json",
        "/workspace/login",
        "/workspace/",
        "/no/such/route",
      ];
      for (const path of paths) {
        const response = await a.request(path);
        expectHardened(response, path);
        expect(response.headers.get("strict-transport-security"), path).toBeNull();
      }
    });

    it("no page holds inline script or style, charts and map included, and its stylesheet is served", async () => {
      const a = app();
      const api = client(ctx.store);
      const workspace = await api.page("/workspace/");
      const entry = /href="(\/workspace\/entry\/[^"]+)"/.exec(workspace.text)![1]!.replace(/&amp;/g, "&");
      const pages = [
        ...(await Promise.all(
          PUBLIC_PAGES.flatMap((p) => [`/vi${p}`, `/en${p}`]).map(async (p) => ({
            path: p,
            html: await (await a.request(p)).text(),
          })),
        )),
        { path: "/workspace/login", html: await (await a.request("/workspace/login")).text() },
        { path: "/workspace/", html: workspace.text },
        { path: entry, html: (await api.page(entry)).text },
        { path: "/workspace/audit", html: (await api.page("/workspace/audit")).text },
      ];
      for (const { path, html } of pages) {
        expect(inlineCode(html), path).toEqual([]);
        const sheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
        expect(sheet, path).toMatch(/^\/assets\/(site|workspace)\.css\?v=[\w-]+$/);
      }
      // The pages that carry SVG (map, charts) and a script were among them.
      const html = pages.map((p) => p.html).join("");
      expect(html).toContain('role="img"');
      expect(html).toMatch(/<script src="\/assets\/share\.js\?v=[\w-]+" defer/);
      expect(html).toMatch(/<script src="\/assets\/entry\.js\?v=[\w-]+" defer/);

      for (const asset of [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!)) {
        const response = await a.request(asset);
        expect(response.status, asset).toBe(200);
        expect(response.headers.get("content-type"), asset).toMatch(
          /^text\/(css|javascript); charset=utf-8$/,
        );
        expect(response.headers.get("cache-control"), asset).toBe("public, max-age=31536000, immutable");
        expectHardened(response, asset);
      }
      // An address without the current version is checked again on each use.
      expect((await a.request("/assets/site.css")).headers.get("cache-control")).toBe("no-cache");
    });

    it("over TLS: HSTS and a Secure session cookie; through a proxy, only when told to trust it", async () => {
      await client(ctx.store).get("/api/v1/units/806?at=2023-12-31");
      const signIn = async (base: string, trustProxy: boolean, headers: Record<string, string> = {}) => {
        const a = createApp({ store: ctx.store, trustProxy });
        const login = await a.request(`${base}/workspace/login`, { headers });
        const loginCookie = login.headers.get("set-cookie")!;
        const csrf = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1]!;
        const signed = await a.request(`${base}/workspace/login`, {
          method: "POST",
          headers: {
            ...headers,
            "content-type": "application/x-www-form-urlencoded",
            cookie: loginCookie.split(";")[0]!,
          },
          body: new URLSearchParams({ _csrf: csrf, account: "tester", password: "wrong" }).toString(),
        });
        const page = await a.request(`${base}/vi/`, { headers });
        return {
          loginCookie,
          hsts: page.headers.get("strict-transport-security"),
          status: signed.status,
        };
      };
      const https = await signIn("https://chitieu.example", false);
      expect(https.hsts).toBe(STRICT_TRANSPORT_SECURITY);
      expect(https.loginCookie).toMatch(/; Secure/);
      expect(https.loginCookie).toMatch(/HttpOnly/);
      expect(https.loginCookie).toMatch(/SameSite=Strict/);

      const http = await signIn("http://chitieu.example", false);
      expect(http.hsts).toBeNull();
      expect(http.loginCookie).not.toMatch(/Secure/);

      const forwarded = { "x-forwarded-proto": "https" };
      const spoofed = await signIn("http://chitieu.example", false, forwarded);
      expect(spoofed.hsts).toBeNull();
      expect(spoofed.loginCookie).not.toMatch(/Secure/);
      const proxied = await signIn("http://chitieu.example", true, forwarded);
      expect(proxied.hsts).toBe(STRICT_TRANSPORT_SECURITY);
      expect(proxied.loginCookie).toMatch(/; Secure/);
      const proxiedHttp = await signIn("http://chitieu.example", true, { "x-forwarded-proto": "http" });
      expect(proxiedHttp.hsts).toBeNull();
    });

    it("the session cookie itself is Secure over TLS, and cleared with the same attributes", async () => {
      const { addUser } = await import("../src/app/auth/users.ts");
      await addUser(
        ctx.store.db,
        { id: "nguyen-an", name: "Nguyễn Văn An", password: "một mật khẩu đủ dài", grants: [] },
        { actor: "test" },
      );
      for (const [base, secure] of [
        ["https://chitieu.example", true],
        ["http://chitieu.example", false],
      ] as const) {
        const a = app();
        const login = await a.request(`${base}/workspace/login`);
        const csrf = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1]!;
        const signed = await a.request(`${base}/workspace/login`, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            cookie: login.headers.get("set-cookie")!.split(";")[0]!,
          },
          body: new URLSearchParams({
            _csrf: csrf,
            account: "nguyen-an",
            password: "một mật khẩu đủ dài",
          }).toString(),
        });
        expect(signed.headers.get("location")).toBe("/workspace/");
        const cookie = signed.headers.get("set-cookie")!;
        expect(cookie).toMatch(/^chitieu_session=/);
        expect(/; Secure/.test(cookie), base).toBe(secure);
        const session = cookie.split(";")[0]!;
        const home = await a.request(`${base}/workspace/`, { headers: { cookie: session } });
        const token = /name="_csrf" value="([^"]+)"/.exec(await home.text())![1]!;
        const out = await a.request(`${base}/workspace/logout`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: session },
          body: new URLSearchParams({ _csrf: token }).toString(),
        });
        expect(out.status).toBe(303);
        const cleared = out.headers.get("set-cookie")!;
        expect(cleared).toMatch(/Max-Age=0/);
        expect(/; Secure/.test(cleared), base).toBe(secure);
      }
    });

    it("answers for a signed-in user, and every workspace answer, are never stored", async () => {
      const api = client(ctx.store);
      const entry = /href="(\/workspace\/entry\/[^"]+)"/
        .exec((await api.page("/workspace/")).text)![1]!
        .replace(/&amp;/g, "&");
      const planId = decodeURIComponent(/entry\/([^?]+)/.exec(entry)![1]!);
      const period = new URL(entry, "http://x").searchParams.get("period")!;
      for (const path of [
        "/workspace/",
        entry,
        `/workspace/entry/${encodeURIComponent(planId)}/template.xlsx?period=${period}`,
        `/workspace/entry/${encodeURIComponent(planId)}/report.docx?period=${period}`,
        "/workspace/audit",
        "/workspace/preview?target=x&value=1",
        "/api/v1/plans?unit=806",
        "/api/v1/workflow?unit=806&period=2023",
      ]) {
        const response = await api.raw(path);
        expect(response.status, path).toBeLessThan(500);
        expect(response.headers.get("cache-control"), path).toBe("no-store");
      }
      const a = app();
      expect((await a.request("/workspace/login")).headers.get("cache-control")).toBe("no-store");
      expect((await a.request("/workspace/preview?target=x&value=1")).headers.get("cache-control")).toBe(
        "no-store",
      );
      // Public answers keep their own caching.
      expect((await a.request("/vi/units/806/2023")).headers.get("cache-control")).toMatch(/^public/);
      // A signed-in reader's page may show the drafts of their units (issue 13): never stored.
      expect((await api.raw("/vi/units/806/2023")).headers.get("cache-control")).toBe("no-store");
      expect((await a.request("/api/v1/units/806?at=2023-12-31")).headers.get("cache-control")).toBeNull();
    });
  },
  {
    once: true,
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
      await loadDemo(store.db, { actor: "test" });
    },
  },
);

it("X-Forwarded-For names the client only when the proxy is trusted", async () => {
  for (const trust of [false, true]) {
    const a = new Hono<ApiEnv>();
    a.use("*", async (c, next) => {
      c.set("trustProxy", trust);
      await next();
    });
    a.get("/who", (c) => c.text(clientAddress(c)));
    const who = await (
      await a.request("/who", { headers: { "x-forwarded-for": "203.0.113.9, 10.0.0.1" } })
    ).text();
    expect(who).toBe(trust ? "203.0.113.9" : "unknown");
  }
});

it("an unexpected failure (a table gone from the store) answers 500 without a stack trace or the error's text", async () => {
  const store = await openTestStore(import.meta.filename, "_b");
  // Silent: the error is logged, which is the point, but not into the test's output.
  const app = createApp({ store, logger: pino({ level: "silent" }) });
  await sql`drop table admin_units cascade`.execute(store.db);
  const leaks = /\.ts:\d|\bat\s|Error:|relation|admin_units|select/i;
  try {
    const api = await app.request("/api/v1/units?parent=80&at=2026-01-01");
    expect(api.status).toBe(500);
    expectHardened(api, "api");
    const body = await api.text();
    expect(JSON.parse(body)).toEqual({ error: { code: "internal", message: "internal error", details: {} } });
    expect(body).not.toMatch(leaks);
    for (const [path, title] of [
      ["/vi/units/806/2023", "Có lỗi"],
      ["/en/", "Something went wrong"],
    ] as const) {
      const page = await app.request(path);
      expect(page.status, path).toBe(500);
      expect(page.headers.get("content-type"), path).toContain("text/html");
      expect(page.headers.get("cache-control"), path).toBeNull();
      expectHardened(page, path);
      const html = await page.text();
      expect(html, path).toContain(`<h1>${title}</h1>`);
      expect(html.replace(/<link[^>]*>|<script[^>]*>/g, ""), path).not.toMatch(leaks);
    }
  } finally {
    await store.close();
  }
});
