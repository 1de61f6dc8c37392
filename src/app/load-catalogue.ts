/**
 * Loads the catalogue of administrative units into an empty store, in one transaction: units,
 * then changes. A store that already holds units is left alone unless `replace` is asked.
 */
import { appendAudit } from "../db/audit.ts";
import { getMeta, setMeta } from "../db/sources.ts";
import { type ChangeRecord, countUnits, insertChanges, insertUnits, type UnitRecord } from "../db/units.ts";
import { conflict } from "./errors.ts";
import { type Db, inTransaction } from "./transaction.ts";

export interface Catalogue {
  /** Where it came from and as of when, kept in store_meta. */
  version: string;
  units: readonly UnitRecord[];
  changes: readonly ChangeRecord[];
}

export interface LoadResult {
  loaded: boolean;
  units: number;
  changes: number;
}

export async function loadCatalogue(
  db: Db,
  catalogue: Catalogue,
  options: { actor: string; replace?: boolean },
): Promise<LoadResult> {
  return inTransaction(db, async (trx) => {
    const existing = await countUnits(trx);
    if (existing > 0) {
      if (!options.replace) return { loaded: false, units: existing, changes: 0 };
      const previous = await getMeta(trx, "catalogue");
      const referenced = await trx.selectFrom("plans").select("id").limit(1).executeTakeFirst();
      if (referenced) {
        throw conflict("the store holds plans that refer to its units: the catalogue cannot be replaced", {
          previous,
        });
      }
      await trx.deleteFrom("admin_change_units").execute();
      await trx.deleteFrom("admin_changes").execute();
      await trx.deleteFrom("admin_units").execute();
    }
    const sorted = sortParentsFirst(catalogue.units);
    await insertUnits(trx, sorted);
    await insertChanges(trx, catalogue.changes);
    await setMeta(trx, "catalogue", {
      version: catalogue.version,
      units: catalogue.units.length,
      changes: catalogue.changes.length,
    });
    await appendAudit(trx, {
      actor: options.actor,
      action: "load",
      entity: "catalogue",
      entityId: catalogue.version,
      after: { units: catalogue.units.length, changes: catalogue.changes.length },
    });
    return { loaded: true, units: catalogue.units.length, changes: catalogue.changes.length };
  });
}

function sortParentsFirst(units: readonly UnitRecord[]): UnitRecord[] {
  const depth = new Map<string, number>();
  const byId = new Map(units.map((u) => [u.id, u]));
  const depthOf = (u: UnitRecord, seen = 0): number => {
    const known = depth.get(u.id);
    if (known !== undefined) return known;
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    const d = parent && seen < 10 ? depthOf(parent, seen + 1) + 1 : 0;
    depth.set(u.id, d);
    return d;
  };
  return [...units].sort((a, b) => depthOf(a) - depthOf(b));
}
