/**
 * 0010: the reporting calendar (issue 16, part 6). A unit's period remembers when it was first
 * submitted (`submitted_at`), so the board can tell a report sent on time from a late one after
 * it was approved or returned; stores that ran workflows before this read it from the audit log.
 * A province's own reporting deadlines, one row per kind of report, override the defaults of
 * src/domain/reporting-calendar.ts.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table period_workflow add column submitted_at timestamptz`.execute(db);
  await sql`update period_workflow w set submitted_at = (
      select min(a.at) from audit_log a
      where a.entity = 'workflow' and a.entity_id = w.unit_id || '/' || w.period
        and a."after"->>'action' = 'submit'
    )`.execute(db);
  await sql`create table reporting_deadlines (
    province_id text not null references admin_units (id),
    kind text not null check (kind in ('month', 'quarter', 'half_year', 'nine_months', 'year')),
    required boolean not null,
    cutoff_day integer not null check (cutoff_day between 1 and 31),
    due_day integer not null check (due_day between 1 and 31),
    due_months_after integer not null check (due_months_after between 0 and 3),
    basis text not null,
    updated_by text not null,
    updated_at timestamptz not null default now(),
    primary key (province_id, kind)
  )`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table reporting_deadlines`.execute(db);
  await sql`alter table period_workflow drop column submitted_at`.execute(db);
}
