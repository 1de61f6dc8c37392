/**
 * What `chitieu serve` does before it listens: on a store without units, load the catalogue; on a
 * store without plans that never had the demo, load the demo.
 */

import { getMeta } from "../db/sources.ts";
import { countUnits } from "../db/units.ts";
import type { Catalogue } from "../domain/admin-units.ts";
import { loadCatalogue } from "./load-catalogue.ts";
import type { Db } from "./transaction.ts";

export interface PrepareOptions {
  /** Reads the catalogue only when it is needed (the file takes a moment to parse). */
  catalogue: () => Catalogue;
  catalogueSource: string;
  loadDemo: (db: Db) => Promise<unknown>;
  log: (message: string) => void;
}

export async function prepareStore(db: Db, options: PrepareOptions): Promise<void> {
  if ((await countUnits(db)) === 0) {
    const started = Date.now();
    const result = await loadCatalogue(db, options.catalogue(), {
      actor: "serve",
      source: options.catalogueSource,
    });
    if (result.loaded)
      options.log(`loaded ${result.units} units and ${result.changes} changes in ${Date.now() - started} ms`);
  }
  const hasPlans = await db.selectFrom("plans").select("id").limit(1).executeTakeFirst();
  if (!hasPlans && !(await getMeta(db, "demo"))) {
    const started = Date.now();
    await options.loadDemo(db);
    options.log(`loaded the demo in ${Date.now() - started} ms`);
  }
}
