/** Users, their role grants, sessions and login attempts. */
import { sql } from "kysely";
import type { Role } from "../domain/roles.ts";
import type { Database, Db } from "./schema.ts";

export { ROLES, type Role } from "../domain/roles.ts";

export interface RoleGrant {
  role: Role;
  /** The unit the grant covers, with everything under it; null: every unit. */
  unitId: string | null;
}

export interface UserRecord {
  id: string;
  name: string;
  email: string | null;
  passwordHash: string | null;
  disabled: boolean;
}

const toUser = (r: Database["users"] extends infer _ ? Record<string, unknown> : never): UserRecord => ({
  id: String(r.id),
  name: String(r.name),
  email: (r.email as string | null) ?? null,
  passwordHash: (r.password_hash as string | null) ?? null,
  disabled: Boolean(r.disabled),
});

export async function findUser(db: Db, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function insertUser(
  db: Db,
  user: { id: string; name: string; email?: string | undefined; passwordHash: string | null },
): Promise<void> {
  await db
    .insertInto("users")
    .values({ id: user.id, name: user.name, email: user.email ?? null, password_hash: user.passwordHash })
    .execute();
}

export async function setPassword(db: Db, id: string, passwordHash: string): Promise<boolean> {
  const r = await db
    .updateTable("users")
    .set({ password_hash: passwordHash })
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function setDisabled(db: Db, id: string, disabled: boolean): Promise<boolean> {
  const r = await db.updateTable("users").set({ disabled }).where("id", "=", id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function listGrants(db: Db, userId: string): Promise<RoleGrant[]> {
  const rows = await db.selectFrom("role_grants").selectAll().where("user_id", "=", userId).execute();
  return rows.map((r) => ({ role: r.role as Role, unitId: r.unit_id }));
}

/** A grant with the unit it names, as a list of accounts shows it. */
export interface GrantOnUnit extends RoleGrant {
  unitCode: string | null;
  unitName: { vi: string; en: string } | null;
}

export interface AccountRecord {
  id: string;
  name: string;
  email: string | null;
  disabled: boolean;
  /** Whether a password is set (an account made with a first sign-in code has none until used). */
  hasPassword: boolean;
  createdAt: string;
  grants: GrantOnUnit[];
}

/** Every account (or the one named) with its grants and their units, by account. */
export async function listAccounts(db: Db, id?: string): Promise<AccountRecord[]> {
  let users = db.selectFrom("users").selectAll().orderBy("id");
  if (id !== undefined) users = users.where("id", "=", id);
  let grants = db
    .selectFrom("role_grants as g")
    .leftJoin("admin_units as u", "u.id", "g.unit_id")
    .select(["g.user_id", "g.role", "g.unit_id", "u.code", "u.name", "u.name_en"])
    .orderBy("g.user_id")
    .orderBy("g.role")
    .orderBy("u.code");
  if (id !== undefined) grants = grants.where("g.user_id", "=", id);
  const [userRows, grantRows] = await Promise.all([users.execute(), grants.execute()]);
  const byUser = new Map<string, GrantOnUnit[]>();
  for (const g of grantRows) {
    const list = byUser.get(g.user_id) ?? [];
    list.push({
      role: g.role as Role,
      unitId: g.unit_id,
      unitCode: g.code,
      unitName: g.name === null ? null : { vi: g.name, en: g.name_en ?? g.name },
    });
    byUser.set(g.user_id, list);
  }
  return userRows.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    disabled: Boolean(u.disabled),
    hasPassword: u.password_hash !== null,
    createdAt: String(u.created_at),
    grants: byUser.get(u.id) ?? [],
  }));
}

/** Removes a grant; whether there was one. */
export async function deleteGrant(db: Db, userId: string, grant: RoleGrant): Promise<boolean> {
  let q = db.deleteFrom("role_grants").where("user_id", "=", userId).where("role", "=", grant.role);
  q = grant.unitId === null ? q.where("unit_id", "is", null) : q.where("unit_id", "=", grant.unitId);
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function insertGrant(db: Db, userId: string, grant: RoleGrant): Promise<void> {
  await db
    .insertInto("role_grants")
    .values({ user_id: userId, role: grant.role, unit_id: grant.unitId })
    .execute();
}

/** The unit and every unit above it, nearest first. */
export async function ancestorsOf(db: Db, unitId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from admin_units where id = ${unitId}
      union all
      select u.id, u.parent_id, up.depth + 1 from admin_units u join up on u.id = up.parent_id
      where up.depth < 10
    )
    select id from up order by depth`.execute(db);
  return rows.map((r) => r.id);
}

export async function insertSession(
  db: Db,
  session: { tokenHash: string; userId: string; csrfToken: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
}

export async function findSession(db: Db, tokenHash: string) {
  const row = await db
    .selectFrom("sessions")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .where("expires_at", ">", sql<string>`now()`)
    .executeTakeFirst();
  return row ? { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at } : undefined;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

export async function deleteSessionsOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

export async function recordLoginAttempt(
  db: Db,
  attempt: { account: string; address: string; succeeded: boolean },
): Promise<void> {
  await db.insertInto("login_attempts").values(attempt).execute();
}

/**
 * Serialises sign-in attempts from one address until the transaction ends, so that the count of
 * failures and the attempt it admits are one step (15 concurrent wrong passwords were all counted
 * as under the limit when each read the count before any wrote it).
 */
export async function lockLoginAddress(trx: Db, address: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`chitieu-login:${address}`}))`.execute(trx);
}

/**
 * Records an attempt, counted as failed until confirmed (confirmLoginAttempt), when the address's
 * recent failures for the account are under `perAccount` and its failures for every account are
 * under `perAddress`; an account that has signed in from the address before is not held by the
 * second limit (an office behind one address). Run after lockLoginAddress, in its transaction.
 * Returns the attempt's id, or undefined when a limit holds.
 */
export async function admitLoginAttempt(
  trx: Db,
  attempt: { account: string; address: string },
  limits: { perAccount: number; perAddress: number; seconds: number },
): Promise<string | undefined> {
  const since = sql<string>`now() - make_interval(secs => ${limits.seconds})`;
  const { rows } = await sql<{ id: string }>`
    insert into login_attempts (account, address, succeeded)
    select ${attempt.account}, ${attempt.address}, false
    where (select count(*) from login_attempts
            where account = ${attempt.account} and address = ${attempt.address}
              and not succeeded and at > ${since}) < ${limits.perAccount}
      and ((select count(*) from login_attempts
             where address = ${attempt.address} and not succeeded and at > ${since}) < ${limits.perAddress}
           or exists (select 1 from login_attempts
                       where account = ${attempt.account} and address = ${attempt.address} and succeeded))
    returning id::text as id`.execute(trx);
  return rows[0]?.id;
}

export async function confirmLoginAttempt(db: Db, id: string): Promise<void> {
  await db.updateTable("login_attempts").set({ succeeded: true }).where("id", "=", Number(id)).execute();
}

/** Failed attempts since `seconds` ago, for an account from an address and for the address. */
export async function countRecentFailures(
  db: Db,
  account: string,
  address: string,
  seconds: number,
): Promise<{ account: number; address: number }> {
  const since = sql<string>`now() - make_interval(secs => ${seconds})`;
  const count = async (ofAccount: boolean) => {
    let q = db
      .selectFrom("login_attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("address", "=", address)
      .where("succeeded", "=", false)
      .where("at", ">", since);
    if (ofAccount) q = q.where("account", "=", account);
    const row = await q.executeTakeFirst();
    return Number(row?.n ?? 0);
  };
  return { account: await count(true), address: await count(false) };
}

/** The unit and every unit under it. */
export async function descendantsOf(db: Db, unitId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive down(id, depth) as (
      select id, 0 from admin_units where id = ${unitId}
      union all
      select u.id, down.depth + 1 from admin_units u join down on u.parent_id = down.id
      where down.depth < 10
    )
    select id from down`.execute(db);
  return rows.map((r) => r.id);
}
