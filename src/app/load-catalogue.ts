/**
 * Loads the catalogue of administrative units into the store, in one transaction: units, then
 * changes. A store that already holds units is left alone unless `replace` is asked (and no plan
 * refers to them yet).
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../db/audit.ts";
import { getMeta, setMeta } from "../db/sources.ts";
import { countUnits, insertChanges, insertUnits } from "../db/units.ts";
import type { AdminUnit, Catalogue } from "../domain/admin-units.ts";
import { conflict } from "./errors.ts";
import { type Db, inTransaction, lockJob } from "./transaction.ts";

export interface LoadResult {
  loaded: boolean;
  units: number;
  changes: number;
}

export interface CatalogueMeta {
  /** Where it came from (a file path, "fixture"). */
  source: string;
  /** Changes on every load: readers that cache the catalogue compare it. */
  loadId: string;
  loadedAt: string;
  units: number;
  changes: number;
}

export async function loadCatalogue(
  db: Db,
  catalogue: Catalogue,
  options: { actor: string; source: string; replace?: boolean },
): Promise<LoadResult> {
  return inTransaction(db, async (trx) => {
    await lockJob(trx, "catalogue");
    const existing = await countUnits(trx);
    if (existing > 0) {
      if (!options.replace) return { loaded: false, units: existing, changes: 0 };
      const referenced = await trx.selectFrom("plans").select("id").limit(1).executeTakeFirst();
      if (referenced) {
        throw conflict("the store holds plans that refer to its units: the catalogue cannot be replaced", {
          previous: await getMeta(trx, "catalogue"),
        });
      }
      await trx.deleteFrom("admin_change_links").execute();
      await trx.deleteFrom("admin_change_units").execute();
      await trx.deleteFrom("admin_changes").execute();
      await trx.deleteFrom("admin_units").execute();
    }
    const units = sortParentsFirst([...catalogue.units.values()]);
    await insertUnits(trx, units);
    await insertChanges(trx, catalogue.changes);
    const meta: CatalogueMeta = {
      source: options.source,
      loadId: randomUUID(),
      loadedAt: new Date().toISOString(),
      units: units.length,
      changes: catalogue.changes.length,
    };
    await setMeta(trx, "catalogue", meta);
    await appendAudit(trx, {
      actor: options.actor,
      action: "load",
      entity: "catalogue",
      entityId: meta.loadId,
      after: meta,
    });
    return { loaded: true, units: units.length, changes: catalogue.changes.length };
  });
}

function sortParentsFirst(units: AdminUnit[]): AdminUnit[] {
  const rank = { province: 0, district: 1, commune: 2 } as const;
  return units.sort((a, b) => rank[a.level] - rank[b.level] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
