/**
 * 0003, for many readers and many servers:
 * - an index on the unit's level: the national scorecard starts from the provinces;
 * - a notification on channel `chitieu_change` after any statement that writes what a published
 *   figure is computed from. Each server listens, and drops the responses it keeps in memory
 *   (src/http/response-cache.ts): a server knows when what it holds is stale, whichever server
 *   or import wrote. Statement-level: one notification per statement, even for a COPY of 10^7
 *   rows, and PostgreSQL sends it only on commit.
 */
import { type Kysely, sql } from "kysely";

export const CHANGE_CHANNEL = "chitieu_change";

const WATCHED = [
  "admin_units",
  "indicators",
  "plans",
  "targets",
  "observation_series",
  "observation_revisions",
  "reported_rollups",
] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index admin_units_level on admin_units (level)`.execute(db);
  await sql
    .raw(
      `create function chitieu_notify_change() returns trigger language plpgsql as $$
       begin
         perform pg_notify('${CHANGE_CHANNEL}', tg_table_name);
         return null;
       end $$`,
    )
    .execute(db);
  for (const table of WATCHED) {
    await sql
      .raw(
        `create trigger ${table}_notify_change after insert or update or delete or truncate on ${table}
         for each statement execute function chitieu_notify_change()`,
      )
      .execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of WATCHED)
    await sql.raw(`drop trigger if exists ${table}_notify_change on ${table}`).execute(db);
  await sql`drop function if exists chitieu_notify_change()`.execute(db);
  await sql`drop index if exists admin_units_level`.execute(db);
}
