/// <reference lib="dom" />
/**
 * The review queue and the key projects in a real browser (Debian's chromium through
 * playwright-core), 390 px wide: an officer-planner of a district adds a report's text, moves
 * through its statements with j/k and accepts one with a; then adds a key project. Each new page
 * is opened in both languages with a screenshot (test/e2e/screenshots/, gitignored) and an
 * axe-core check (no serious or critical violation).
 * Without chromium the test is skipped with the reason; under CI=true it fails instead.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser } from "../../src/app/auth/users.ts";
import { createIndicator } from "../../src/app/indicators.ts";
import type { Store } from "../../src/db/connect.ts";
import { listObservations } from "../../src/db/observations.ts";
import { createApp } from "../../src/http/app.ts";
import { BUDGET_REVENUE } from "../fixtures/indicators.ts";
import { chromiumMissing, IN_CI, serveInChromium } from "../support/chromium.ts";
import { openTestStore } from "../support/engines.ts";
import { seedRicePlan } from "../support/seed-plan.ts";

const missing = chromiumMissing("browser test");
const SCREENSHOTS = join(fileURLToPath(new URL("../..", import.meta.url)), "test/e2e/screenshots");
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const DISTRICT = "806@-2025-06-30";
const PASSWORD = "mật-khẩu-đủ-dài-2023";
const TEXT = [
  "Năm 2023, sản lượng lúa của huyện đạt trên 91.500 tấn, đạt 106% kế hoạch tỉnh giao.",
  "Ước cả năm 2023, tổng thu ngân sách nhà nước trên địa bàn đạt 612,4 tỷ đồng.",
  "Diện tích trồng rau màu các loại đạt 4.250 ha.",
  "Năm 2023 có 23/24 chỉ tiêu đạt và vượt kế hoạch.",
  "Năm 2024 phấn đấu sản lượng lúa đạt trên 92.000 tấn.",
].join("\n");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page.
    const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return result.violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${page.url()}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes[0]?.target.join(" ")}`);
}

describe.skipIf(missing !== undefined && !IN_CI)("the review queue and key projects in a browser", () => {
  let store: Store;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;
  let base: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    store = await openTestStore(import.meta.filename);
    await seedRicePlan(store.db, {
      planId: "kh-806-2023",
      unit: DISTRICT,
      state: "draft",
      targetId: "t-lua",
      atLeast: 90_000,
    });
    await createIndicator(store.db, BUDGET_REVENUE, { actor: "test" });
    await addUser(
      store.db,
      {
        id: "can-bo-huyen",
        name: "Lê Thị Cúc",
        password: PASSWORD,
        grants: [
          { role: "officer", unitId: DISTRICT },
          { role: "planner", unitId: DISTRICT },
        ],
      },
      { actor: "test" },
    );
    ({ base, browser, close } = await serveInChromium(createApp({ store })));
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await store?.close();
  });

  it("adds a report, moves with j/k, accepts with a, adds a project; every page passes axe in vi and en at 390 px", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${base}/workspace/login`);
    await page.fill("#account", "can-bo-huyen");
    await page.fill("#password", PASSWORD);
    await page.click("#sign-in");
    await page.waitForURL(`${base}/workspace/`);

    await page.goto(`${base}/workspace/sources/new`);
    await page.fill("#title", "Báo cáo tình hình kinh tế - xã hội huyện Cần Đước năm 2023");
    await page.fill("#text", TEXT);
    await page.click("button[type=submit]:has-text('Thêm và đọc số liệu')");
    await page.waitForSelector("mark#m-0");
    const sourceUrl = page.url().replace(/[?#].*$/, "");
    // The script shows its keys; j moves to the next statement, its mark outlined.
    await expect.poll(() => page.isVisible("#shortcuts-hint")).toBe(true);
    await page.locator("h1").click();
    await page.keyboard.press("j");
    await expect.poll(() => page.getAttribute("#s-1", "class")).toContain("current");
    expect(await page.getAttribute("mark#m-1", "class")).toContain("current");
    await page.keyboard.press("k");
    await expect.poll(() => page.getAttribute("#s-0", "class")).toContain("current");
    // a accepts the rice figure as its form stands (its percent kept with the district's plan).
    await page.selectOption("#plan-0-0", "kh-806-2023");
    await page.locator("#s-0 h3").click();
    await page.keyboard.press("a");
    await page.waitForSelector("text=Đã chấp nhận số liệu.");
    expect(
      (await listObservations(store.db, { unitIds: [DISTRICT] })).map((o) => o.observation.value),
    ).toEqual([91_500]);

    await page.goto(`${base}/workspace/projects/new`);
    await page.fill("#nameVi", "Đường tỉnh 826E");
    await page.fill("#unit", "806");
    await page.fill("#term", "2021-2025");
    await page.fill("#ms-name-0", "Khởi công");
    await page.selectOption("#ms-state-0", "done");
    await page.fill("#note", "Đã giải phóng mặt bằng 95%.");
    await page.click("button[type=submit]:has-text('Lưu')");
    await page.waitForSelector("text=Đã thêm.");
    const projectUrl = page.url().replace(/[?#].*$/, "");

    const problems: string[] = [];
    const pages = {
      sources: `${base}/workspace/sources/`,
      "source-new": `${base}/workspace/sources/new`,
      source: sourceUrl,
      projects: `${base}/workspace/projects`,
      "project-new": `${base}/workspace/projects/new`,
      project: projectUrl,
    };
    for (const locale of ["vi", "en"] as const) {
      for (const [name, url] of Object.entries(pages)) {
        const response = await page.goto(locale === "en" ? `${url}?lang=en` : url);
        expect(response?.status(), name).toBe(200);
        expect(await page.getAttribute("html", "lang")).toBe(locale);
        await page.screenshot({ path: join(SCREENSHOTS, `workspace-${name}-${locale}.png`), fullPage: true });
        // Nothing wider than the screen.
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 390) problems.push(`${page.url()}: ${width} px wide`);
        problems.push(...(await seriousViolations(page)));
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);
});
