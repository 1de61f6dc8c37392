import { Readable } from "node:stream";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { ImportError, importObservations, splitCsvLine } from "../src/app/import-observations.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import type { Store } from "../src/db/connect.ts";
import { insertIndicator } from "../src/db/indicators.ts";
import { applyStaging, copyStaging, createStaging } from "../src/db/observation-import.ts";
import { listRevisions } from "../src/db/observations.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { describeStore } from "./support/engines.ts";

const csv = (...lines: string[]) => Readable.from([`${lines.join("\n")}\n`]);
const HEADER = "indicator,unit,period,stage,value,qualifier,recorded_at";

async function count(store: Store, table: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(store.db);
  return r.rows[0]!.n;
}

describeStore(
  "chitieu import",
  import.meta.filename,
  (ctx) => {
    it("opens series, numbers revisions in file order, and extends them on a second import", async () => {
      const first = await importObservations(
        ctx.store,
        csv(
          HEADER,
          "rice,806,2023,estimate,88000,,2023-12-10T00:00:00Z",
          "rice,806,2023,official,88800,,2024-03-01T00:00:00Z",
          'rice,806@-2025-06-30,2023,official,"88900",about,2024-09-01T00:00:00Z',
          "ntm,806,2023,official,true,,",
        ),
        { name: "a.csv", actor: "test" },
      );
      expect(first).toMatchObject({ rows: 4, series: 3, revisions: 4 });
      await importObservations(ctx.store, csv(HEADER, "rice,806,2023,official,89000,exact,"), {
        name: "b.csv",
        actor: "test",
      });
      const series = await ctx.store.db
        .selectFrom("observation_series")
        .selectAll()
        .where("stage", "=", "official")
        .where("indicator_code", "=", "rice")
        .executeTakeFirstOrThrow();
      expect(series.latest_revision).toBe(3);
      const revisions = await listRevisions(ctx.store.db, series.id);
      expect(
        revisions.map((r) => [r.observation.revision, r.observation.value, r.observation.qualifier]),
      ).toEqual([
        [1, 88800, "exact"],
        [2, 88900, "about"],
        [3, 89000, "exact"],
      ]);
      expect(await count(ctx.store, "sources")).toBe(2);
    });

    it("refuses a file with wrong lines, naming each by line, and writes nothing", async () => {
      const error = await importObservations(
        ctx.store,
        csv(
          HEADER,
          "rice,806,2023,official,88800,,",
          "nope,806,2023,official,1,,",
          "rice,999,2023,official,1,,",
          "rice,806,2023-13,official,1,,",
          "rice,806,2023,final,1,,",
          "rice,806,2023,official,lots,,",
          "ntm,806,2023,official,1,,",
          "rice,806,2023,official,1,roughly,",
          "rice,806,2023,official,1,,yesterday",
          "rice,806,2023,official",
        ),
        { name: "bad.csv", actor: "test" },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).errors.map((e) => [e.line, e.field])).toEqual([
        [3, "indicator"],
        [4, "unit"],
        [5, "period"],
        [6, "stage"],
        [7, "value"],
        [8, "value"],
        [9, "qualifier"],
        [10, "recorded_at"],
        [11, "line"],
      ]);
      expect(await count(ctx.store, "observation_series")).toBe(0);
      expect(await count(ctx.store, "observation_revisions")).toBe(0);
      expect(await count(ctx.store, "sources")).toBe(0);
    });

    it("refuses a unit or indicator missing from the store even when row triggers are off", async () => {
      const before = await count(ctx.store, "observation_series");
      for (const [unit, indicator, missing] of [
        ["nowhere@2020-01-01", "rice", /no unit "nowhere@2020-01-01"|foreign key/],
        ["806@-2025-06-30", "no_such_indicator", /no indicator "no_such_indicator"|foreign key/],
      ] as const) {
        const session = await ctx.store.openBulk();
        try {
          await createStaging(session);
          await copyStaging(session, [[1, indicator, unit, "2023", "official", 1, null, "exact", null]]);
          const options = { sourceId: "none", actor: "test", illustrative: false, idPrefix: "t-" };
          await expect(applyStaging(session, options)).rejects.toThrow(missing);
        } finally {
          await session.rollback();
        }
      }
      expect(await count(ctx.store, "observation_series")).toBe(before);
    });

    it("refuses a header without a required column", async () => {
      const error = await importObservations(
        ctx.store,
        csv("indicator,unit,period,value", "rice,806,2023,1"),
        {
          name: "h.csv",
          actor: "test",
        },
      ).catch((e: unknown) => e);
      expect((error as ImportError).errors).toEqual([
        { line: 1, field: "stage", message: "the header has no column stage" },
      ]);
    });
  },
  {
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
      const base = { measure: "level", aggregation: { kind: "sum" }, decimals: 0 } as const;
      await insertIndicator(store.db, {
        ...base,
        code: "rice",
        name: { vi: "Sản lượng lúa", en: "Rice" },
        unit: "tấn",
        direction: "higher_better",
      });
      await insertIndicator(store.db, {
        ...base,
        code: "ntm",
        name: { vi: "Đạt chuẩn NTM", en: "New rural standard" },
        unit: "có/không",
        direction: "boolean",
      });
    },
  },
);

it("splits quoted CSV fields", () => {
  expect(splitCsvLine('a,"b,c","d""e",')).toEqual(["a", "b,c", 'd"e', ""]);
});
