/**
 * 0001: every entity of DOMAIN.md. Units of measure are the domain's own list
 * (src/domain/units-of-measure.ts), not a table: one definition, used by the checks and the
 * conversions alike. Migrations are numbered and append-only: a change to a shipped
 * table is a new migration, never an edit of this one.
 */
import { type Kysely, sql } from "kysely";

const statements = [
  `create table store_meta (
     key text primary key,
     value jsonb not null,
     updated_at timestamptz not null default now()
   )`,

  // Đơn vị hành chính. Codes are reused across the 2025 reform (80 was Long An, is now Tây Ninh),
  // so a unit is its code plus its validity: id = CODE@FROM, or CODE@-TO when the first day is not
  // known (src/domain/admin-units.ts). Both ends of the interval are inclusive; null is open.
  `create table admin_units (
     id text primary key,
     code text not null,
     name text not null,
     name_en text,
     name_key text not null,
     search_key text not null,
     level text not null check (level in ('province', 'district', 'commune')),
     kind text not null,
     parent_id text,
     valid_from date,
     valid_to date,
     check (valid_from is null or valid_to is null or valid_to >= valid_from)
   )`,
  "create index admin_units_code on admin_units (code)",
  "create index admin_units_parent on admin_units (parent_id)",
  "create index admin_units_search_key on admin_units (search_key)",
  `create table admin_changes (
     id text primary key,
     kind text not null check (kind in ('merge', 'split', 'rename', 'upgrade', 'abolish', 'continue')),
     date date not null,
     basis text not null,
     note text
   )`,
  `create table admin_change_units (
     change_id text not null references admin_changes (id) on delete cascade,
     unit_id text not null references admin_units (id) on delete cascade,
     role text not null check (role in ('before', 'after')),
     position integer not null,
     primary key (change_id, role, unit_id)
   )`,
  "create index admin_change_units_unit on admin_change_units (unit_id)",
  // Predecessor → successor pairs: whole = all of `from` went into `to`; derived = worked out
  // from finer units (an abolished district → its communes' successors), for lookups only.
  `create table admin_change_links (
     change_id text not null references admin_changes (id) on delete cascade,
     from_id text not null references admin_units (id) on delete cascade,
     to_id text not null references admin_units (id) on delete cascade,
     whole boolean not null,
     derived boolean not null,
     position integer not null,
     primary key (change_id, from_id, to_id)
   )`,
  "create index admin_change_links_from on admin_change_links (from_id)",
  "create index admin_change_links_to on admin_change_links (to_id)",

  `create table users (
     id text primary key,
     name text not null,
     email text unique,
     role text not null default 'viewer',
     created_at timestamptz not null default now()
   )`,

  `create table sources (
     id text primary key,
     kind text not null check (kind in ('document', 'report', 'article', 'import', 'extract', 'form')),
     title text not null,
     issuer text,
     publisher text,
     number text,
     date date,
     url text,
     quote text,
     note text,
     illustrative boolean not null default false,
     created_at timestamptz not null default now()
   )`,

  `create table indicators (
     code text primary key,
     name_vi text not null,
     name_en text not null,
     unit text not null,
     direction text not null check (direction in ('higher_better', 'lower_better', 'boolean')),
     measure text not null,
     aggregation jsonb not null,
     decimals integer not null check (decimals between 0 and 6),
     sector text,
     version integer not null default 1,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,

  `create table plans (
     id text primary key,
     kind text not null check (kind in ('resolution', 'annual_plan', 'assigned', 'budget_estimate')),
     unit_id text not null references admin_units (id),
     period text not null,
     issuer text,
     number text,
     title text not null,
     date date,
     state text not null default 'draft' check (state in ('draft', 'adopted')),
     nearly_met_threshold double precision,
     source_id text references sources (id),
     illustrative boolean not null default false,
     version integer not null default 1,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  "create index plans_unit_period on plans (unit_id, period)",

  `create table targets (
     id text primary key,
     plan_id text not null references plans (id) on delete cascade,
     indicator_code text not null references indicators (code),
     unit_id text not null references admin_units (id),
     period text not null,
     unit text,
     spec jsonb not null,
     implied jsonb,
     official_label text,
     position integer not null default 0,
     source_id text references sources (id),
     illustrative boolean not null default false,
     version integer not null default 1,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  "create index targets_plan on targets (plan_id)",
  "create index targets_unit_period on targets (unit_id, period)",

  // Thực hiện: a series per indicator × unit × period × stage, and its revisions, none overwritten.
  `create table observation_series (
     id text primary key,
     indicator_code text not null references indicators (code),
     unit_id text not null references admin_units (id),
     period text not null,
     stage text not null check (stage in ('estimate', 'preliminary', 'official')),
     latest_revision integer not null default 1,
     illustrative boolean not null default false,
     created_at timestamptz not null default now(),
     unique (indicator_code, unit_id, period, stage)
   )`,
  "create index observation_series_unit_period on observation_series (unit_id, period)",
  `create table observation_revisions (
     series_id text not null references observation_series (id),
     revision integer not null check (revision >= 1),
     value_number double precision,
     value_boolean boolean,
     unit text,
     qualifier text not null,
     stated_percents jsonb not null default '[]',
     source_id text references sources (id),
     source_text text,
     note text,
     recorded_by text not null,
     recorded_at timestamptz not null default now(),
     primary key (series_id, revision),
     check ((value_number is null) <> (value_boolean is null))
   )`,
  `create function refuse_revision_change() returns trigger language plpgsql as $$
   begin
     raise exception 'observation revisions are never changed: add a new revision';
   end $$`,
  `create trigger observation_revisions_append_only before update or delete on observation_revisions
     for each row execute function refuse_revision_change()`,

  // Reported roll-ups ("23/24 chỉ tiêu đạt và vượt"), kept as the source stated them, beside what
  // the store computes.
  `create table reported_rollups (
     id text primary key,
     plan_id text not null references plans (id) on delete cascade,
     unit_id text not null references admin_units (id),
     period text not null,
     at date,
     met integer not null,
     total integer not null,
     status text not null default 'met_or_exceeded',
     statement text,
     source_id text references sources (id),
     created_at timestamptz not null default now()
   )`,

  `create table key_projects (
     id text primary key,
     kind text not null check (kind in ('project', 'programme')),
     name_vi text not null,
     name_en text,
     unit_id text not null references admin_units (id),
     term text,
     state text,
     money_planned double precision,
     money_disbursed double precision,
     money_unit text,
     indicator_codes jsonb not null default '[]',
     notes jsonb not null default '[]',
     source_id text references sources (id),
     illustrative boolean not null default false,
     version integer not null default 1,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create table milestones (
     project_id text not null references key_projects (id) on delete cascade,
     position integer not null,
     name_vi text not null,
     name_en text,
     planned_date date,
     actual_date date,
     state text not null default 'planned' check (state in ('planned', 'in_progress', 'done', 'delayed', 'cancelled')),
     primary key (project_id, position)
   )`,

  `create table audit_log (
     id bigint generated always as identity primary key,
     at timestamptz not null default now(),
     actor text not null,
     action text not null,
     entity text not null,
     entity_id text not null,
     before jsonb,
     after jsonb,
     reason text
   )`,
  "create index audit_log_entity on audit_log (entity, entity_id)",
];

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_log",
    "milestones",
    "key_projects",
    "reported_rollups",
    "observation_revisions",
    "observation_series",
    "targets",
    "plans",
    "indicators",
    "sources",
    "users",
    "admin_change_links",
    "admin_change_units",
    "admin_changes",
    "admin_units",
    "store_meta",
  ]) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
  await sql.raw("drop function if exists refuse_revision_change()").execute(db);
}
