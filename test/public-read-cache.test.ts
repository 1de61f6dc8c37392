/**
 * Anonymous API reads kept in memory between writes (src/http/api/public-read-cache.ts): served
 * from memory until the store reports a write, never to a signed-in user, never a refusal, and
 * with every header the route set (the ETag a write's If-Match needs).
 */
import { expect, it } from "vitest";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { loadDemo } from "../src/demo/load-demo.ts";
import { createApp } from "../src/http/app.ts";
import { ResponseCache } from "../src/http/response-cache.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { sessionFor } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

describeStore(
  "anonymous API reads kept between writes",
  import.meta.filename,
  (ctx) => {
    const setup = () => {
      const cache = new ResponseCache();
      const app = createApp({ store: ctx.store, cache });
      const get = async (path: string, headers: Record<string, string> = {}) => {
        const response = await app.request(path, { headers });
        return { status: response.status, etag: response.headers.get("etag"), text: await response.text() };
      };
      return { cache, get };
    };
    const rename = (name: string) =>
      ctx.store.db
        .updateTable("indicators")
        .set({ name_en: name })
        .where("code", "=", "rice_output")
        .execute();

    it("serves an anonymous read from memory until told of a write, and a signed-in one never", async () => {
      const { cache, get } = setup();
      const path = "/api/v1/indicators/rice_output";
      const before = await get(path);
      expect(before.status).toBe(200);
      const token = await sessionFor(ctx.store, "cache-viewer", [{ role: "viewer", unitId: null }]);
      try {
        // Unwatched on purpose: the change is not reported, so the kept answer stays.
        await rename("Rice, renamed");
        const kept = await get(path);
        expect(kept.text).toBe(before.text);
        expect(kept.etag).toBe(before.etag);
        expect((await get(path, { authorization: `Bearer ${token}` })).text).toContain("Rice, renamed");
        cache.onChange(false);
        expect((await get(path)).text).toContain("Rice, renamed");
      } finally {
        await rename(JSON.parse(before.text).name.en);
      }
    });

    it("keeps no refusal: concurrent reads of a missing unit are each a 404", async () => {
      const { get } = setup();
      const answers = await Promise.all([1, 2, 3].map(() => get("/api/v1/units/nowhere")));
      expect(answers.map((a) => a.status)).toEqual([404, 404, 404]);
      expect(JSON.parse(answers[2]!.text).error.details.field).toBeDefined();
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
