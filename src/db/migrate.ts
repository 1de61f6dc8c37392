/** Runs the numbered migrations of src/db/migrations, in order, each once. */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";
import * as m0001 from "./migrations/0001-initial.ts";
import * as m0002 from "./migrations/0002-workspace.ts";
import * as m0003 from "./migrations/0003-scale.ts";
import * as m0004 from "./migrations/0004-review-queue.ts";
import * as m0005 from "./migrations/0005-series-key-order.ts";
import * as m0006 from "./migrations/0006-watch-published.ts";
import * as m0007 from "./migrations/0007-assessed-rollups.ts";
import * as m0008 from "./migrations/0008-public-rollups.ts";
import * as m0009 from "./migrations/0009-target-forms.ts";
import * as m0010 from "./migrations/0010-reporting-calendar.ts";
import * as m0011 from "./migrations/0011-administration.ts";
import * as m0012 from "./migrations/0012-review-decisions.ts";
import * as m0013 from "./migrations/0013-target-details.ts";

/** Append-only: add the next number at the end, never edit or reorder a shipped one. */
const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": m0001,
  "0002-workspace": m0002,
  "0003-scale": m0003,
  "0004-review-queue": m0004,
  "0005-series-key-order": m0005,
  "0006-watch-published": m0006,
  "0007-assessed-rollups": m0007,
  "0008-public-rollups": m0008,
  "0009-target-forms": m0009,
  "0010-reporting-calendar": m0010,
  "0011-administration": m0011,
  "0012-review-decisions": m0012,
  "0013-target-details": m0013,
};

const provider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

const LATEST = Object.keys(MIGRATIONS).sort().at(-1)!;

/**
 * Whether the store has run every migration: one query, where Kysely's migrator introspects the
 * schema and takes its lock first (on every start). The count matters
 * as well as the last name: branches number their migrations apart (0004 may land before 0002).
 */
// biome-ignore lint/suspicious/noExplicitAny: the migrator runs on any schema.
async function isUpToDate(db: Kysely<any>, schema?: string): Promise<boolean> {
  const table = schema ? `${schema}.kysely_migration` : "kysely_migration";
  try {
    const { rows } = await sql<{
      name: string | null;
      n: number;
    }>`select max(name) as name, count(*)::int as n from ${sql.raw(table)}`.execute(db);
    return rows[0]?.name === LATEST && Number(rows[0]?.n) === Object.keys(MIGRATIONS).length;
  } catch {
    return false;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: the migrator runs on any schema.
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<void> {
  if (await isUpToDate(db, schema)) return;
  const migrator = new Migrator({
    db,
    provider,
    // Branches number their migrations in parallel: a store may have run a later number first.
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error");
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${message}`);
  }
}
