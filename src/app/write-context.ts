/** Who writes, against which version, and why: what every write use-case is given. */
import { can, forbidden, type Permission, type Principal } from "./auth/principal.ts";
import { type AppError, preconditionRequired, staleWrite } from "./errors.ts";
import type { Db, Trx } from "./transaction.ts";

export interface WriteContext {
  /** Who makes the change (a user id or name), recorded in the audit log. */
  actor: string;
  /** The If-Match header, for writes to an existing resource. */
  ifMatch?: string | undefined;
  /** Why: required for a change to an adopted plan's targets. */
  reason?: string | undefined;
  /**
   * The signed-in user whose grants the write is checked against. Absent only for the trusted
   * command line (loading the catalogue, the demo, an import run by the operator); the HTTP layer
   * never builds a context without one.
   */
  principal?: Principal | undefined;
  /**
   * Separation of duties (config.separateDuties): the account that submitted a period may not
   * approve it. On unless false.
   */
  separateDuties?: boolean | undefined;
}

/** Refuses (403) a write the principal's grants do not cover; the command line is trusted. */
export async function authorize(
  db: Db | Trx,
  ctx: WriteContext,
  permission: Permission,
  unitId?: string,
): Promise<void> {
  if (!ctx.principal) return;
  if (!(await can(db, ctx.principal, permission, unitId))) throw forbidden(permission, unitId);
}

/**
 * As {@link authorize}, for a resource that exists: outside the caller's scope (no draft.read over
 * its unit) it does not exist, and the caller gets the same 404 a missing id gets (`missing`);
 * within the scope but without the permission, 403.
 */
export async function authorizeExisting(
  db: Db | Trx,
  ctx: WriteContext,
  permission: Permission,
  unitId: string,
  missing: () => AppError,
): Promise<void> {
  if (!ctx.principal) return;
  if (!(await can(db, ctx.principal, "draft.read", unitId))) throw missing();
  await authorize(db, ctx, permission, unitId);
}

/** The ETag of a resource at `version`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** Refuses a write whose If-Match is missing (428) or names another version (412). */
export function checkIfMatch(ctx: WriteContext, version: number): void {
  const given = ctx.ifMatch?.trim();
  if (!given) throw preconditionRequired();
  if (given === "*") return;
  const current = etagOf(version);
  const accepted = given.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  if (!accepted.includes(current)) throw staleWrite(current, given);
}
