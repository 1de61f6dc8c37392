/**
 * Managing accounts: list who holds what, add (with role grants), disable and enable, grant and
 * revoke a role, change the password, issue a password-reset code. The command line (no
 * principal) is trusted; a signed-in caller needs user.write (src/domain/roles.ts) over the unit
 * of each grant it gives or takes, and over the unit of every grant an account holds to disable
 * it or reset its password (a province's administrator manages the province's accounts, not a
 * national one's). Roles over every unit, and accounts with no role, are managed from a grant
 * over every unit. An account the caller manages none of does not exist for it (404).
 */

import { appendAudit } from "../../db/audit.ts";
import {
  type AccountRecord,
  ancestorsOf,
  deleteGrant,
  deleteSessionsOf,
  findUser,
  type GrantOnUnit,
  insertGrant,
  insertUser,
  listAccounts as listAccountRows,
  listGrants,
  type RoleGrant,
  setDisabled,
  setPassword,
} from "../../db/users.ts";
import { searchKey } from "../../domain/text.ts";
import { conflict, invalidField, notFound, unknownReference } from "../errors.ts";
import { type Db, inTransaction, type Trx } from "../transaction.ts";
import { authorize, type WriteContext } from "../write-context.ts";
import { hashPassword, passwordProblem } from "./password.ts";
import { type IssuedResetCode, issueResetCodeIn } from "./password-reset.ts";
import { can, canAnywhere, forbidden, type Principal } from "./principal.ts";

const ACCOUNT = /^[a-z0-9._@-]{3,64}$/;

/** What is wrong with an account name, as typed (it is kept trimmed and in lower case). */
export function accountNameProblem(typed: string): string | undefined {
  return ACCOUNT.test(typed.trim().toLowerCase()) ? undefined : "3-64 of a-z 0-9 . _ @ -";
}

/** An account as its administrator sees it. */
export interface AccountView extends AccountRecord {
  /** Whether the caller may disable, enable it and reset its password (it covers every grant). */
  manageable: boolean;
  grants: (GrantOnUnit & { revocable: boolean })[];
}

/** Whether the caller may give or take a role over `unitId` (null: every unit), per unit asked once. */
function grantScope(db: Db | Trx, who: Principal | undefined) {
  const seen = new Map<string | null, Promise<boolean>>();
  return (unitId: string | null): Promise<boolean> => {
    if (!who) return Promise.resolve(true);
    let answer = seen.get(unitId);
    if (!answer) {
      answer = can(db, who, "user.write", unitId ?? undefined);
      seen.set(unitId, answer);
    }
    return answer;
  };
}

async function viewOf(
  account: AccountRecord,
  mayGrant: (unitId: string | null) => Promise<boolean>,
): Promise<AccountView | undefined> {
  const grants = await Promise.all(
    account.grants.map(async (g) => ({ ...g, revocable: await mayGrant(g.unitId) })),
  );
  const manageable = grants.length === 0 ? await mayGrant(null) : grants.every((g) => g.revocable);
  if (!manageable && !grants.some((g) => g.revocable)) return undefined;
  return { ...account, grants, manageable };
}

/** Whether the caller manages any account (the workspace shows the accounts' link to those who do). */
export function managesAccounts(who: Principal): boolean {
  return canAnywhere(who, "user.write");
}

/** Refuses (403) a caller who manages no account anywhere (a page's form, before it is filled). */
export function requireAccountAdministration(who: Principal | undefined): void {
  if (who && !managesAccounts(who)) throw forbidden("user.write");
}

/** Accounts the caller manages any grant of, by account; `query` matches account, name or e-mail. */
export async function listAccounts(
  db: Db,
  who: Principal | undefined,
  filter: { query?: string | undefined } = {},
): Promise<AccountView[]> {
  requireAccountAdministration(who);
  const key = filter.query?.trim() ? searchKey(filter.query) : undefined;
  const rows = (await listAccountRows(db)).filter(
    (a) => !key || searchKey(`${a.id} ${a.name} ${a.email ?? ""}`).includes(key),
  );
  const mayGrant = grantScope(db, who);
  const views = await Promise.all(rows.map((a) => viewOf(a, mayGrant)));
  return views.filter((v): v is AccountView => v !== undefined);
}

/** One account with its grants; 404 when the caller manages none of it. */
export async function readAccount(
  db: Db | Trx,
  who: Principal | undefined,
  id: string,
): Promise<AccountView> {
  requireAccountAdministration(who);
  const [account] = await listAccountRows(db, id);
  const view = account && (await viewOf(account, grantScope(db, who)));
  if (!view) throw notFound("user", id, "account");
  return view;
}

/** The account, for a change that needs the whole of it (disable, enable, reset, password). */
async function manageable(trx: Trx, ctx: WriteContext, id: string): Promise<AccountView> {
  const view = await readAccount(trx, ctx.principal, id);
  if (!view.manageable) {
    const outside = view.grants.find((g) => !g.revocable);
    throw forbidden("user.write", outside?.unitId ?? undefined);
  }
  return view;
}

async function checkGrant(trx: Trx, ctx: WriteContext, grant: RoleGrant): Promise<void> {
  if (grant.unitId !== null && (await ancestorsOf(trx, grant.unitId)).length === 0) {
    throw unknownReference("unit", "unit", grant.unitId);
  }
  await authorize(trx, ctx, "user.write", grant.unitId ?? undefined);
}

const sameGrant = (a: RoleGrant, b: RoleGrant) => a.role === b.role && a.unitId === b.unitId;

/**
 * Adds an account with its grants. Without a password, the account gets a first sign-in code
 * instead (as a reset code, shown once), in the same transaction.
 */
export async function addUser(
  db: Db,
  input: {
    id: string;
    name: string;
    email?: string | undefined;
    password?: string | undefined;
    grants: RoleGrant[];
  },
  ctx: WriteContext,
): Promise<{ account: string; code?: IssuedResetCode }> {
  const id = input.id.trim().toLowerCase();
  const problem = accountNameProblem(id);
  if (problem) throw invalidField("account", problem);
  const name = input.name.normalize("NFC").trim();
  if (!name) throw invalidField("name", "give the person's full name");
  const email = input.email?.trim() || undefined;
  if (email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(email))
    throw invalidField("email", "not an e-mail address");
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) throw invalidField("password", problem);
  }
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const grants = input.grants.filter((g, i) => input.grants.findIndex((h) => sameGrant(g, h)) === i);
  return inTransaction(db, async (trx) => {
    requireAccountAdministration(ctx.principal);
    if (grants.length === 0) await authorize(trx, ctx, "user.write");
    for (const grant of grants) await checkGrant(trx, ctx, grant);
    if (await findUser(trx, id)) throw conflict(`user ${id} already exists`, { field: "account" });
    await insertUser(trx, { id, name, email, passwordHash });
    for (const grant of grants) await insertGrant(trx, id, grant);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "create",
      entity: "user",
      entityId: id,
      after: { name, grants },
    });
    if (passwordHash !== null) return { account: id };
    return { account: id, code: await issueResetCodeIn(trx, id, ctx.actor) };
  });
}

/** Sets a password an administrator (or the operator) chose; signs the account out everywhere. */
export async function changePassword(db: Db, id: string, password: string, ctx: WriteContext): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw invalidField("password", problem);
  const passwordHash = await hashPassword(password);
  await inTransaction(db, async (trx) => {
    await manageable(trx, ctx, id);
    if (!(await setPassword(trx, id, passwordHash))) throw notFound("user", id, "account");
    await deleteSessionsOf(trx, id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "update",
      entity: "user",
      entityId: id,
      after: { password: "changed" },
    });
  });
}

/** Issues a one-time code with which the account's owner sets a new password. */
export async function issuePasswordReset(db: Db, id: string, ctx: WriteContext): Promise<IssuedResetCode> {
  return inTransaction(db, async (trx) => {
    const account = await manageable(trx, ctx, id);
    if (account.disabled)
      throw invalidField("account", "the account is disabled: enable it first", "disabled");
    return issueResetCodeIn(trx, id, ctx.actor);
  });
}

async function setAccountDisabled(db: Db, id: string, disabled: boolean, ctx: WriteContext): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (disabled && ctx.principal?.userId === id) {
      throw invalidField("account", "you cannot disable your own account: ask another administrator", "own");
    }
    await manageable(trx, ctx, id);
    if (!(await setDisabled(trx, id, disabled))) throw notFound("user", id, "account");
    if (disabled) await deleteSessionsOf(trx, id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "update",
      entity: "user",
      entityId: id,
      after: { disabled },
    });
  });
}

/** Disables an account and ends its sessions; its grants and history stay. */
export function disableUser(db: Db, id: string, ctx: WriteContext): Promise<void> {
  return setAccountDisabled(db, id, true, ctx);
}

export function enableUser(db: Db, id: string, ctx: WriteContext): Promise<void> {
  return setAccountDisabled(db, id, false, ctx);
}

/** Gives an account a role over a unit (null: every unit); it holds from the account's next request. */
export async function grantRole(db: Db, id: string, grant: RoleGrant, ctx: WriteContext): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (ctx.principal) await readAccount(trx, ctx.principal, id);
    else if (!(await findUser(trx, id))) throw notFound("user", id, "account");
    await checkGrant(trx, ctx, grant);
    if ((await listGrants(trx, id)).some((g) => sameGrant(g, grant))) {
      throw conflict(`${id} already holds ${grant.role} over ${grant.unitId ?? "every unit"}`, {
        field: "role",
      });
    }
    await insertGrant(trx, id, grant);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "update",
      entity: "user",
      entityId: id,
      after: { grant: "added", role: grant.role, unitId: grant.unitId },
    });
  });
}

/** Takes a role over a unit away from an account. An administrator keeps their own administrator roles. */
export async function revokeRole(db: Db, id: string, grant: RoleGrant, ctx: WriteContext): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!ctx.principal && !(await findUser(trx, id))) throw notFound("user", id, "account");
    if (ctx.principal) await readAccount(trx, ctx.principal, id);
    if (grant.role === "administrator" && ctx.principal?.userId === id) {
      throw invalidField(
        "role",
        "you cannot take away your own administrator role: ask another administrator",
        "own",
      );
    }
    await authorize(trx, ctx, "user.write", grant.unitId ?? undefined);
    if (!(await deleteGrant(trx, id, grant))) {
      throw notFound("grant", `${grant.role}@${grant.unitId ?? "all"}`, "role");
    }
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "update",
      entity: "user",
      entityId: id,
      after: { grant: "revoked", role: grant.role, unitId: grant.unitId },
    });
  });
}
