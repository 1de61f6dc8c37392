/** Looking up administrative units by code at a date, for the API and the other use-cases. */
import { findUnitByCode, findUnitById, findUnitsByCode, listUnits } from "../db/units.ts";
import { descendantsOf } from "../db/users.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import { type Principal, roleHas } from "./auth/principal.ts";
import { AppError, unknownReference } from "./errors.ts";
import { periodBounds } from "./periods.ts";
import type { Db, Trx } from "./transaction.ts";

/**
 * The unit a reference names: an id ("806@-2025-06-30") or a code, read at `at`.
 * Throws a 422 naming `field` when there is none.
 */
export async function resolveUnit(db: Db | Trx, ref: string, at: string, field: string): Promise<AdminUnit> {
  const unit = ref.includes("@") ? await findUnitById(db, ref) : await findUnitByCode(db, ref, at);
  if (!unit) throw unknownReference(field, `unit valid at ${at} with code`, ref);
  return unit;
}

/**
 * The unit a role is granted over: an id, or a code in force today, or else the one unit that
 * ever bore the code (a district abolished in 2025 still holds its old plans and figures). A code
 * several units bore is refused, naming their ids to choose from.
 */
export async function resolveGrantUnit(db: Db | Trx, ref: string, field: string): Promise<AdminUnit> {
  if (ref.includes("@")) {
    const unit = await findUnitById(db, ref);
    if (!unit) throw unknownReference(field, "unit with id", ref);
    return unit;
  }
  const today = new Date().toISOString().slice(0, 10);
  const current = await findUnitByCode(db, ref, today);
  if (current) return current;
  const ever = await findUnitsByCode(db, ref);
  if (ever.length === 1) return ever[0]!;
  if (ever.length === 0) throw unknownReference(field, "unit with code", ref);
  throw new AppError(
    "invalid",
    `${field}: code ${ref} named several units over time (${ever.map((u) => u.id).join(", ")}): give the id`,
    { field, rule: "ambiguous", ids: ever.map((u) => u.id) },
  );
}

/** The unit a plan, target or observation for `period` belongs to: valid at its start, or else at its end. */
export async function resolveUnitForPeriod(
  db: Db | Trx,
  ref: string,
  bounds: { start: string; end: string },
  field: string,
): Promise<AdminUnit> {
  if (ref.includes("@")) return resolveUnit(db, ref, bounds.start, field);
  return (await findUnitByCode(db, ref, bounds.start)) ?? resolveUnit(db, ref, bounds.end, field);
}

/**
 * The units a filter names: with a period, the one valid then; without, every unit that bore the
 * code (or the one id). Throws a 422 naming `field` when there is none.
 */
export async function unitIdsFor(
  db: Db | Trx,
  ref: string,
  period: string | undefined,
  field: string,
): Promise<string[]> {
  if (period) return [(await resolveUnitForPeriod(db, ref, periodBounds(period), field)).id];
  const units = ref.includes("@")
    ? [await findUnitById(db, ref)].filter((u) => u !== undefined)
    : await findUnitsByCode(db, ref);
  if (units.length === 0) throw unknownReference(field, "unit with code", ref);
  return units.map((u) => u.id);
}

/** The units valid at `at` directly under a parent (by id), or the provinces with null. */
export async function unitsUnder(db: Db, parentId: string | null, at: string): Promise<AdminUnit[]> {
  return listUnits(db, { at, parentId });
}

/**
 * The units a signed-in caller works over: those of their grants that let them read drafts, and
 * every unit under them; "all" for a grant over every unit. For the workspace's lists (their
 * plans, their key projects); what each may do there is still checked by the use-case that does it.
 */
export async function unitIdsInScope(db: Db, who: Principal): Promise<string[] | "all"> {
  const grants = who.grants.filter((g) => roleHas(g.role, "draft.read"));
  if (grants.some((g) => g.unitId === null)) return "all";
  const ids = new Set<string>();
  for (const g of grants) if (g.unitId) for (const id of await descendantsOf(db, g.unitId)) ids.add(id);
  return [...ids];
}
