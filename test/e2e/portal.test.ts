/// <reference lib="dom" />
/**
 * The public portal in a real browser: `chitieu serve` on a free localhost port with a temporary
 * store, driven by playwright-core through Debian's /usr/bin/chromium. Each kind of page opens in
 * both languages, with a screenshot (test/e2e/screenshots/, gitignored) and an axe-core check
 * (no serious or critical violation); the language switch is followed; a CSV is downloaded and
 * read back; and the weight over the wire of the home page (with its map) and of a scorecard is
 * measured from Chromium's network events.
 *
 * Without Chromium the suite is skipped with the reason printed; under CI=true it fails instead.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing, IN_CI, launchChromium } from "../support/chromium.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCREENSHOTS = join(ROOT, "test/e2e/screenshots");
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const missing = chromiumMissing();

/** Each kind of page, by the path after the language. */
const PAGES: { name: string; path: string; heading: RegExp }[] = [
  { name: "home", path: "/", heading: /Chỉ tiêu kinh tế - xã hội|Socio-economic targets/ },
  { name: "unit", path: "/units/806?at=2023-12-31", heading: /Cần Đước/ },
  { name: "scorecard", path: "/units/806/2023", heading: /Cần Đước/ },
  { name: "term", path: "/units/795/2020-2025?at=2023-09-23", heading: /Kiến Tường/ },
  {
    name: "indicator",
    path: "/indicators/rice_output?unit=806&at=2023-12-31",
    heading: /Sản lượng lúa|Rice output/,
  },
  { name: "projects", path: "/units/806/2023/projects", heading: /Cần Đước/ },
  { name: "report", path: "/units/806/2023/report", heading: /Cần Đước/ },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, "bin/chitieu.js"), "serve", "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, CHITIEU_DATA: dataDir, DATABASE_URL: "", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`chitieu serve did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("chitieu serving on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`chitieu serve exited with ${code}:\n${output}`));
    });
  });
  return child;
}

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

/** Bytes over the wire for everything a page load fetched (Chromium's encodedDataLength). */
async function pageWeight(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  let bytes = 0;
  cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await context.close();
  return bytes;
}

describe.skipIf(missing !== undefined && !IN_CI)("the portal in Chromium", () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let base = "";
  let dataDir = "";

  beforeAll(async () => {
    if (missing) throw new Error(`browser tests cannot run under CI: ${missing}`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), "chitieu-e2e-"));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    [server, browser] = await Promise.all([startServer(port, dataDir), launchChromium()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  for (const locale of ["vi", "en"] as const) {
    it(`opens each kind of page in ${locale}, with a screenshot and no serious accessibility violation`, async () => {
      const context = await browser!.newContext({ javaScriptEnabled: true });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const p of PAGES) {
        const response = await page.goto(`${base}/${locale}${p.path}`);
        expect(response?.status(), p.name).toBe(200);
        expect(await page.getAttribute("html", "lang")).toBe(locale);
        await expect(page.locator("h1").first().textContent()).resolves.toMatch(p.heading);
        const other = locale === "vi" ? "en" : "vi";
        expect(await page.locator(`nav.lang a[hreflang="${other}"]`).getAttribute("href")).toBe(
          `/${other}${p.path}`,
        );
        await page.screenshot({ path: join(SCREENSHOTS, `${p.name}-${locale}.png`), fullPage: true });
        for (const v of await seriousViolations(page)) {
          problems.push(
            `${locale}${p.path}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes[0]?.target.join(" ")}`,
          );
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }

  it("switches language from a page to its twin, and reads with JavaScript off", async () => {
    const context = await browser!.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/vi/units/806/2023`);
    await page.click('nav.lang a[hreflang="en"]');
    await page.waitForURL(`${base}/en/units/806/2023`);
    expect(await page.locator("h1").textContent()).toContain("Cần Đước district");
    await page.click('nav.lang a[hreflang="vi"]');
    await page.waitForURL(`${base}/vi/units/806/2023`);
    expect(await page.locator("h1").textContent()).toContain("huyện Cần Đước");
    await context.close();
  });

  it("downloads a table's CSV and reads back what the table shows", async () => {
    const context = await browser!.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/vi/units/806/2023`);
    const shown = await page.$$eval("#table-targets tr", (rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll("th, td")).map((cell) => {
          const copy = cell.cloneNode(true) as HTMLElement;
          for (const icon of Array.from(copy.querySelectorAll('[aria-hidden="true"]'))) icon.remove();
          return copy.textContent ?? "";
        }),
      ),
    );
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('#table-targets a[data-format="csv"]'),
    ]);
    const file = join(dataDir, "targets.csv");
    await download.saveAs(file);
    const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    const csvRows = text
      .trimEnd()
      .split("\r\n")
      .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1]!));
    const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
    expect(csvRows.map((r) => r.map(unquote))).toEqual(shown);
    expect(text).toContain("Sản lượng lúa");
    expect(text).toContain("104,5%");
    await context.close();
  });

  it("weighs the scorecard under 150 KB and the home page with its map under 600 KB", async () => {
    const scorecard = await pageWeight(browser!, `${base}/vi/units/806/2023`);
    const home = await pageWeight(browser!, `${base}/vi/`);
    const report = await pageWeight(browser!, `${base}/vi/units/806/2023/report`);
    const weights = { scorecardBytes: scorecard, homeWithMapBytes: home, reportBytes: report };
    writeFileSync(join(SCREENSHOTS, "page-weights.json"), `${JSON.stringify(weights, null, 2)}\n`);
    console.info(`page weights over the wire: ${JSON.stringify(weights)}`);
    expect(scorecard).toBeLessThan(150 * 1024);
    expect(home).toBeLessThan(600 * 1024);
  });
});
