/**
 * 0011: administration in the workspace (issue 16, part 5). A password-reset code an
 * administrator issues is kept only as its SHA-256 (as a session's token), with its expiry and
 * when it was used; a planner's request for a new indicator waits in indicator_requests (the
 * proposed indicator as JSON, as the API takes it) until an administrator approves it, which
 * writes the indicator, or rejects it with a reason. Requests live apart from `indicators`, so no
 * reader of the catalogue can take a requested indicator for an approved one.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table password_resets (
    code_hash text primary key,
    user_id text not null references users (id) on delete cascade,
    issued_by text not null,
    issued_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at timestamptz
  )`.execute(db);
  await sql`create index password_resets_user on password_resets (user_id)`.execute(db);
  await sql`create table indicator_requests (
    id bigint generated always as identity primary key,
    code text not null,
    proposal jsonb not null,
    reason text,
    requested_by text not null,
    requested_at timestamptz not null default now(),
    state text not null default 'requested' check (state in ('requested', 'approved', 'rejected')),
    decided_by text,
    decided_at timestamptz,
    decision_note text
  )`.execute(db);
  await sql`create unique index indicator_requests_open on indicator_requests (code)
    where state = 'requested'`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table indicator_requests`.execute(db);
  await sql`drop table password_resets`.execute(db);
}
