/**
 * Administration in a browser 390 px wide (a telephone): an administrator of district 806 signs
 * in, creates a commune officer's account (first with a mistake the error summary links to), reads
 * the one-time code, gives the officer a second role; the officer sets a password with the code and
 * signs in. A planner asks for an indicator, which an administrator over every unit approves; that
 * administrator adds an indicator and a unit of measure. Each page in
 * both languages is kept as a screenshot (test/e2e/screenshots/, gitignored) and checked with
 * axe-core (no serious or critical violation), and no page scrolls sideways.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser } from "../../src/app/auth/users.ts";
import { createIndicator } from "../../src/app/indicators.ts";
import { loadCatalogue } from "../../src/app/load-catalogue.ts";
import type { Store } from "../../src/db/connect.ts";
import { createApp } from "../../src/http/app.ts";
import { FIXTURE_CATALOGUE } from "../fixtures/catalogue.ts";
import { RICE } from "../fixtures/indicators.ts";
import { chromiumMissing, IN_CI, serveInChromium } from "../support/chromium.ts";
import { openTestStore } from "../support/engines.ts";

const missing = chromiumMissing("browser test");
const SCREENSHOTS = join(import.meta.dirname, "screenshots");
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const PASSWORD = "mật-khẩu-đủ-dài-2026";
const DISTRICT = "806@-2025-06-30";
const COMMUNE = "28108@-2025-06-30";

async function problemsOf(page: Page, name: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page.
    const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return result.violations as { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  return [
    ...violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${name}: ${v.impact} ${v.id} at ${v.nodes[0]?.target.join(" ")}`),
    ...(wide ? [`${name}: scrolls sideways at 390 px`] : []),
  ];
}

describe.skipIf(missing !== undefined && !IN_CI)("administration in a browser at 390 px", () => {
  let store: Store;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    store = await openTestStore(import.meta.filename);
    await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
    await createIndicator(store.db, RICE, { actor: "test" });
    const add = (id: string, name: string, unitId: string | null) =>
      addUser(
        store.db,
        { id, name, password: PASSWORD, grants: [{ role: "administrator", unitId }] },
        { actor: "test" },
      );
    await add("quan-tri-huyen", "Phạm Thị Dung", DISTRICT);
    await add("quan-tri", "Lê Quang Minh", null);
    await addUser(
      store.db,
      {
        id: "ke-hoach",
        name: "Võ Thị Hoa",
        password: PASSWORD,
        grants: [{ role: "planner", unitId: DISTRICT }],
      },
      { actor: "test" },
    );
    ({ base, browser, close } = await serveInChromium(createApp({ store })));
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await store?.close();
  });

  async function phone(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    return context.newPage();
  }

  async function signIn(page: Page, account: string, password = PASSWORD): Promise<void> {
    await page.goto(`${base}/workspace/login`);
    await page.fill("#account", account);
    await page.fill("#password", password);
    await page.click("#sign-in");
    await page.waitForURL(`${base}/workspace/`);
  }

  /** Screenshot and check the page as it is, then its English twin (for a GET page). */
  async function look(page: Page, name: string, twin = true): Promise<void> {
    await page.screenshot({ path: join(SCREENSHOTS, `admin-${name}-vi.png`), fullPage: true });
    problems.push(...(await problemsOf(page, `${name} vi`)));
    if (!twin) return;
    const url = new URL(page.url());
    url.searchParams.set("lang", "en");
    await page.goto(url.toString());
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.screenshot({ path: join(SCREENSHOTS, `admin-${name}-en.png`), fullPage: true });
    problems.push(...(await problemsOf(page, `${name} en`)));
    await page.goBack();
  }

  it("a district administrator creates an officer, who sets a password with the code and signs in", async () => {
    const admin = await phone();
    await signIn(admin, "quan-tri-huyen");
    await admin.goto(`${base}/workspace/admin/users`);
    await look(admin, "users");
    await admin.click("text=Tạo tài khoản");
    await look(admin, "user-new");
    // A mistake first: an account name with capitals and spaces, and no name.
    await admin.fill("#account", "Can Bo Xa");
    await admin.fill("#unit", COMMUNE);
    await admin.click("#create");
    await admin.waitForSelector(".error-summary");
    await look(admin, "user-new-errors", false);
    await admin.click('.error-summary a[href="#name"]');
    await admin.fill("#name", "Nguyễn Văn An");
    await admin.fill("#account", "can-bo-xa");
    await admin.selectOption("#role", "officer");
    await admin.click("#create");
    const code = (await admin.textContent("#code"))!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await look(admin, "user-code", false);
    await admin.click("text=Chi tiết");
    await admin.fill("#unit", COMMUNE);
    await admin.selectOption("#role", "viewer");
    await admin.click("#grant");
    await admin.waitForSelector("text=Đã lưu thay đổi.");
    expect(await admin.textContent(".grants")).toContain("Người xem");
    await look(admin, "user-detail");

    const officer = await phone();
    await officer.goto(`${base}/workspace/reset?code=${code}`);
    await look(officer, "reset");
    await officer.fill("#password", PASSWORD);
    await officer.fill("#confirm", PASSWORD);
    await officer.click("#set-password");
    await officer.waitForSelector("text=Đã đặt mật khẩu mới.");
    await signIn(officer, "can-bo-xa");
  }, 120_000);

  it("an administrator over every unit adds an indicator and a unit of measure", async () => {
    const admin = await phone();
    await signIn(admin, "quan-tri");
    await admin.goto(`${base}/workspace/admin/indicators`);
    await look(admin, "indicators");
    await admin.click("text=Thêm chỉ tiêu");
    await look(admin, "indicator-new");
    await admin.fill("#code", "shrimp_area");
    await admin.fill("#nameVi", "Diện tích nuôi tôm");
    await admin.fill("#nameEn", "Shrimp farming area");
    await admin.selectOption("#unitOfMeasure", "ha");
    await admin.selectOption("#nearlyMet", "percent_of_plan");
    await admin.fill("#nearlyMetValue", "97,5");
    await admin.click("#save");
    await admin.waitForSelector("text=Đã lưu thay đổi.");
    expect(await admin.textContent("table")).toContain("Diện tích nuôi tôm");
    await admin.goto(`${base}/workspace/admin/indicators/shrimp_area/edit`);
    expect(await admin.inputValue("#nearlyMetValue")).toBe("97,5");
    await look(admin, "indicator-edit");
    await admin.goto(`${base}/workspace/admin/units-of-measure`);
    await look(admin, "units-of-measure");
    await admin.fill("#code", "lượt khách e2e");
    await admin.fill("#nameEn", "visits");
    await admin.fill("#dimension", "visits");
    await admin.click("#add-unit");
    await admin.waitForSelector("text=Đã lưu thay đổi.");
    expect(await admin.textContent("table")).toContain("lượt khách e2e");
  }, 120_000);

  it("a planner asks for an indicator; an administrator over every unit approves it into the catalogue", async () => {
    const planner = await phone();
    await signIn(planner, "ke-hoach");
    await planner.goto(`${base}/workspace/admin/indicators/request`);
    await look(planner, "indicator-request");
    await planner.fill("#code", "fish_output");
    await planner.fill("#nameVi", "Sản lượng thủy sản");
    await planner.fill("#nameEn", "Fishery output");
    await planner.selectOption("#unitOfMeasure", "tấn");
    await planner.fill("#reason", "Nghị quyết HĐND huyện năm 2026 giao chỉ tiêu này.");
    await planner.click("#save");
    await planner.waitForSelector("text=Chờ duyệt");
    const admin = await phone();
    await signIn(admin, "quan-tri");
    await admin.goto(`${base}/workspace/admin/indicators/requests`);
    await look(admin, "indicator-requests");
    await admin.click("text=Duyệt, thêm vào danh mục");
    await admin.waitForSelector("text=Đã duyệt");
    await admin.goto(`${base}/workspace/admin/indicators?q=thuy+san`);
    expect(await admin.textContent("table")).toContain("Sản lượng thủy sản");
  }, 120_000);

  it("finds no serious accessibility violation and no sideways scrolling", () => {
    expect(problems).toEqual([]);
  });
});
