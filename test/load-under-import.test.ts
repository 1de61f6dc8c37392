/**
 * The load run in small (issue 8; the full one is `npm run soak`): 50 connections for 8 s on
 * public pages and API reads against a real `chitieu serve` on PostgreSQL, while an officer's
 * `chitieu import` runs. No error, no timeout, no 4xx/5xx; the import committed whole. And, on a
 * machine of any speed, readers are not held by an import's open transaction: they answer while
 * it holds its rows, with what was committed before it.
 * PostgreSQL only: skipped with the reason outside CI, failing under CI=true without a server.
 */
import { describe, expect, it } from "vitest";
import { problemsOf, runLoad } from "../bench/support/load-run.ts";
import { createScratchDatabase } from "../bench/support/postgres.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { openStore } from "../src/db/connect.ts";
import {
  applyStaging,
  copyStaging,
  createStaging,
  insertImportSource,
} from "../src/db/observation-import.ts";
import { loadDemo } from "../src/demo/load-demo.ts";
import { createApp } from "../src/http/app.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { POSTGRES } from "./support/engines.ts";

/** Rejects when `promise` has not settled within `ms`: a reader waiting on a lock would hang. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms),
    ),
  ]);
}

const skip = POSTGRES.missing !== undefined && !POSTGRES.inCi;

describe.skipIf(skip)("readers while an officer imports, on PostgreSQL", () => {
  it("answers every request, and the import commits", async () => {
    if (POSTGRES.missing) throw new Error(`PostgreSQL is needed under CI: ${POSTGRES.missing}`);
    const result = await runLoad({
      adminUrl: POSTGRES.url!,
      database: `chitieu_load_test_${process.pid}`,
      connections: 50,
      seconds: 8,
      scale: 0.001,
      maxImports: 1,
      // Shorter than the window, so that a reader held up for long (behind the import's lock, or
      // behind renders on the event loop) counts as a timeout instead of being cut off at the end;
      // long enough for the re-renders after the import's commit on a busy 2-core machine (4.3 s
      // at worst seen, with three other test suites running).
      timeoutSeconds: 6,
    });
    expect(problemsOf(result)).toEqual([]);
    expect(result.pages.requests).toBeGreaterThan(0);
    expect(result.api.requests).toBeGreaterThan(0);
    expect(result.imports).toHaveLength(1);
    expect(result.imports[0]).toMatchObject({ exitCode: 0, committed: true });
    expect(result.imports[0]!.rows).toBeGreaterThan(1000);
    // The import ran while the readers did: it began inside the window.
    expect(result.imports[0]!.startedAt).toBeLessThan(result.seconds);
  }, 240_000);

  it("answers readers while an import's transaction holds the rows it writes, with what was committed", async () => {
    if (POSTGRES.missing) throw new Error(`PostgreSQL is needed under CI: ${POSTGRES.missing}`);
    const db = await createScratchDatabase(POSTGRES.url!, `chitieu_import_reads_${process.pid}`);
    const store = await openStore({ databaseUrl: db.url });
    try {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
      await loadDemo(store.db, { actor: "test" });
      const commune = await store.db
        .selectFrom("observation_series")
        .select(["unit_id"])
        .where("indicator_code", "=", "rice_output")
        .where("period", "=", "2023")
        .where("unit_id", "like", "806@%")
        .executeTakeFirstOrThrow();
      const app = createApp({ store });
      const paths = [
        "/api/v1/observations?unit=806&period=2023",
        "/api/v1/assessments?unit=806&period=2023",
        "/en/units/806/2023",
        "/vi/indicators/rice_output?unit=806&at=2023-12-31",
      ];
      // Status and body of each: the API's bodies are compared whole; a page's charts number their
      // SVG classes per render, so of a page only the status is.
      const read = () =>
        Promise.all(
          paths.map(async (path) => {
            const response = await within(5_000, path, Promise.resolve(app.request(path)));
            const text = await response.text();
            return { path, status: response.status, body: path.startsWith("/api/") ? text : "" };
          }),
        );
      const before = await read();
      expect(before.map((r) => r.status)).toEqual(paths.map(() => 200));
      // What `chitieu import` does, stopped before its commit: every statement that writes has run.
      const session = await store.openBulk();
      try {
        await createStaging(session);
        await copyStaging(session, [
          [2, "rice_output", commune.unit_id, "2023", "official", 987654321, null, "exact", null],
        ]);
        await insertImportSource(session, {
          id: "import-held",
          title: "held.csv",
          note: "",
          illustrative: false,
        });
        const outcome = await applyStaging(session, {
          sourceId: "import-held",
          actor: "test",
          illustrative: false,
          idPrefix: "held-",
        });
        expect(outcome.revisions).toBe(1);
        expect(await read()).toEqual(before);
      } finally {
        await session.rollback();
      }
    } finally {
      await store.close();
      await db.drop();
    }
  }, 120_000);
});
