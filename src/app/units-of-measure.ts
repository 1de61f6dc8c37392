/**
 * Units of measure an administrator adds (đơn vị tính): kept in the store, registered beside the
 * built-in ones (src/domain/units-of-measure.ts) so that plan files, the API and the imports
 * accept them. Each process registers the store's units when it opens the store; a unit added by
 * another process is known here after a restart (units are added rarely, and never changed).
 */
import { appendAudit } from "../db/audit.ts";
import { insertAddedUnit, listAddedUnits } from "../db/units-of-measure.ts";
import {
  findUnit,
  listUnits,
  registerUnits,
  UnitError,
  type UnitOfMeasure,
} from "../domain/units-of-measure.ts";
import { conflict, invalidField } from "./errors.ts";
import { type Db, inTransaction } from "./transaction.ts";
import { authorize, type WriteContext } from "./write-context.ts";

/** Every unit of measure known (built in, then added), in the catalogue's order. */
export function readUnitsOfMeasure(): readonly UnitOfMeasure[] {
  return listUnits();
}

/** Registers every unit the store holds; called once a store is open. */
export async function loadAddedUnits(db: Db): Promise<number> {
  const units = await listAddedUnits(db);
  registerUnits(units);
  return units.length;
}

/**
 * Adds a unit of measure: checked, written with its audit entry in one transaction, registered.
 * Part of the catalogue: catalogue.write over every unit (the command line is trusted).
 */
export async function addUnitOfMeasure(
  db: Db,
  unit: UnitOfMeasure,
  ctx: WriteContext,
): Promise<UnitOfMeasure> {
  const code = unit.code.normalize("NFC").trim();
  if (!code) throw invalidField("code", "give the unit's name as written (bác sĩ, lượt khách)");
  if (!unit.name.vi.trim() || !unit.name.en.trim()) throw invalidField("name", "give the name in vi and en");
  if (!unit.dimension.trim()) throw invalidField("dimension", "give what the unit measures (mass, people…)");
  if (!(unit.factor > 0) || !Number.isFinite(unit.factor)) {
    throw invalidField("factor", "must be a positive number: how many base units one of this is worth");
  }
  if (findUnit(code)) throw conflict(`unit of measure "${code}" is already known`, { field: "code" });
  const added = { ...unit, code };
  await inTransaction(db, async (trx) => {
    await authorize(trx, ctx, "catalogue.write");
    await insertAddedUnit(trx, added, ctx.actor);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "create",
      entity: "unit_of_measure",
      entityId: code,
      after: added,
    });
  });
  try {
    registerUnits([added]);
  } catch (error) {
    if (error instanceof UnitError) throw invalidField("code", error.message);
    throw error;
  }
  return added;
}
