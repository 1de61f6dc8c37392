/**
 * The catalogue as the domain's functions want it (every unit and change in memory), read from
 * the store once per load of the catalogue: each request checks the load id in store_meta, so a
 * reloaded catalogue is never served stale, by this process or any other on the same database.
 */
import { getMeta } from "../db/sources.ts";
import { readCatalogue } from "../db/units.ts";
import type { Catalogue } from "../domain/admin-units.ts";
import type { CatalogueMeta } from "./load-catalogue.ts";
import type { Db } from "./transaction.ts";

const cache = new WeakMap<Db, { loadId: string; catalogue: Promise<Catalogue> }>();

export async function currentCatalogue(db: Db): Promise<Catalogue> {
  const meta = (await getMeta(db, "catalogue")) as CatalogueMeta | undefined;
  const loadId = meta?.loadId ?? "none";
  const hit = cache.get(db);
  if (hit && hit.loadId === loadId) return hit.catalogue;
  const catalogue = readCatalogue(db);
  cache.set(db, { loadId, catalogue });
  catalogue.catch(() => cache.delete(db));
  return catalogue;
}
