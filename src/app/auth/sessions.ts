/**
 * Signing in and out. Sessions live in the database (any number of server processes share them),
 * keyed by the SHA-256 of a random token, so a copy of the table signs nobody in. Failed attempts
 * are counted per account and per address, in the database too.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  countRecentFailures,
  deleteSession,
  findSession,
  findUser,
  insertSession,
  listGrants,
  recordLoginAttempt,
} from "../../db/users.ts";
import { AppError } from "../errors.ts";
import type { Db } from "../transaction.ts";
import { verifyPassword } from "./password.ts";
import type { Principal } from "./principal.ts";

export const SESSION_HOURS = 8;
export const RATE_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

export interface SignedIn {
  token: string;
  csrfToken: string;
  expiresAt: string;
  principal: Principal;
}

const badCredentials = () =>
  new AppError("bad_credentials", 401, "the account or the password is wrong", { field: "password" });

export async function signIn(
  db: Db,
  input: { account: string; password: string; address: string },
): Promise<SignedIn> {
  const account = input.account.trim().toLowerCase();
  const failures = await countRecentFailures(db, account, input.address, RATE_WINDOW_SECONDS);
  if (failures.account >= MAX_FAILURES_PER_ACCOUNT || failures.address >= MAX_FAILURES_PER_ADDRESS) {
    throw new AppError("too_many_attempts", 429, "too many failed sign-ins: wait 15 minutes", {
      field: failures.account >= MAX_FAILURES_PER_ACCOUNT ? "account" : "address",
    });
  }
  const user = await findUser(db, account);
  const ok =
    user !== undefined &&
    !user.disabled &&
    user.passwordHash !== null &&
    (await verifyPassword(input.password, user.passwordHash));
  await recordLoginAttempt(db, { account, address: input.address, succeeded: ok });
  if (!ok || !user) throw badCredentials();
  return openSession(db, user.id, user.name);
}

/** A new session of a user already identified (signIn, once the password is checked). */
export async function openSession(db: Db, userId: string, name: string): Promise<SignedIn> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000).toISOString();
  await insertSession(db, { tokenHash: hashToken(token), userId, csrfToken, expiresAt });
  return {
    token,
    csrfToken,
    expiresAt,
    principal: { userId, name, grants: await listGrants(db, userId) },
  };
}

/** The principal of a live session of an enabled user, and its CSRF token. */
export async function resumeSession(
  db: Db,
  token: string,
): Promise<{ principal: Principal; csrfToken: string } | undefined> {
  const session = await findSession(db, hashToken(token));
  if (!session) return undefined;
  const user = await findUser(db, session.userId);
  if (!user || user.disabled) return undefined;
  return {
    principal: { userId: user.id, name: user.name, grants: await listGrants(db, user.id) },
    csrfToken: session.csrfToken,
  };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}
