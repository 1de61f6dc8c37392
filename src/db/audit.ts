/** The audit log: who changed what, when, the before and after, and why. */
import { sql } from "kysely";
import type { Db } from "./schema.ts";

export interface AuditEntry {
  actor: string;
  action: "create" | "update" | "delete" | "revise" | "load" | "accept" | "reject";
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | undefined;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  at: string;
}

export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      reason: entry.reason ?? null,
    })
    .execute();
}

export async function listAudit(
  db: Db,
  filter: {
    entity?: string;
    entityId?: string;
    /** Entries whose before or after names one of these units (`unitId`). */
    unitIds?: readonly string[];
    actor?: string;
    /** Inclusive dates, YYYY-MM-DD (UTC). */
    from?: string;
    to?: string;
    limit?: number;
  } = {},
): Promise<AuditRecord[]> {
  let q = db.selectFrom("audit_log").selectAll();
  if (filter.entity) q = q.where("entity", "=", filter.entity);
  if (filter.entityId) q = q.where("entity_id", "=", filter.entityId);
  if (filter.actor) q = q.where("actor", "=", filter.actor);
  if (filter.from) q = q.where("at", ">=", sql<string>`${filter.from}::date`);
  if (filter.to) q = q.where("at", "<", sql<string>`${filter.to}::date + 1`);
  if (filter.unitIds) {
    const ids = filter.unitIds.length > 0 ? [...filter.unitIds] : [""];
    q = q.where((eb) =>
      eb.or([
        eb(sql<string>`"after"->>'unitId'`, "in", ids),
        eb(sql<string>`"before"->>'unitId'`, "in", ids),
      ]),
    );
  }
  if (filter.limit) q = q.orderBy("id", "desc").limit(filter.limit);
  const rows = (await q.orderBy("id").execute()).sort((a, b) => Number(a.id) - Number(b.id));
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actor: r.actor,
    action: r.action as AuditEntry["action"],
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before ?? undefined,
    after: r.after ?? undefined,
    reason: r.reason ?? undefined,
  }));
}
