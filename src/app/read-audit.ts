/**
 * Reading the audit log (nhật ký thay đổi), for the API and the workspace's page alike: a unit's
 * entries, with those of the units under it, need audit.read over that unit; the whole log needs
 * audit.read over every unit. The one place that decides it.
 */
import { type AuditRecord, listAudit } from "../db/audit.ts";
import { descendantsOf } from "../db/users.ts";
import { can, forbidden, type Principal, unauthenticated } from "./auth/principal.ts";
import type { Db } from "./transaction.ts";
import { resolveUnit, unitIdsFor } from "./units.ts";

export interface AuditQuery {
  /**
   * A unit by id or code: its entries and those of the units under it. A code names the unit
   * valid at `at`; without `at`, every unit that bore the code (before and after the reform).
   * None: the whole log.
   */
  unit?: string | undefined;
  at?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  actor?: string | undefined;
  /** Inclusive dates, YYYY-MM-DD. */
  from?: string | undefined;
  to?: string | undefined;
  /** The latest entries only, this many. */
  limit?: number | undefined;
}

export async function readAudit(
  db: Db,
  who: Principal | undefined,
  query: AuditQuery,
): Promise<AuditRecord[]> {
  if (!who) throw unauthenticated();
  const unitIds = query.unit
    ? query.at
      ? [(await resolveUnit(db, query.unit, query.at, "unit")).id]
      : await unitIdsFor(db, query.unit, undefined, "unit")
    : undefined;
  if (!unitIds) {
    if (!(await can(db, who, "audit.read"))) throw forbidden("audit.read");
  } else {
    for (const id of unitIds) if (!(await can(db, who, "audit.read", id))) throw forbidden("audit.read", id);
  }
  const under = unitIds ? (await Promise.all(unitIds.map((id) => descendantsOf(db, id)))).flat() : undefined;
  return listAudit(db, {
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(under ? { unitIds: under } : {}),
    ...(query.actor ? { actor: query.actor } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.limit ? { limit: query.limit } : {}),
  });
}
