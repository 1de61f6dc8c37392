/**
 * 0004: the review queue (issue 4). A source submitted with its text keeps that text (normalised:
 * NFC, spaces folded), and the statements src/extract read from it wait there, each with its
 * sentence and the sentence's offsets in the text, until an officer accepts or rejects it.
 * Accepting records what it created (the observation revision, any implied targets).
 */
import { type Kysely, sql } from "kysely";

const statements = [
  `create table source_texts (
     source_id text primary key references sources (id) on delete cascade,
     text text not null,
     created_at timestamptz not null default now()
   )`,

  `create table statements (
     id text primary key,
     source_id text not null references sources (id) on delete cascade,
     position integer not null,
     sentence text not null,
     sentence_start integer not null check (sentence_start >= 0),
     sentence_end integer not null check (sentence_end >= sentence_start),
     extracted jsonb not null,
     status text not null default 'pending' check (status in ('pending', 'accepted', 'rejected')),
     mapping jsonb,
     edited boolean not null default false,
     reason text,
     observation_id text references observation_series (id),
     observation_revision integer,
     target_ids jsonb not null default '[]',
     decided_by text,
     decided_at timestamptz,
     version integer not null default 1,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (source_id, position),
     check ((status = 'pending') = (decided_at is null)),
     check (status <> 'rejected' or reason is not null),
     check (status <> 'accepted' or observation_id is not null)
   )`,
  "create index statements_status on statements (status, source_id)",
];

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["statements", "source_texts"]) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
}
