/** A unit at a date, with its parent, children, and the units it came from and went to. */
import { findUnitsByIds, listUnits } from "../db/units.ts";
import { type AdminUnit, type Neighbour, predecessorsOf, successorsOf } from "../domain/admin-units.ts";
import { currentCatalogue } from "./current-catalogue.ts";
import { notFound } from "./errors.ts";
import type { Db } from "./transaction.ts";
import { resolveUnit } from "./units.ts";

export interface UnitDetail {
  unit: AdminUnit;
  parent: AdminUnit | null;
  children: AdminUnit[];
  /** One change back; for today's units, the pre-2025 units they were made from. */
  predecessors: Neighbour[];
  /** One change forward; for an abolished district, the communes its territory went to. */
  successors: Neighbour[];
}

export async function getUnit(db: Db, ref: string, at: string): Promise<UnitDetail> {
  const unit = await resolveUnit(db, ref, at, "code").catch(() => {
    throw notFound(`unit valid at ${at} with code`, ref, "code");
  });
  const [parents, children, catalogue] = await Promise.all([
    unit.parentId ? findUnitsByIds(db, [unit.parentId]) : Promise.resolve([]),
    listUnits(db, { parentId: unit.id, at }),
    currentCatalogue(db),
  ]);
  // The page lists derived links too (an abolished district → its communes' new communes).
  const byCode = (a: Neighbour, b: Neighbour) => a.unit.code.localeCompare(b.unit.code);
  const predecessors = predecessorsOf(catalogue, unit.id, { includeDerived: true }).sort(byCode);
  const successors = successorsOf(catalogue, unit.id, { includeDerived: true }).sort(byCode);
  return { unit, parent: parents[0] ?? null, children, predecessors, successors };
}
