/**
 * 0006: the change notifications of 0003 on the other tables a public page is drawn from, now
 * that the servers keep public pages in memory too (src/http/response-cache.ts): the workflow
 * (publishing a period changes what readers see), key projects and their milestones, sources,
 * and the 2025 reform's records of units merged and split. Numbered 0006 because main took 0005
 * meanwhile; the migrator allows either order.
 */
import { type Kysely, sql } from "kysely";

const WATCHED = [
  "period_workflow",
  "key_projects",
  "milestones",
  "sources",
  "admin_changes",
  "admin_change_units",
  "admin_change_links",
] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of WATCHED) {
    await sql
      .raw(
        `create trigger ${table}_notify_change after insert or update or delete or truncate on ${table}
         for each statement execute function chitieu_notify_change()`,
      )
      .execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of WATCHED)
    await sql.raw(`drop trigger if exists ${table}_notify_change on ${table}`).execute(db);
}
