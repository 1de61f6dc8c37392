/// <reference lib="dom" />
/**
 * The reporting calendar's pages in Chromium (issue 16 part 6): the province's reviewer opens the
 * calendar and the deadlines form (and the form refused with its error summary), in Vietnamese and
 * English, at 390 px and 1280 px wide: a screenshot of each (test/e2e/screenshots/, gitignored),
 * no serious or critical axe-core violation, and at 390 px the page itself never scrolls sideways
 * while the board does, its unit column staying in view.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { addUser } from "../../src/app/auth/users.ts";
import type { Store } from "../../src/db/connect.ts";
import { createApp } from "../../src/http/app.ts";
import { chromiumMissing, IN_CI, serveInChromium } from "../support/chromium.ts";
import { openTestStore } from "../support/engines.ts";
import { CAN_DUOC, PROVINCE, seedCalendar } from "../support/seed-calendar.ts";

const missing = chromiumMissing("browser test");
const SCREENSHOTS = join(fileURLToPath(new URL("../..", import.meta.url)), "test/e2e/screenshots");
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const PASSWORD = "mật-khẩu-đủ-dài-2023";

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the pages' CSP rightly refuses an inline <script> tag.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page.
    const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return result.violations as AxeViolation[];
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

describe.skipIf(missing !== undefined && !IN_CI)("the reporting calendar in Chromium", () => {
  let store: Store;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;
  let base: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    store = await openTestStore(import.meta.filename);
    // The units come with the catalogue the seed loads: before the users naming them.
    await seedCalendar(store.db, "can-bo-806");
    await addUser(
      store.db,
      {
        id: "can-bo-806",
        name: "Nguyễn Văn An",
        password: PASSWORD,
        grants: [{ role: "officer", unitId: CAN_DUOC }],
      },
      { actor: "test" },
    );
    await addUser(
      store.db,
      {
        id: "duyet-tinh",
        name: "Trần Thị Bình",
        password: PASSWORD,
        grants: [{ role: "reviewer", unitId: PROVINCE }],
      },
      { actor: "test" },
    );
    ({ base, browser, close } = await serveInChromium(createApp({ store })));
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await store?.close();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  async function signedIn(width: number, account = "duyet-tinh"): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/workspace/login`);
    await page.fill("#account", account);
    await page.fill("#password", PASSWORD);
    await page.click("#sign-in");
    await page.waitForURL(`${base}/workspace/`);
    return page;
  }

  async function check(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    expect(await seriousViolations(page), name).toEqual([]);
    // The page never scrolls sideways: wide tables scroll in their own region.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, name).toBeLessThanOrEqual(0);
  }

  for (const width of [390, 1280]) {
    it(`the officer's home lists what Cần Đước owes, at ${width} px, in vi and en`, async () => {
      const page = await signedIn(width, "can-bo-806");
      // The server's day (this process): 1 April 2023 in Vietnam; March's reports are past due.
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2023-04-01T03:00:00Z"));
      for (const locale of ["vi", "en"] as const) {
        await page.goto(`${base}/workspace/${locale === "en" ? "?lang=en" : ""}`);
        await page.waitForSelector("#overdue");
        const first = page.locator(".overdue li a").first();
        expect(await first.getAttribute("href")).toContain("/workspace/entry/kh-806?period=2023-03");
        await check(page, `home-overdue-${locale}-${width}`);
      }
      vi.useRealTimers();
      await page.context().close();
    }, 120_000);

    for (const locale of ["vi", "en"] as const) {
      it(`the calendar and the deadlines form in ${locale} at ${width} px`, async () => {
        const page = await signedIn(width);
        const lang = locale === "en" ? "&lang=en" : "";
        await page.goto(`${base}/workspace/calendar?year=2023${lang}`);
        await page.waitForSelector("#board");
        const late = locale === "vi" ? "Nộp muộn" : "Submitted late";
        expect(await page.locator("#board td.status-late").first().textContent()).toContain(late);
        await check(page, `calendar-${locale}-${width}`);
        if (width === 390) {
          // Scrolled to the far right, the unit column is still at the region's left edge.
          const region = page.locator(".board-scroll");
          await region.evaluate((el) => {
            el.scrollLeft = el.scrollWidth;
          });
          const left = await page
            .locator("#board tbody th")
            .first()
            .evaluate((el) => el.getBoundingClientRect().left);
          const regionLeft = await region.evaluate((el) => el.getBoundingClientRect().left);
          expect(Math.abs(left - regionLeft)).toBeLessThan(2);
          await region.scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(SCREENSHOTS, `calendar-${locale}-${width}-scrolled.png`) });
        }

        await page.goto(`${base}/workspace/calendar/deadlines?year=2023${lang}`);
        await page.waitForSelector("#deadlines-form");
        await check(page, `deadlines-${locale}-${width}`);
        await page.fill("[id='rules.year.dueDay']", "40");
        await page.click("#save");
        await page.waitForSelector(".error-summary");
        const summary = await page.textContent(".error-summary");
        expect(summary).toContain(locale === "vi" ? "Năm – Hạn gửi: ngày" : "Year – Due: day");
        await check(page, `deadlines-error-${locale}-${width}`);
        await page.context().close();
      }, 120_000);
    }
  }
});
