/**
 * The routes outside the OpenAPI document that read only the URL: the public pages (both
 * languages), the workspace's pages and its preview. Path segments and query strings are generated
 * (hostile strings, broken percent escapes, impossible dates, huge numbers), signed in as an
 * officer or not. A page answers a 2xx, a redirect or a 4xx page; never a 5xx; within a bound.
 */
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Store } from "../../src/db/connect.ts";
import { createApp } from "../../src/http/app.ts";
import { sessionFor } from "../support/api.ts";
import { describeStore } from "../support/engines.ts";
import { DISTRICT, HINTS, PLAN, seedFuzzStore } from "./seed.ts";
import {
  brokenEscape,
  countCase,
  encodePart,
  fuzzParams,
  hostileString,
  reportCases,
  runs,
  within,
} from "./support.ts";

const CASES_PER_ROUTE = runs(15);

/** Every GET route of the app that is not under /api/, from its own table. */
const PAGE_ROUTES = [
  ...new Set(
    createApp({ store: undefined as unknown as Store })
      .routes.filter((r) => r.method === "GET" && !r.path.startsWith("/api/"))
      .map((r) => r.path),
  ),
];

const DATES = fc.constantFrom(
  "2023-12-31",
  "2023-02-30",
  "0000-01-01",
  "9999-12-31",
  "2023-13-01",
  "2026-01-01",
);
/** A path segment for the parameter `name`: what the store knows under that name, mostly. */
const segment = (name: string) =>
  fc.oneof(
    {
      arbitrary: fc.constantFrom(...(HINTS[name] ?? ["806", "2023", "rice_output", PLAN, DISTRICT])),
      weight: 6,
    },
    { arbitrary: hostileString.map(encodePart), weight: 3 },
    { arbitrary: brokenEscape, weight: 1 },
    { arbitrary: fc.constantFrom(...(HINTS[name] ?? ["806"])).map((k) => `${k}%00`), weight: 1 },
  );
const QUERY_NAMES = [
  "at",
  "period",
  "unit",
  "lang",
  "map",
  "table",
  "format",
  "target",
  "value",
  "qualifier",
  "stage",
  "user",
  "from",
  "to",
  "saved",
  "moved",
  "error",
];
const queryValue = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      ...Object.values(HINTS).flat(),
      "en",
      "csv",
      "xlsx",
      "json",
      "before",
      "t-lua",
      "88.000",
    ),
    weight: 5,
  },
  { arbitrary: DATES, weight: 3 },
  { arbitrary: hostileString.map(encodePart), weight: 3 },
  { arbitrary: brokenEscape, weight: 1 },
);
// Dates are the likeliest to look right and be wrong: "at" comes often, and often with one.
const query = fc
  .tuple(
    fc.option(DATES, { freq: 2 }),
    fc.array(fc.tuple(fc.constantFrom(...QUERY_NAMES), queryValue), { maxLength: 4 }),
  )
  .map(([at, pairs]) => {
    const all = at === null ? pairs : [["at", at] as const, ...pairs];
    return all.length ? `?${all.map(([k, v]) => `${k}=${v}`).join("&")}` : "";
  });

function urlOf(route: string): fc.Arbitrary<string> {
  const parts = route.split("/");
  const slots = parts.filter((p) => p.startsWith(":") || p === "*");
  return fc.tuple(fc.tuple(...slots.map((p) => segment(p.slice(1)))), query).map(([values, q]) => {
    let i = 0;
    return parts.map((p) => (p.startsWith(":") || p === "*" ? values[i++] : p)).join("/") + q;
  });
}

describeStore(
  "fuzzed pages",
  import.meta.filename,
  (ctx) => {
    let app: ReturnType<typeof createApp>;
    let token: string;
    beforeAll(async () => {
      app = createApp({ store: ctx.store });
      token = await sessionFor(ctx.store, "can-bo", [{ role: "officer", unitId: DISTRICT }]);
    });
    afterAll(() => reportCases("pages"));

    it(`covers the public pages and the workspace (${PAGE_ROUTES.length} routes)`, () => {
      expect(PAGE_ROUTES).toEqual(
        expect.arrayContaining(["/vi/units/:code/:period", "/workspace/audit", "/workspace/preview"]),
      );
    });

    for (const route of PAGE_ROUTES) {
      it(`GET ${route}: ${CASES_PER_ROUTE} generated URLs`, async () => {
        await fc.assert(
          fc.asyncProperty(urlOf(route), fc.boolean(), async (url, signedIn) => {
            countCase("pages (generated URLs)");
            const response = await within(
              15_000,
              url,
              Promise.resolve(
                app.request(url, { headers: signedIn ? { cookie: `chitieu_session=${token}` } : {} }),
              ),
            );
            const text = await response.text();
            countCase(`pages answer ${response.status}`);
            expect(response.status, `GET ${url.slice(0, 200)}: ${text.slice(0, 300)}`).toBeLessThan(500);
          }),
          fuzzParams(CASES_PER_ROUTE),
        );
      });
    }
  },
  { seed: seedFuzzStore, once: true },
);
