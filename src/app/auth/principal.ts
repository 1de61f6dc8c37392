/**
 * Who is asking, and what each role may do, scoped to a unit and everything under it
 * (a grant with no unit covers every unit).
 */
import { ancestorsOf, type RoleGrant } from "../../db/users.ts";
import { type Permission, roleHas } from "../../domain/roles.ts";
import { AppError } from "../errors.ts";
import type { Db, Trx } from "../transaction.ts";

export interface Principal {
  userId: string;
  name: string;
  grants: readonly RoleGrant[];
}

export { PERMISSIONS, type Permission, roleHas } from "../../domain/roles.ts";

export const unauthenticated = (): AppError =>
  new AppError("unauthenticated", "sign in first", { field: "Authorization" });

export const forbidden = (permission: Permission, unitId?: string): AppError =>
  new AppError(
    "forbidden",
    unitId ? `${permission} is not granted for unit ${unitId}` : `${permission} is not granted`,
    { permission, ...(unitId ? { unit: unitId } : {}) },
  );

/** Whether `who` holds `permission` over `unitId` (undefined: a grant over every unit is needed). */
export async function can(
  db: Db | Trx,
  who: Principal,
  permission: Permission,
  unitId?: string,
): Promise<boolean> {
  const grants = who.grants.filter((g) => roleHas(g.role, permission));
  if (grants.length === 0) return false;
  if (grants.some((g) => g.unitId === null)) return true;
  if (unitId === undefined) return false;
  const above = await ancestorsOf(db, unitId);
  return grants.some((g) => g.unitId !== null && above.includes(g.unitId));
}

/** Whether `who` holds `permission` somewhere (for a grant that names no unit: catalogue writes). */
export function canAnywhere(who: Principal, permission: Permission): boolean {
  return who.grants.some((g) => roleHas(g.role, permission));
}
