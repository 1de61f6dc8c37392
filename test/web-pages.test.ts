/**
 * The public pages in process (`app.request()`): each kind in both languages, the twin links, the
 * language picked for `/`, Cache-Control and ETag (304 on If-None-Match), the downloads of exactly
 * what a table shows, the drafted report's figures, and the illustrative data said so.
 */
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { loadDemo } from "../src/demo/load-demo.ts";
import { createApp } from "../src/http/app.ts";
import { ResponseCache } from "../src/http/response-cache.ts";
import { pickLocale } from "../src/http/web/routes.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { describeStore } from "./support/engines.ts";

const PAGES = [
  "/",
  "/units/806?at=2023-12-31",
  "/units/806/2023",
  "/units/795/2020-2025?at=2023-09-23",
  "/units/806/2023/report",
  "/units/806/2023/projects",
  "/indicators/rice_output?unit=806&at=2023-12-31",
  "/indicators/rice_output",
  "/methods",
];

/** The cells of the first table after `id="table-ID"`, as text. */
function tableCells(html: string, id: string): string[][] {
  const start = html.indexOf(`id="table-${id}"`);
  const table = html.slice(start, html.indexOf("</table>", start));
  const text = (cell: string) =>
    cell
      .replace(/<span[^>]*aria-hidden="true"[^>]*>[^<]*<\/span>/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]!)),
  );
}

/** A CSV of our writer's shape (quoted cells, CRLF), read back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  return rows;
}

describeStore(
  "the public pages",
  import.meta.filename,
  (ctx) => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      createApp({ store: ctx.store }).request(path, { headers });

    it("/ picks the language by Accept-Language, Vietnamese by default", async () => {
      const en = await get("/", { "accept-language": "en-GB,en;q=0.9,vi;q=0.5" });
      expect(en.status).toBe(302);
      expect(en.headers.get("location")).toBe("/en/");
      expect(en.headers.get("vary")).toContain("Accept-Language");
      expect((await get("/", { "accept-language": "vi-VN,vi;q=0.9,en;q=0.8" })).headers.get("location")).toBe(
        "/vi/",
      );
      expect((await get("/", { "accept-language": "fr-FR" })).headers.get("location")).toBe("/vi/");
      expect((await get("/")).headers.get("location")).toBe("/vi/");
      expect(pickLocale("fr;q=0.9, en;q=0.4, vi;q=0.7")).toBe("vi");
      expect(pickLocale("vi;q=0, en")).toBe("en");
    });

    it("serves every kind of page in both languages, each linking to its twin", async () => {
      for (const page of PAGES) {
        for (const [locale, other] of [
          ["vi", "en"],
          ["en", "vi"],
        ] as const) {
          const path = `/${locale}${page}`;
          const response = await get(path);
          expect(response.status, path).toBe(200);
          expect(response.headers.get("content-type")).toContain("text/html");
          const html = await response.text();
          expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
          expect(html).toContain(`<html lang="${locale}">`);
          const twin = `/${other}${page}`.replace(/&/g, "&amp;");
          expect(html, path).toContain(`href="${twin}" hreflang="${other}"`);
          expect(html.normalize("NFC")).toBe(html);
        }
      }
    });

    it("sends Cache-Control and an ETag, and 304 when If-None-Match matches", async () => {
      const first = await get("/vi/units/806/2023");
      const etag = first.headers.get("etag");
      expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
      expect(first.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
      const again = await get("/vi/units/806/2023", { "if-none-match": etag! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      const en = await get("/en/units/806/2023");
      expect(en.headers.get("etag")).not.toBe(etag);
    });

    it("keeps a page in memory until the store reports a write to what it shows, then renders it anew", async () => {
      const projects = "/en/units/806/2023/projects";
      const project = "can-duoc-2023.project-1";
      const rename = (name: string) =>
        ctx.store.db.updateTable("key_projects").set({ name_en: name }).where("id", "=", project).execute();
      const cache = new ResponseCache();
      const app = createApp({ store: ctx.store, cache });
      const page = async () => (await app.request(projects)).text();
      const original = (await ctx.store.db
        .selectFrom("key_projects")
        .select("name_en")
        .where("id", "=", project)
        .executeTakeFirstOrThrow())!.name_en!;
      try {
        // Unwatched, the store's change is not seen: the page comes from memory.
        expect(await page()).toContain(original);
        await rename("Renamed while unwatched");
        expect(await page()).toContain(original);
        cache.onChange(false);
        expect(await page()).toContain("Renamed while unwatched");
        // Watched, a write to key projects (migration 0006) drops the page.
        const stop = await ctx.store.watchChanges((lost) => cache.onChange(lost));
        expect(stop).toBeDefined();
        try {
          await rename("Renamed while watched");
          const deadline = Date.now() + 5_000;
          while (!(await page()).includes("Renamed while watched") && Date.now() < deadline) {
            await new Promise((r) => setTimeout(r, 50));
          }
          expect(await page()).toContain("Renamed while watched");
        } finally {
          await stop?.();
        }
      } finally {
        await rename(original);
      }
    });

    it("the scorecard gives the roll-up, statuses in words with an icon, flags and sources", async () => {
      const html = await (await get("/vi/units/806/2023")).text();
      expect(html).toContain("6/6 chỉ tiêu đạt và vượt");
      expect(html).toContain("23/24");
      expect(html).toMatch(/<span class="icon" aria-hidden="true">▲<\/span>Vượt/);
      expect(html).toContain("nhầm dấu thập phân");
      expect(html).toContain("Báo Long An, 19/01/2024");
      // Successors across the 2025 reform.
      expect(html).toContain("xã Rạch Kiến");
      const en = await (await get("/en/units/806/2023")).text();
      expect(en).toContain("over 88,800 tonnes");
      expect(en).toContain("104.5%");
    });

    it("every scorecard links to the methods page, which says how rates and growth are judged", async () => {
      expect(await (await get("/vi/units/806/2023")).text()).toContain('href="/vi/methods"');
      expect(await (await get("/en/units/795/2020-2025")).text()).toContain('href="/en/methods"');
      const vi = await (await get("/vi/methods")).text();
      expect(vi).toContain("thấp hơn 0,32 điểm %");
      const en = await (await get("/en/methods")).text();
      expect(en).toContain("0.32 percentage points short");
    });

    it("the term page gives each target's projection and its method", async () => {
      const html = await (await get("/en/units/795/2020-2025?at=2023-09-23")).text();
      const term = tableCells(html, "term");
      expect(term[0]).toEqual(["No.", "Indicator", "To date", "Projected at end", "Progress", "Method"]);
      expect(term.length).toBeGreaterThan(1);
      expect(term.slice(1).every((row) => row[5] !== "")).toBe(true);
    });

    it("the drafted report holds the seed figures in each language, and the budget figure with its note", async () => {
      const vi = await (await get("/vi/units/806/2023/report")).text();
      for (const figure of ["88.800 tấn", "107%", "104,5%", "102,19%", "2.390 tỷ đồng", "23/24"]) {
        expect(vi).toContain(figure);
      }
      expect(vi).toContain("540,136 tỷ đồng");
      expect(vi).toContain("nhầm dấu thập phân");
      expect(vi).not.toMatch(/đạt 1\.103,3%/);
      expect(vi).toMatch(/<time datetime="[^"]+">19\/01\/2024/);
      expect(vi).toContain('<meta property="og:title"');
      expect(vi).toContain("facebook.com/sharer");
      expect(vi).toContain("zalo.me");
      const en = await (await get("/en/units/806/2023/report")).text();
      expect(en).toContain("88,800");
      expect(en).toContain("104.5%");
      // The key projects' stage in English, not the Vietnamese of the source.
      expect(en).toContain("design contest stage");
      const projects = await (await get("/en/units/806/2023/projects")).text();
      expect(projects).toContain("design contest stage");
      expect(projects).toContain("in progress");
    });

    it("downloads exactly what a table shows, as CSV, JSON and XLSX", async () => {
      const html = await (await get("/vi/units/806/2023")).text();
      const shown = tableCells(html, "targets");
      const csv = await get("/vi/units/806/2023?table=targets&format=csv");
      expect(csv.headers.get("content-type")).toContain("text/csv");
      expect(csv.headers.get("content-disposition")).toContain("targets-vi.csv");
      expect(readCsv(await csv.text())).toEqual(shown);

      const json = (await (await get("/vi/units/806/2023?table=targets&format=json")).json()) as {
        columns: string[];
        rows: string[][];
      };
      expect([json.columns, ...json.rows]).toEqual(shown);

      const xlsx = await get("/vi/units/806/2023?table=targets&format=xlsx");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await xlsx.arrayBuffer());
      const rows: string[][] = [];
      workbook.worksheets[0]!.eachRow((row, n) => {
        if (n > 1) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")));
      });
      expect(rows.map((r) => r.concat(Array(shown[0]!.length - r.length).fill("")))).toEqual(shown);

      expect((await get("/vi/units/806/2023?table=nope&format=csv")).status).toBe(404);
      expect((await get("/vi/units/806/2023?table=targets&format=pdf")).status).toBe(404);
    });

    it("the home page maps the communes and says their figures are illustrative", async () => {
      const html = await (await get("/vi/")).text();
      expect(html).toContain('data-illustrative="true"');
      expect(html).toContain("minh họa");
      expect(html).toMatch(/<svg[^>]+role="img"/);
      expect(html).toContain("data-code=");
      expect(html).toContain("Kiến Tường");
      const en = await (await get("/en/")).text();
      expect(en).toContain("illustrative");
      // The Kiến Tường scorecard holds real figures: no illustrative banner.
      expect(await (await get("/vi/units/806/2023")).text()).not.toContain('data-illustrative="true"');
    });

    it("a commune's illustrative scorecard, report and indicator bars say they are illustrative", async () => {
      for (const path of [
        "/vi/units/28114/2025?at=2025-07-01",
        "/en/units/28114/2025/report?at=2025-07-01",
        "/en/indicators/rice_output?unit=28114&at=2025-07-01",
      ]) {
        const r = await get(path);
        expect(r.status, path).toBe(200);
        expect(await r.text(), path).toContain('data-illustrative="true"');
      }
      const html = await (await get("/vi/units/28114/2025?at=2025-07-01")).text();
      // Its predecessor across the reform: Cần Đước district, in part.
      expect(html).toContain("huyện Cần Đước");
      const bars = await (await get("/vi/indicators/rice_output?unit=28114&at=2025-07-01")).text();
      expect(tableCells(bars, "communes").length).toBe(10);
    });

    it("the pre-2025 list of provinces is a link away", async () => {
      const html = await (await get("/vi/?map=before")).text();
      expect(html).toContain("Long An");
      const today = await (await get("/vi/")).text();
      expect(today).toContain("Tây Ninh");
      expect(today).not.toContain(">tỉnh Long An<");
    });

    it("an unknown unit or period is a 404 page in the reader's language", async () => {
      const r = await get("/en/units/99999/2023");
      expect(r.status).toBe(404);
      expect(await r.text()).toContain("Page not found");
      const vi = await get("/vi/units/99999/2023");
      expect(vi.status).toBe(404);
      const viText = await vi.text();
      expect(viText).toContain("không tồn tại");
      // The log's English message stays in the log.
      expect(viText).not.toMatch(/does not exist|no unit valid/);
      expect((await get("/vi/units/806/2023-13")).status).toBe(404);
      const nowhere = await get("/vi/nowhere/at/all");
      expect(nowhere.status).toBe(404);
      expect(nowhere.headers.get("content-type")).toContain("text/html");
      expect(await nowhere.text()).toContain("Không tìm thấy trang");
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
