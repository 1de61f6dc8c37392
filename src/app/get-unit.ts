/** A unit at a date, with its parent, children, and the units it came from and went to. */
import { type ChangeRecord, changesOfUnit, findUnitsByIds, listUnits, type UnitRecord } from "../db/units.ts";
import { notFound } from "./errors.ts";
import type { Db } from "./transaction.ts";
import { resolveUnit } from "./units.ts";

export interface UnitDetail {
  unit: UnitRecord;
  parent: UnitRecord | null;
  children: UnitRecord[];
  predecessors: UnitRecord[];
  successors: UnitRecord[];
  changes: ChangeRecord[];
}

export async function getUnit(db: Db, ref: string, at: string): Promise<UnitDetail> {
  const unit = await resolveUnit(db, ref, at, "code").catch(() => {
    throw notFound(`unit valid at ${at} with code`, ref, "code");
  });
  const [parents, children, changes] = await Promise.all([
    unit.parentId ? findUnitsByIds(db, [unit.parentId]) : Promise.resolve([]),
    listUnits(db, { parentId: unit.id, at: childDate(unit, at) }),
    changesOfUnit(db, unit.id),
  ]);
  const linked = (role: "before" | "after", other: "before" | "after") =>
    changes
      .filter((c) => c[role].some((l) => l.unitId === unit.id))
      .flatMap((c) => c[other].map((l) => l.unitId))
      .filter((id) => id !== unit.id);
  const [predecessors, successors] = await Promise.all([
    findUnitsByIds(db, [...new Set(linked("after", "before"))]),
    findUnitsByIds(db, [...new Set(linked("before", "after"))]),
  ]);
  return { unit, parent: parents[0] ?? null, children, predecessors, successors, changes };
}

/** Children are read at the same date, kept inside the unit's validity. */
function childDate(unit: UnitRecord, at: string): string {
  return at < unit.validFrom ? unit.validFrom : at;
}
