/**
 * Signing in and out. Sessions live in the database (any number of server processes share them),
 * keyed by the SHA-256 of a random token, so a copy of the table signs nobody in. Failed attempts
 * are counted in the database too: per account from one address (so that an attacker elsewhere
 * cannot lock the owner out), and per address (password spraying), an account that has signed
 * in from that address before being exempt from the latter. The count and the attempt it admits
 * are one step, serialised per address; every lock-out is logged.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  admitLoginAttempt,
  confirmLoginAttempt,
  countRecentFailures,
  deleteSession,
  findSession,
  findUser,
  insertSession,
  listGrants,
  lockLoginAddress,
} from "../../db/users.ts";
import { AppError } from "../errors.ts";
import { type Db, inTransaction } from "../transaction.ts";
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
  new AppError("bad_credentials", "the account or the password is wrong", { field: "password" });

/** A refused sign-in: what the log says of it (never the password). */
export interface Lockout {
  account: string;
  address: string;
  /** Which limit holds: the account's from this address, or the address's. */
  limit: "account" | "address";
  failures: number;
}

/**
 * What an unknown or disabled account's password is checked against: a stored hash of the usual
 * parameters that no password gives, so that a wrong sign-in takes as long (one scrypt) whether
 * the account exists or not. It used to answer in ~8 ms for an unknown account, ~140 ms for a
 * known one.
 */
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export async function signIn(
  db: Db,
  input: { account: string; password: string; address: string },
  onLockout: (lockout: Lockout) => void = () => {},
): Promise<SignedIn> {
  const account = input.account.trim().toLowerCase();
  const limits = {
    perAccount: MAX_FAILURES_PER_ACCOUNT,
    perAddress: MAX_FAILURES_PER_ADDRESS,
    seconds: RATE_WINDOW_SECONDS,
  };
  const attempt = await inTransaction(db, async (trx) => {
    await lockLoginAddress(trx, input.address);
    return admitLoginAttempt(trx, { account, address: input.address }, limits);
  });
  if (attempt === undefined) {
    const failures = await countRecentFailures(db, account, input.address, RATE_WINDOW_SECONDS);
    const limit = failures.account >= MAX_FAILURES_PER_ACCOUNT ? "account" : "address";
    onLockout({ account, address: input.address, limit, failures: failures[limit] });
    throw new AppError("too_many_attempts", "too many failed sign-ins: wait 15 minutes", {
      field: limit,
    });
  }
  const user = await findUser(db, account);
  const usable = user !== undefined && !user.disabled && user.passwordHash !== null;
  const matches = await verifyPassword(input.password, usable ? user.passwordHash! : DUMMY_HASH);
  if (!usable || !matches) throw badCredentials();
  await confirmLoginAttempt(db, attempt);
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
