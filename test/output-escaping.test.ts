/**
 * Output escaping: with a payload in every text field a user can write (test/support/hostile-store.ts),
 * every public page in both languages, every workspace page, every table's CSV, XLSX and JSON,
 * the entry template and the drafted .docx report show it inert: escaped in HTML and SVG, plain
 * text in XML, and never a formula in a spreadsheet cell (while negative numbers stay numbers).
 * Each field must turn up somewhere, so that a field nobody shows cannot pass for one escaped.
 */
import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import { expect, it } from "vitest";
import { unzipParts } from "../src/report/xlsx/zip-for-tests.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";
import {
  HOSTILE,
  HOSTILE_PUBLIC_PAGES,
  type HostileFields,
  LIVE_PAYLOAD,
  seedHostileStore,
} from "./support/hostile-store.ts";

const { unitCode: U, period: P, at: AT } = HOSTILE;

/** The tags of the payloads a text shows, escaped (HTML, SVG, XML) or as text (CSV, cells, JSON). */
const ESCAPED_TAG = /(xss[A-Za-z]+)&lt;script&gt;/g;
const TEXT_TAG = /(xss[A-Za-z]+)<script>/g;
const tagsIn = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d[\d.,\u00a0\u202f ]*%?$/;
/** A cell text a spreadsheet would run. */
const isFormulaLike = (text: string) => FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);

/** The payloads stored, by tag (the seed fills it). */
let fields: HostileFields = {};

describeStore(
  "output escaping",
  import.meta.filename,
  (ctx) => {
    const seen = new Map<string, Set<string>>();
    const saw = (surface: string, tags: string[]) => {
      for (const tag of tags) {
        if (!seen.has(tag)) seen.set(tag, new Set());
        seen.get(tag)!.add(surface);
      }
    };

    it("every page shows the payloads escaped, and every table's CSV, XLSX and JSON holds them inert", async () => {
      const api = client(ctx.store);
      let negativeTextCells = 0;
      for (const locale of ["vi", "en"]) {
        for (const page of HOSTILE_PUBLIC_PAGES) {
          const path = `/${locale}${page}`;
          const { status, text: html } = await api.page(path);
          expect(status, path).toBe(200);
          expect(html, path).not.toMatch(LIVE_PAYLOAD);
          saw(path, tagsIn(html, ESCAPED_TAG));
          for (const id of tagsIn(html, /id="table-([\w-]+)"/g)) {
            const download = (format: string) =>
              api.raw(`${path}${path.includes("?") ? "&" : "?"}table=${id}&format=${format}`);
            const csv = await (await download("csv")).text();
            const cells = csv
              .replace(/^\uFEFF/, "")
              .split(/,|\r\n/)
              .map((c) => c.replace(/^"|"$/g, ""));
            expect(cells.filter(isFormulaLike), `${path} ${id}.csv`).toEqual([]);
            negativeTextCells += cells.filter((c) => /^-\d/.test(c)).length;
            saw(`${path} ${id}.csv`, tagsIn(csv, TEXT_TAG));

            const json = await download("json");
            expect(json.headers.get("content-type")).toContain("application/json");
            saw(`${path} ${id}.json`, tagsIn(await json.text(), TEXT_TAG));

            const workbook = new ExcelJS.Workbook();
            await workbook.xlsx.load(await (await download("xlsx")).arrayBuffer());
            const texts = sheetTexts(workbook, `${path} ${id}.xlsx`);
            saw(`${path} ${id}.xlsx`, tagsIn(texts.join("\n"), TEXT_TAG));
          }
        }
      }
      // The observation's negative figure stayed a plain number in the downloads.
      expect(negativeTextCells).toBeGreaterThan(0);
    });

    it("the workspace pages show the payloads escaped; the template and the .docx hold them inert", async () => {
      const api = client(ctx.store);
      const entry = `/workspace/entry/${HOSTILE.planId}?period=${P}`;
      for (const path of [
        "/workspace/",
        entry,
        `${entry}&lang=en`,
        `/workspace/entry/${HOSTILE.returnedPlanId}?period=${P}`,
        "/workspace/audit",
      ]) {
        const { status, text: html } = await api.page(path);
        expect(status, path).toBe(200);
        expect(html, path).not.toMatch(LIVE_PAYLOAD);
        saw(path, tagsIn(html, ESCAPED_TAG));
      }

      const template = await api.raw(`/workspace/entry/${HOSTILE.planId}/template.xlsx?period=${P}`);
      expect(template.status).toBe(200);
      const file = Buffer.from(await template.arrayBuffer());
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
      saw("template.xlsx", tagsIn(sheetTexts(workbook, "template.xlsx").join("\n"), TEXT_TAG));
      // The observation's negative figure is a number cell, not text.
      const numbers: number[] = [];
      workbook.worksheets[0]!.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Number) numbers.push(cell.value as number);
        }),
      );
      expect(numbers).toContain(-1250.5);

      // Uploaded back as it was (its file name a payload too): every note reads back unchanged.
      const before = await notes(api);
      const form = new FormData();
      form.append("file", new File([file], `${payloadName()}.xlsx`));
      const upload = await api.raw(`/workspace/entry/${HOSTILE.planId}/upload?period=${P}`, {
        method: "POST",
        body: form,
      });
      expect(upload.status, await upload.clone().text()).toBe(303);
      expect(await notes(api)).toEqual(before);
      const audit = (await api.page("/workspace/audit")).text;
      expect(audit).not.toMatch(LIVE_PAYLOAD);
      saw("/workspace/audit", tagsIn(audit, ESCAPED_TAG));

      const docx = await api.raw(`/workspace/entry/${HOSTILE.planId}/report.docx?period=${P}`);
      expect(docx.status).toBe(200);
      const parts = unzipParts(Buffer.from(await docx.arrayBuffer()));
      for (const part of parts.filter((x) => x.name.endsWith(".xml"))) {
        const xml = part.data.toString("utf8");
        expect(XMLValidator.validate(xml), part.name).toBe(true);
        expect(xml, part.name).not.toMatch(/<script|<img/);
        saw(`report.docx ${part.name}`, tagsIn(xml, ESCAPED_TAG));
      }
    });

    it("the API answers hold the payloads as JSON strings, never as a document a browser would render", async () => {
      const api = client(ctx.store);
      const sources = (await api.get("/api/v1/sources")).body.sources as { id: string }[];
      for (const path of [
        ...sources.map((s) => `/api/v1/sources/${s.id}`),
        `/api/v1/indicators/${HOSTILE.indicatorCode}`,
        `/api/v1/plans/${HOSTILE.planId}`,
        `/api/v1/observations?unit=${U}&period=${P}`,
        `/api/v1/key-projects?unit=${U}&at=${AT}`,
        "/api/v1/audit",
      ]) {
        const response = await api.raw(path);
        expect(response.status, path).toBe(200);
        expect(response.headers.get("content-type"), path).toMatch(/^application\/json/);
        expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
        const body = await response.text();
        JSON.parse(body);
        saw(`${path} (JSON)`, tagsIn(body, TEXT_TAG));
      }
    });

    it("refuses a source address that is not http or https", async () => {
      const api = client(ctx.store);
      for (const url of [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
      ]) {
        const r = await api.post("/api/v1/sources", { kind: "article", title: "Bài báo", url });
        expect(r.status, url).toBe(422);
        expect(r.body.error.details.field, url).toBe("url");
      }
      expect(
        (await api.post("/api/v1/sources", { kind: "article", title: "Bài", url: "https://a.vn/b" })).status,
      ).toBe(201);
    });

    it("every field turned up somewhere, escaped", () => {
      expect(Object.keys(fields).length).toBeGreaterThan(25);
      const missing = Object.entries(fields)
        .filter(([tag]) => !seen.has(tag))
        .map(([tag, what]) => `${tag} (${what})`);
      console.info(
        `payload fields and where they were found inert:\n${[...seen.entries()]
          .map(
            ([tag, where]) => `  ${tag}: ${where.size} surfaces, e.g. ${[...where].slice(0, 3).join(", ")}`,
          )
          .join("\n")}`,
      );
      expect(missing).toEqual([]);
    });
  },
  {
    once: true,
    seed: async (store) => {
      fields = await seedHostileStore(store);
    },
  },
);

/** Every text of a workbook's cells; fails on a formula of the user's or a text that could be one. */
function sheetTexts(workbook: ExcelJS.Workbook, what: string): string[] {
  const texts: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          // Only our own formulas (the template's % of plan), never a user's text.
          expect(String(cell.formula), `${what} ${cell.address}`).not.toMatch(/xss/);
          return;
        }
        if (cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.RichText) {
          const text = cell.text;
          expect(isFormulaLike(text), `${what} ${sheet.name}!${cell.address}: ${text}`).toBe(false);
          texts.push(text);
        }
      }),
    );
  }
  return texts;
}

function payloadName(): string {
  return `=xssUploadName<script>window.__pwned=1</script><img src=x onerror=alert(1)>`;
}

// biome-ignore lint/suspicious/noExplicitAny: the test client reads JSON freely.
async function notes(api: any): Promise<string[]> {
  const r = await api.get(`/api/v1/observations?unit=${U}&period=${P}`);
  return (r.body.observations as { note?: string }[]).map((o) => o.note ?? "").sort();
}
