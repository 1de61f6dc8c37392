/**
 * 0013: what a target's row in the plan says beside its figure (issue 16, part 1): the
 * responsible agency (cơ quan chủ trì) the UBND decision assigns it to, its provenance (the
 * document and clause it is written in: "Nghị quyết số 12/NQ-HĐND, mục II.1", "Quyết định
 * 45/QĐ-UBND giao") and the planner's notes (ghi chú, the table's last column). Plain text
 * columns, not the form's JSON: they are read and shown as they are, and an agency's targets may
 * one day be listed by it.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table targets add column responsible_agency text`.execute(db);
  await sql`alter table targets add column provenance text`.execute(db);
  await sql`alter table targets add column notes text`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run on any schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table targets drop column notes`.execute(db);
  await sql`alter table targets drop column provenance`.execute(db);
  await sql`alter table targets drop column responsible_agency`.execute(db);
}
