/**
 * The browser of the e2e tests: Debian's /usr/bin/chromium driven by playwright-core. Without it
 * a suite is skipped with the reason printed; under CI=true it fails instead.
 */
import { existsSync } from "node:fs";
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
