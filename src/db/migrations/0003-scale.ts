/**
 * 0003: for the national scorecard (src/db/scorecard.ts), which starts from the provinces: an
 * index on the unit's level (a scan of 14 000 units otherwise, on every request).
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index admin_units_level on admin_units (level)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists admin_units_level`.execute(db);
}
