/**
 * 0005: the series key in the order readers ask for it. Every scorecard, unit page and import
 * looks series up by unit and period first (a province's communes for 2024), never by indicator
 * alone. With the unique key ordered (unit_id, period, indicator_code, stage):
 * - one index serves both the key and the (unit_id, period) lookups, so the separate
 *   observation_series_unit_period index goes: one index fewer to keep up on every import;
 * - an import that writes new series in key order (src/db/observation-import.ts) appends to the
 *   index's right edge, and the rows of one unit and period sit side by side on disk, so a
 *   scorecard reads a few pages instead of one page per indicator.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function up(db: Kysely<any>): Promise<void> {
  // The first key was created unnamed: find it rather than trust PostgreSQL's naming rule.
  const { rows } = await sql<{ name: string }>`
    select c.conname as name from pg_constraint c
    where c.conrelid = 'observation_series'::regclass and c.contype = 'u'`.execute(db);
  for (const { name } of rows)
    await sql`alter table observation_series drop constraint ${sql.id(name)}`.execute(db);
  await sql`alter table observation_series
    add constraint observation_series_key unique (unit_id, period, indicator_code, stage)`.execute(db);
  await sql`drop index if exists observation_series_unit_period`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table observation_series drop constraint observation_series_key`.execute(db);
  await sql`alter table observation_series
    add unique (indicator_code, unit_id, period, stage)`.execute(db);
  await sql`create index observation_series_unit_period on observation_series (unit_id, period)`.execute(db);
}
