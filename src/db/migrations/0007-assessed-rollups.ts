/**
 * 0007: the roll-up of each unit's targets for a period, kept as the domain computed it
 * (src/app/scorecard.ts), so that a scorecard over a province's communes reads a row per commune
 * instead of assessing every target of every commune again on each request.
 *
 * Kept correct by generations, not by deleting rows: every statement that writes what a roll-up
 * is computed from (targets, their plan, observation series, indicators) bumps the generation of
 * the unit-periods it touched, in its own transaction. A reader notes the generation before it
 * reads the data and stores its roll-up only if the generation is still that one
 * (storeAssessedRollups), and a row counts only while `computed_generation = generation`. So a
 * roll-up computed from data a writer has changed meanwhile is never taken for current, and no
 * status is decided in SQL: the triggers only say "stale".
 *
 * Statement-level triggers with transition tables: one INSERT … SELECT per statement, even for a
 * large import. An import that runs with row triggers off (session_replication_role = replica,
 * src/db/observation-import.ts) bumps the generations of its keys itself.
 */
import { type Kysely, sql } from "kysely";

/**
 * The statement that makes the kept roll-ups of some unit-periods stale: `keys` is a query of
 * (unit_id, period) rows, without duplicates. Keys in order, so that two writers touching the
 * same unit-periods lock them in one order. Also run by the import when row triggers are off.
 */
export function bumpRollups(keys: string): string {
  return `insert into assessed_rollups as a (unit_id, period)
     select unit_id, period from (${keys}) as k where chitieu_rollup_kept(period) order by 1, 2
     on conflict (unit_id, period) do update set generation = a.generation + 1`;
}

/** Tables whose rows carry the unit and period they count for. */
const KEYED = ["targets", "observation_series"] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table assessed_rollups (
      unit_id text collate "C" not null,
      period text collate "C" not null,
      generation bigint not null default 1,
      computed_generation bigint,
      rollup jsonb,
      primary key (unit_id, period)
    )`.execute(db);

  // Only years are kept: a scorecard is of a year, and bumping every month of every unit an
  // import touches (ten times as many rows) would cost the import seconds for nothing. One
  // function says which, for the triggers, the import and the readers that store.
  await sql`
    create function chitieu_rollup_kept(period text) returns boolean
    language sql immutable as $$ select period ~ '^[0-9]{4}$' $$`.execute(db);
  const functions: Record<string, string> = {
    chitieu_rollups_inserted: bumpRollups("select distinct unit_id, period from new_rows"),
    chitieu_rollups_deleted: bumpRollups("select distinct unit_id, period from old_rows"),
    chitieu_rollups_updated: bumpRollups(
      "select unit_id, period from new_rows union select unit_id, period from old_rows",
    ),
    // A plan's kind and threshold count in the assessment of each of its targets.
    chitieu_rollups_plan_updated: bumpRollups(
      `select t.unit_id, t.period from targets t join new_rows p on t.plan_id = p.id
       union select unit_id, period from new_rows union select unit_id, period from old_rows`,
    ),
    // An indicator's direction or kind counts everywhere; rare enough to make everything stale.
    chitieu_rollups_all: "update assessed_rollups set generation = generation + 1",
  };
  for (const [name, body] of Object.entries(functions)) {
    await sql
      .raw(
        `create function ${name}() returns trigger language plpgsql as $$ begin ${body}; return null; end $$`,
      )
      .execute(db);
  }
  // One trigger per event: each sees the transition tables its event has.
  const EVENTS = [
    ["inserted", "insert", "new table as new_rows"],
    ["updated", "update", "old table as old_rows new table as new_rows"],
    ["deleted", "delete", "old table as old_rows"],
  ] as const;
  type Trigger = { table: string; name: string; event: string; referencing: string; fn: string };
  const triggers: Trigger[] = [
    ...KEYED.flatMap((table) =>
      EVENTS.map(([name, event, referencing]) => ({
        table,
        name,
        event,
        referencing,
        fn: `chitieu_rollups_${name}`,
      })),
    ),
    {
      table: "plans",
      name: "updated",
      event: "update",
      referencing: EVENTS[1][2],
      fn: "chitieu_rollups_plan_updated",
    },
  ];
  for (const { table, name, event, referencing, fn } of triggers) {
    await sql
      .raw(
        `create trigger ${table}_rollups_${name} after ${event} on ${table}
         referencing ${referencing} for each statement execute function ${fn}()`,
      )
      .execute(db);
  }
  await sql
    .raw(
      `create trigger indicators_rollups_changed after update or delete on indicators
       for each statement execute function chitieu_rollups_all()`,
    )
    .execute(db);
  for (const table of [...KEYED, "plans", "indicators"]) {
    await sql
      .raw(
        `create trigger ${table}_rollups_truncated after truncate on ${table}
         for each statement execute function chitieu_rollups_all()`,
      )
      .execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of KEYED) {
    for (const event of ["inserted", "updated", "deleted", "truncated"]) {
      await sql.raw(`drop trigger if exists ${table}_rollups_${event} on ${table}`).execute(db);
    }
  }
  await sql`drop trigger if exists plans_rollups_updated on plans`.execute(db);
  await sql`drop trigger if exists plans_rollups_truncated on plans`.execute(db);
  await sql`drop trigger if exists indicators_rollups_changed on indicators`.execute(db);
  await sql`drop trigger if exists indicators_rollups_truncated on indicators`.execute(db);
  for (const name of [
    "chitieu_rollups_inserted",
    "chitieu_rollups_deleted",
    "chitieu_rollups_updated",
    "chitieu_rollups_plan_updated",
    "chitieu_rollups_all",
  ]) {
    await sql.raw(`drop function if exists ${name}()`).execute(db);
  }
  await sql`drop function if exists chitieu_rollup_kept(text)`.execute(db);
  await sql`drop table if exists assessed_rollups`.execute(db);
}
