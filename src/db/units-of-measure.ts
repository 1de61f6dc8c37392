/** Units of measure an administrator added (0009); the built-in ones live in src/domain. */
import type { Kysely, Transaction } from "kysely";
import type { UnitOfMeasure } from "../domain/units-of-measure.ts";
import type { Database } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

export async function listAddedUnits(db: Db): Promise<UnitOfMeasure[]> {
  const rows = await db.selectFrom("units_of_measure").selectAll().orderBy("code").execute();
  return rows.map((r) => ({
    code: r.code,
    name: { vi: r.name_vi, en: r.name_en },
    dimension: r.dimension,
    factor: r.factor,
  }));
}

export async function insertAddedUnit(db: Db, unit: UnitOfMeasure, addedBy: string): Promise<void> {
  await db
    .insertInto("units_of_measure")
    .values({
      code: unit.code.normalize("NFC"),
      name_vi: unit.name.vi.normalize("NFC"),
      name_en: unit.name.en,
      dimension: unit.dimension,
      factor: unit.factor,
      added_by: addedBy,
    })
    .execute();
}
