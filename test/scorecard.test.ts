import { Readable } from "node:stream";
import { expect, it } from "vitest";
import { assessUnit } from "../src/app/assess-unit.ts";
import { importObservations } from "../src/app/import-observations.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { loadNationalDemo } from "../src/app/load-national-demo.ts";
import { scorecard } from "../src/app/scorecard.ts";
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
      const card = await scorecard(ctx.store.db, { period: "2024" });
      expect(card.units.length).toBeGreaterThan(0);
      for (const row of card.units) {
        const own = await assessUnit(ctx.store.db, { unit: row.unit.id, period: "2024" });
        expect([row.metOrExceeded, row.withData, row.total]).toEqual([
          own.assessment.rollup.metOrExceeded,
          own.assessment.rollup.withData,
          own.assessment.rollup.total,
        ]);
      }
      expect(card.totals.total).toBe(card.units.reduce((n, r) => n + r.total, 0));
    });

    it("lists a province's communes, each as its own assessment has it", async () => {
      const province = (await scorecard(ctx.store.db, { period: "2024" })).units[0]!.unit;
      const card = await scorecard(ctx.store.db, { period: "2024", unit: province.id });
      expect(card.parent?.id).toBe(province.id);
      expect(card.units.length).toBeGreaterThan(1);
      for (const row of card.units.slice(0, 5)) {
        const own = await assessUnit(ctx.store.db, { unit: row.unit.id, period: "2024" });
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

    it("keeps a scorecard in memory until the store reports a write, then computes it anew", async () => {
      const cache = new ResponseCache();
      const stop = await ctx.store.watchChanges((lost) => cache.onChange(lost));
      expect(stop).toBeDefined();
      try {
        const app = createApp({ store: ctx.store, cache });
        const get = async () => (await app.request("/api/v1/scorecard?period=2024")).headers.get("etag");
        const before = await get();
        expect(await get()).toBe(before);
        const card = await scorecard(ctx.store.db, { period: "2024" });
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
