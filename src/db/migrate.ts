/** Runs the numbered migrations of src/db/migrations, in order, each once. */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as m0001 from "./migrations/0001-initial.ts";

/** Append-only: add the next number at the end, never edit or reorder a shipped one. */
const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": m0001,
};

const provider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

// biome-ignore lint/suspicious/noExplicitAny: the migrator runs on any schema.
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error");
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${message}`);
  }
}
