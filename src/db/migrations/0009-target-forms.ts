/**
 * 0009: the forms real targets take (issue 15; docs/assessment.md). Indicators may have a band
 * direction (structure shares) and their own judgement (nearly-met rule, "khoảng" tolerance);
 * plans and targets keep their forms in one JSON column each, read and checked by src/db/plans.ts:
 * a plan's nearly-met rule, tolerance, base year and list completeness; a target's horizon, base
 * year, growth basis, composite whole, amendment and published label word. JSON, because they are
 * optional, read with the target, and never queried apart. A revision may hold a result given
 * as a range ("61-62": value_number is its lower end, value_range_hi its upper) or a word.
 * Units of measure an administrator adds (bác sĩ and giường bệnh are built in; "lượt khách" may
 * not be) are kept in units_of_measure and registered beside the built-in ones when a store opens.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table indicators drop constraint if exists indicators_direction_check`.execute(db);
  await sql`alter table indicators add constraint indicators_direction_check
    check (direction in ('higher_better', 'lower_better', 'boolean', 'band'))`.execute(db);
  await sql`alter table indicators add column judgement jsonb`.execute(db);
  await sql`alter table plans add column form jsonb`.execute(db);
  await sql`alter table targets add column form jsonb`.execute(db);
  await sql`alter table observation_revisions add column value_range_hi double precision`.execute(db);
  await sql`alter table observation_revisions add column value_word text`.execute(db);
  await sql`create table units_of_measure (
    code text primary key,
    name_vi text not null,
    name_en text not null,
    dimension text not null,
    factor double precision not null check (factor > 0),
    added_by text not null,
    added_at timestamptz not null default now()
  )`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table units_of_measure`.execute(db);
  await sql`alter table observation_revisions drop column value_word`.execute(db);
  await sql`alter table observation_revisions drop column value_range_hi`.execute(db);
  await sql`alter table targets drop column form`.execute(db);
  await sql`alter table plans drop column form`.execute(db);
  await sql`alter table indicators drop column judgement`.execute(db);
  await sql`alter table indicators drop constraint if exists indicators_direction_check`.execute(db);
  await sql`alter table indicators add constraint indicators_direction_check
    check (direction in ('higher_better', 'lower_better', 'boolean'))`.execute(db);
}
