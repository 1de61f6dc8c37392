import { Readable } from "node:stream";
import { expect, it } from "vitest";
import { assessUnit } from "../src/app/assess-unit.ts";
import { importObservations } from "../src/app/import-observations.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { loadNationalDemo } from "../src/app/load-national-demo.ts";
import { scorecard } from "../src/app/scorecard.ts";
import { publicView } from "../src/app/visibility.ts";
import { nationalObservations, nationalTargets, shapeNational } from "../src/demo/national.ts";
import { createApp } from "../src/http/app.ts";
import { ResponseCache } from "../src/http/response-cache.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

const units = () => [...FIXTURE_CATALOGUE.units.values()];

describeStore(
  "scorecards over the national demo",
  import.meta.filename,
  (ctx) => {
    it("gives each province the roll-up its own assessment gives", async () => {
      const card = await scorecard(ctx.store.db, publicView(ctx.store.db), { period: "2024" });
      expect(card.units.length).toBeGreaterThan(0);
      for (const row of card.units) {
        const own = await assessUnit(ctx.store.db, publicView(ctx.store.db), {
          unit: row.unit.id,
          period: "2024",
        });
        expect([row.metOrExceeded, row.withData, row.total]).toEqual([
          own.assessment.rollup.metOrExceeded,
          own.assessment.rollup.withData,
          own.assessment.rollup.total,
        ]);
      }
      expect(card.totals.total).toBe(card.units.reduce((n, r) => n + r.total, 0));
    });

    it("lists a province's communes, each as its own assessment has it", async () => {
      const province = (await scorecard(ctx.store.db, publicView(ctx.store.db), { period: "2024" })).units[0]!
        .unit;
      const card = await scorecard(ctx.store.db, publicView(ctx.store.db), {
        period: "2024",
        unit: province.id,
      });
      expect(card.parent?.id).toBe(province.id);
      expect(card.units.length).toBeGreaterThan(1);
      for (const row of card.units.slice(0, 5)) {
        const own = await assessUnit(ctx.store.db, publicView(ctx.store.db), {
          unit: row.unit.id,
          period: "2024",
        });
        expect(row.counts).toEqual(own.assessment.rollup.counts);
      }
    });

    it("serves the scorecard with an ETag a CDN may cache, and 304 on a match", async () => {
      const api = client(ctx.store);
      const first = await api.get("/api/v1/scorecard?period=2024");
      expect(first.status).toBe(200);
      expect(first.etag).toMatch(/^"[\w-]+"$/);
      const again = await api.app.request("/api/v1/scorecard?period=2024", {
        headers: { "if-none-match": first.etag! },
      });
      expect(again.status).toBe(304);
      expect((await api.get("/api/v1/scorecard?period=2024-Q1")).status).toBe(422);
    });

    it("shows the scorecard page with the API's figures, per province and per commune, in both languages", async () => {
      const api = client(ctx.store);
      const card = (await api.get("/api/v1/scorecard?period=2024")).body as {
        units: { unit: { id: string; name: string }; metOrExceeded: number; withData: number }[];
      };
      const vi = await api.app.request("/vi/scorecard/2024");
      expect(vi.status).toBe(200);
      const html = await vi.text();
      expect(html).toContain("Bảng tổng hợp chỉ tiêu năm 2024");
      for (const row of card.units) {
        const ref = encodeURIComponent(row.unit.id);
        expect(html).toContain(`href="/vi/units/${ref}/2024"`);
        expect(html).toContain(`href="/vi/scorecard/2024?unit=${ref}"`);
      }
      // Each link leads to the unit's own page for the year.
      const link = `/vi/units/${encodeURIComponent(card.units[0]!.unit.id)}/2024`;
      expect((await api.app.request(link)).status).toBe(200);
      // The download carries the same figures as the API, row for row.
      const csv = await (await api.app.request("/en/scorecard/2024?table=scorecard&format=csv")).text();
      const lines = csv.trim().split(/\r?\n/).slice(1);
      expect(lines).toHaveLength(card.units.length);
      for (const [i, row] of card.units.entries()) {
        const cells = lines[i]!.split(",");
        expect(cells.slice(1, 3).map(Number)).toEqual([row.metOrExceeded, row.withData]);
      }
      const province = encodeURIComponent(card.units[0]!.unit.id);
      const communes = (await api.get(`/api/v1/scorecard?period=2024&unit=${province}`)).body as {
        units: { unit: { id: string } }[];
      };
      expect(communes.units.length).toBeGreaterThan(1);
      const page = await (await api.app.request(`/en/scorecard/2024?unit=${province}`)).text();
      expect(page).toContain("Scorecard 2024: the units of");
      for (const row of communes.units)
        expect(page).toContain(`href="/en/units/${encodeURIComponent(row.unit.id)}/2024"`);
      expect((await api.app.request("/vi/scorecard/2024-Q1")).status).toBe(404);
      expect((await api.app.request("/vi/scorecard/%CF%81%CC%93")).status).toBe(404);
    });

    it("shows a write on the scorecard page as soon as the store reports it, though pages are kept in memory", async () => {
      const cache = new ResponseCache();
      const stop = await ctx.store.watchChanges((lost) => cache.onChange(lost));
      try {
        const app = createApp({ store: ctx.store, cache });
        const province = (await scorecard(ctx.store.db, publicView(ctx.store.db), { period: "2024" }))
          .units[0]!.unit;
        const page = `/vi/scorecard/2024?unit=${encodeURIComponent(province.id)}`;
        const etag = async () => (await app.request(page)).headers.get("etag");
        const before = await etag();
        expect(before).toBeTruthy();
        expect((await app.request(page, { headers: { "if-none-match": before! } })).status).toBe(304);
        // A commune's target not yet met (the next test writes to the province): a result ten
        // times its figure makes it exceeded, one more met or exceeded on the page.
        const row = (
          await scorecard(ctx.store.db, publicView(ctx.store.db), { period: "2024", unit: province.id })
        ).units[0]!;
        const own = await assessUnit(ctx.store.db, publicView(ctx.store.db), {
          unit: row.unit.id,
          period: "2024",
        });
        const open = own.assessment.targets.find((t) => t.status !== "met" && t.status !== "exceeded")!;
        const spec = (
          await ctx.store.db
            .selectFrom("targets")
            .select("spec")
            .where("id", "=", open.targetId)
            .executeTakeFirstOrThrow()
        ).spec as { kind: string; value: number };
        expect(spec.kind).toBe("gte");
        await importObservations(
          ctx.store,
          Readable.from([
            `indicator,unit,period,stage,value\n${open.indicatorCode},${row.unit.id},2024,official,${spec.value * 10}\n`,
          ]),
          { name: "page.csv", actor: "test" },
        );
        const deadline = Date.now() + 5_000;
        let after = await etag();
        while (after === before && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 50));
          after = await etag();
        }
        expect(after).not.toBe(before);
        const csv = await (await app.request(`${page}&table=scorecard&format=csv`)).text();
        const cells = csv.trim().split(/\r?\n/)[1]!.split(",");
        expect(Number(cells[1])).toBe(row.metOrExceeded + 1);
      } finally {
        await stop?.();
      }
    });

    it("keeps a scorecard in memory until the store reports a write, then computes it anew", async () => {
      const cache = new ResponseCache();
      const stop = await ctx.store.watchChanges((lost) => cache.onChange(lost));
      expect(stop).toBeDefined();
      try {
        const app = createApp({ store: ctx.store, cache });
        const get = async () => (await app.request("/api/v1/scorecard?period=2024")).headers.get("etag");
        const before = await get();
        expect(await get()).toBe(before);
        const card = await scorecard(ctx.store.db, publicView(ctx.store.db), { period: "2024" });
        const unit = card.units[0]!.unit.id;
        const target = (await ctx.store.db
          .selectFrom("targets")
          .select(["indicator_code"])
          .where("unit_id", "=", unit)
          .where("period", "=", "2024")
          .executeTakeFirstOrThrow())!;
        await importObservations(
          ctx.store,
          Readable.from([
            `indicator,unit,period,stage,value\n${target.indicator_code},${unit},2024,official,-1\n`,
          ]),
          { name: "change.csv", actor: "test" },
        );
        const deadline = Date.now() + 5_000;
        let after = await get();
        while (after === before && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 50));
          after = await get();
        }
        expect(after).not.toBe(before);
      } finally {
        await stop?.();
      }
    });
  },
  {
    once: true,
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
      await loadNationalDemo(store, shapeNational(units(), 0.001, 7), {});
    },
  },
);

it("generates the same data from the same seed, and other data from another", () => {
  const take = (seed: number) => {
    const shape = shapeNational(units(), 0.001, seed);
    return [[...nationalTargets(shape)].slice(0, 20), [...nationalObservations(shape)].slice(0, 50)];
  };
  expect(take(1)).toEqual(take(1));
  expect(take(1)).not.toEqual(take(2));
});
