/**
 * The browser of the e2e tests: Debian's /usr/bin/chromium driven by playwright-core. Without it
 * a suite is skipped with the reason printed; under CI=true it fails instead.
 */
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const IN_CI = process.env.CI === "true" || process.env.CI === "1";

/** Why chromium cannot run (undefined when it can); printed once per test file that asks. */
export function chromiumMissing(what = "browser tests"): string | undefined {
  const missing = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed`;
  if (missing && !IN_CI) console.warn(`${what} skipped: ${missing} (under CI=true this fails instead)`);
  return missing;
}

/** Headless, without the sandbox (containers) and the background traffic a profile would start. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A browser test's world: the app served on a free local port, and Chromium to visit it. */
export interface ServedInChromium {
  base: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function serveInChromium(app: Pick<Hono, "fetch">): Promise<ServedInChromium> {
  let server!: ReturnType<typeof serve>;
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve());
  });
  const browser = await launchChromium();
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
