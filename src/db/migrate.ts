/** Runs the numbered migrations of src/db/migrations, in order, each once. */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";
import * as m0001 from "./migrations/0001-initial.ts";
import * as m0003 from "./migrations/0003-scale.ts";

/** Append-only: add the next number at the end, never edit or reorder a shipped one. */
const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": m0001,
  "0003-scale": m0003,
};

const provider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

const LATEST = Object.keys(MIGRATIONS).sort().at(-1)!;

/**
 * Whether the store is already at the latest migration: one query, where Kysely's migrator
 * introspects the schema and takes its lock first (most of a second on PGlite, on every start).
 */
// biome-ignore lint/suspicious/noExplicitAny: the migrator runs on any schema.
async function isUpToDate(db: Kysely<any>, schema?: string): Promise<boolean> {
  const table = schema ? `${schema}.kysely_migration` : "kysely_migration";
  try {
    const { rows } = await sql<{
      name: string | null;
      n: number;
    }>`select max(name) as name, count(*)::int as n from ${sql.raw(table)}`.execute(db);
    // Both: branches add numbers in parallel (0003 may be applied before 0002 lands).
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
    // Numbers are taken by parallel branches: a store may have run 0003 before 0002 was merged.
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
