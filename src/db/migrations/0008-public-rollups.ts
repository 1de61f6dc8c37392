/**
 * 0008: kept roll-ups are of the public view only (issue 13). A unit-period's values are drafts
 * while its workflow is under way and not published, so a move of the workflow changes what the
 * public roll-up counts: every statement on period_workflow makes the roll-ups of the unit-periods
 * it touched stale, as 0007's triggers do for targets and values. Roll-ups kept before this
 * migration may have counted drafts: all of them are made stale.
 */
import { type Kysely, sql } from "kysely";
import { bumpRollups } from "./0007-assessed-rollups.ts";

const FUNCTION = "chitieu_rollups_workflow";

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`update assessed_rollups set generation = generation + 1`.execute(db);
  const events = [
    ["inserted", "insert", "new table as new_rows", "select distinct unit_id, period from new_rows"],
    [
      "updated",
      "update",
      "old table as old_rows new table as new_rows",
      "select unit_id, period from new_rows union select unit_id, period from old_rows",
    ],
    ["deleted", "delete", "old table as old_rows", "select distinct unit_id, period from old_rows"],
  ] as const;
  for (const [name, event, referencing, keys] of events) {
    await sql
      .raw(
        `create function ${FUNCTION}_${name}() returns trigger language plpgsql as $$ begin ${bumpRollups(keys)}; return null; end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger period_workflow_rollups_${name} after ${event} on period_workflow
         referencing ${referencing} for each statement execute function ${FUNCTION}_${name}()`,
      )
      .execute(db);
  }
  await sql
    .raw(
      `create trigger period_workflow_rollups_truncated after truncate on period_workflow
       for each statement execute function chitieu_rollups_all()`,
    )
    .execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ["inserted", "updated", "deleted", "truncated"]) {
    await sql.raw(`drop trigger if exists period_workflow_rollups_${name} on period_workflow`).execute(db);
  }
  for (const name of ["inserted", "updated", "deleted"]) {
    await sql.raw(`drop function if exists ${FUNCTION}_${name}()`).execute(db);
  }
}
