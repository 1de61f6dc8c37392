/// <reference lib="dom" />
/**
 * The Content-Security-Policy and the escaping in a real browser (Debian's chromium through
 * playwright-core), on a store holding a payload in every text field (test/support/hostile-store.ts):
 * every public page in both languages and the workspace pages load with no CSP violation, no
 * payload runs (`window.__pwned` stays unset, no dialog opens), and the pages still work: the
 * stylesheet applies, the map and the charts render with their fonts, the report's copy-link
 * script copies, and the entry form's script shows the assessment as the officer types.
 * Without chromium the test is skipped with the reason; under CI=true it fails instead.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSession } from "../../src/app/auth/sessions.ts";
import type { Store } from "../../src/db/connect.ts";
import { createApp } from "../../src/http/app.ts";
import { chromiumMissing, IN_CI, launchChromium } from "../support/chromium.ts";
import { openTestStore } from "../support/engines.ts";
import { HOSTILE, HOSTILE_PUBLIC_PAGES, seedHostileStore } from "../support/hostile-store.ts";

const missing = chromiumMissing("browser test");

/** What a page load did that it should not have: CSP violations, console errors, dialogs, payloads run. */
interface Trouble {
  violations: string[];
  errors: string[];
  dialogs: string[];
}

/** Listens before any page script runs (an init script goes through DevTools, not the page's CSP). */
async function watch(context: BrowserContext): Promise<Trouble> {
  const trouble: Trouble = { violations: [], errors: [], dialogs: [] };
  await context.exposeFunction("__reportViolation", (text: string) => trouble.violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      // biome-ignore lint/suspicious/noExplicitAny: exposed by the test.
      (window as any).__reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  context.on("page", (page) => watchPage(page, trouble));
  return trouble;
}

function watchPage(page: Page, trouble: Trouble): void {
  page.on("console", (m) => {
    // Chromium asks every site for /favicon.ico on its own; the site has none (a 404, not ours to judge here).
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) {
      trouble.errors.push(`${page.url()}: ${m.text()} (${m.location().url})`);
    }
  });
  page.on("pageerror", (e) => trouble.errors.push(`${page.url()}: ${e.message}`));
  page.on("dialog", (d) => {
    trouble.dialogs.push(`${page.url()}: ${d.message()}`);
    void d.dismiss();
  });
}

const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

describe.skipIf(missing !== undefined && !IN_CI)("CSP and escaping in Chromium", () => {
  let store: Store;
  let browser: Browser;
  let server: ReturnType<typeof serve>;
  let base: string;
  let token: string;

  beforeAll(async () => {
    if (missing) throw new Error(`browser tests cannot run under CI: ${missing}`);
    store = await openTestStore(import.meta.filename);
    await seedHostileStore(store);
    token = (await openSession(store.db, HOSTILE.userId, "127.0.0.1")).token;
    // Links are built from the configured public address, known once the port is: the app is
    // made after listening, as `chitieu serve` makes it from its own address.
    let app: ReturnType<typeof createApp> | undefined;
    await new Promise<void>((resolve) => {
      server = serve({ fetch: (request) => app!.fetch(request), port: 0, hostname: "127.0.0.1" }, () =>
        resolve(),
      );
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app = createApp({ store, publicUrl: base });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await store?.close();
  });

  it("loads every public page with no CSP violation and no payload run, styled, map and charts drawn", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    const trouble = await watch(context);
    const page = await context.newPage();
    for (const locale of ["vi", "en"]) {
      for (const path of HOSTILE_PUBLIC_PAGES) {
        const url = `${base}/${locale}${path}`;
        const response = await page.goto(url, { waitUntil: "load" });
        expect(response?.status(), url).toBe(200);
        expect(await pwned(page), url).toBeNull();
        // The site's stylesheet applied (a file: the policy allows no inline style).
        expect(
          await page.evaluate(() => getComputedStyle(document.querySelector("main")!).maxWidth),
          url,
        ).toBe("1152px");
        for (const svg of await page.locator("figure svg").all()) {
          const box = await svg.boundingBox();
          expect(box && box.width > 100 && box.height > 100, `${url}: an SVG drawn`).toBe(true);
          // Labels in the chart's font: its presentation attributes were not blocked.
          const font = await svg.evaluate((s) => {
            const text = s.querySelector("text");
            return text ? getComputedStyle(text).fontFamily : "system-ui";
          });
          expect(font, url).toMatch(/system-ui/);
        }
      }
    }
    // The map and both charts were among them.
    await page.goto(`${base}/vi/`);
    expect(await page.locator("figure.map svg path[data-code]").count()).toBeGreaterThan(10);
    await page.goto(`${base}/vi/indicators/rice_output?unit=${HOSTILE.unitCode}&at=${HOSTILE.at}`);
    expect(await page.locator("figure.chart svg").count()).toBe(2);

    // The report's copy-link script (a file) runs: the link's address lands on the clipboard.
    const report = `${base}/vi/units/${HOSTILE.unitCode}/${HOSTILE.period}/report?at=${HOSTILE.at}`;
    await page.goto(report);
    await page.click("[data-copy]");
    expect(page.url()).toBe(report);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report);

    expect(trouble).toEqual({ violations: [], errors: [], dialogs: [] });
    await context.close();
  }, 180_000);

  it("loads the workspace pages with no CSP violation and no payload run, and the entry form's script works", async () => {
    const context = await browser.newContext();
    const trouble = await watch(context);
    await context.addCookies([{ name: "chitieu_session", value: token, url: base }]);
    const page = await context.newPage();
    const entry = `${base}/workspace/entry/${HOSTILE.planId}?period=${HOSTILE.period}`;
    for (const url of [
      `${base}/workspace/`,
      entry,
      `${entry}&lang=en`,
      `${base}/workspace/entry/${HOSTILE.returnedPlanId}?period=${HOSTILE.period}`,
      `${base}/workspace/audit`,
    ]) {
      const response = await page.goto(url, { waitUntil: "load" });
      expect(response?.status(), url).toBe(200);
      expect(await pwned(page), url).toBeNull();
      // The workspace's stylesheet applied: its red header.
      expect(
        await page.evaluate(() => getComputedStyle(document.querySelector("header")!).backgroundColor),
        url,
      ).toBe("rgb(122, 0, 0)");
    }
    await page.goto(entry);
    const input = page.locator(`#value-${HOSTILE.targetId}`);
    await input.fill("88.000");
    await expect
      .poll(() => page.textContent(`#assessment-${HOSTILE.targetId}`), { timeout: 10_000 })
      .toMatch(/110%/);
    expect(await pwned(page)).toBeNull();
    expect(trouble).toEqual({ violations: [], errors: [], dialogs: [] });
    await context.close();
  }, 120_000);

  it("the policy holds: a script or style slipped into a page would be blocked and reported", async () => {
    // Proves the listener and the policy are live, so that the zero counts above mean something.
    const context = await browser.newContext();
    const trouble = await watch(context);
    const page = await context.newPage();
    await page.goto(`${base}/vi/`);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__pwned = 'inline script'";
      document.body.append(script);
      const div = document.createElement("div");
      div.innerHTML = `<img src="x" onerror="window.__pwned='onerror'"><p style="color:red">x</p>`;
      document.body.append(div);
    });
    await expect.poll(() => trouble.violations.length).toBeGreaterThanOrEqual(2);
    expect(await pwned(page)).toBeNull();
    expect(trouble.violations.join("\n")).toMatch(/script-src/);
    await context.close();
  });
});
