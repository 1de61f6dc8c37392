/**
 * 0012: the review queue accepts more than figures (issue 16, part 3). A roll-up statement ("23/24
 * chỉ tiêu đạt và vượt") is accepted by recording it as the source's reported roll-up, and a
 * target statement ("phấn đấu … đạt 650 tỷ đồng") by saving it as a target of a plan. An accepted
 * statement now records what it wrote: an observation, a reported roll-up (reported_rollup_id) or
 * targets (target_ids); the check that asked every accepted statement for an observation is
 * replaced by one that asks for any of the three.
 */
import { type Kysely, sql } from "kysely";

/** The name PostgreSQL gave 0004's unnamed check on accepted statements. */
async function dropObservationCheck(
  // biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
  db: Kysely<any>,
  definition: string,
): Promise<void> {
  const { rows } = await sql<{ conname: string }>`
    select conname from pg_constraint
    where conrelid = 'statements'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) = ${definition}`.execute(db);
  for (const r of rows) await sql`alter table statements drop constraint ${sql.id(r.conname)}`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table statements add column reported_rollup_id text`.execute(db);
  await dropObservationCheck(db, "CHECK (((status <> 'accepted'::text) OR (observation_id IS NOT NULL)))");
  await sql`alter table statements add constraint statements_accepted_records check (
    status <> 'accepted' or observation_id is not null or reported_rollup_id is not null
      or jsonb_array_length(target_ids) > 0
  )`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table statements drop constraint statements_accepted_records`.execute(db);
  await sql`alter table statements drop column reported_rollup_id`.execute(db);
  await sql`alter table statements add check (status <> 'accepted' or observation_id is not null)`.execute(
    db,
  );
}
