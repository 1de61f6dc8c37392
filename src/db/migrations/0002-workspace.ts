/**
 * 0002: the officers' workspace. Passwords (scrypt, in the hash's own self-describing string),
 * role grants scoped to a unit and everything under it (null: every unit), sessions kept in the
 * database so that any number of server processes share them, login attempts for the rate limit,
 * and the workflow of each unit's period (draft → submitted → approved → published).
 */
import { type Kysely, sql } from "kysely";

const statements = [
  "alter table users add column password_hash text",
  "alter table users add column disabled boolean not null default false",
  `create table role_grants (
     user_id text not null references users (id) on delete cascade,
     role text not null check (role in ('administrator', 'planner', 'officer', 'reviewer', 'viewer')),
     unit_id text references admin_units (id) on delete cascade
   )`,
  // A null unit_id (every unit) cannot sit in a primary key: uniqueness by an index instead.
  "create unique index role_grants_unique on role_grants (user_id, role, coalesce(unit_id, ''))",
  `create table sessions (
     token_hash text primary key,
     user_id text not null references users (id) on delete cascade,
     csrf_token text not null,
     created_at timestamptz not null default now(),
     expires_at timestamptz not null
   )`,
  "create index sessions_user on sessions (user_id)",
  `create table login_attempts (
     id bigint generated always as identity primary key,
     at timestamptz not null default now(),
     account text not null,
     address text not null,
     succeeded boolean not null
   )`,
  "create index login_attempts_account on login_attempts (account, at)",
  "create index login_attempts_address on login_attempts (address, at)",
  `create table period_workflow (
     unit_id text not null references admin_units (id),
     period text not null,
     state text not null check (state in ('draft', 'submitted', 'approved', 'published')),
     comment text,
     updated_by text not null,
     version integer not null default 1,
     updated_at timestamptz not null default now(),
     primary key (unit_id, period)
   )`,
  "create index audit_log_at on audit_log (at)",
];

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["period_workflow", "login_attempts", "sessions", "role_grants"]) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
  await sql.raw("drop index if exists audit_log_at").execute(db);
  await sql.raw("alter table users drop column if exists disabled").execute(db);
  await sql.raw("alter table users drop column if exists password_hash").execute(db);
}
