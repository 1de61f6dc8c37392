/**
 * Resetting a password with a one-time code an administrator issues and hands over (on paper, by
 * telephone, or as a link): the code is shown once, only its SHA-256 is kept (as a session's
 * token), it lasts RESET_HOURS, and a new code or a reset withdraws the others. The person sets a
 * new password with it (passwordProblem applies) and every session of the account ends. 80 random
 * bits, so guessing is out of reach without a rate limit; written in Crockford's base32 in groups
 * of four, so a code read over the telephone survives O for 0 and I or L for 1.
 */
import { createHash, randomBytes } from "node:crypto";
import { appendAudit } from "../../db/audit.ts";
import {
  insertPasswordReset,
  markPasswordResetUsed,
  takeLivePasswordReset,
  withdrawPasswordResets,
} from "../../db/password-resets.ts";
import { deleteSessionsOf, findUser, setPassword } from "../../db/users.ts";
import { AppError, invalidField } from "../errors.ts";
import { type Db, inTransaction, type Trx } from "../transaction.ts";
import { hashPassword, passwordProblem } from "./password.ts";

export const RESET_HOURS = 24;

/** A code as issued: shown once to the administrator, never stored. */
export interface IssuedResetCode {
  account: string;
  /** "7KQ2-MX9D-04TR-HB3E" */
  code: string;
  expiresAt: string;
}

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function newCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = "";
  for (let i = 0; i < 16; i++) {
    out = ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return out.match(/.{4}/g)!.join("-");
}

/** The code as typed (lower case, spaces, dashes, O for 0, I or L for 1), in its one spelling. */
export function normalizeResetCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

const hashCode = (code: string) => createHash("sha256").update(normalizeResetCode(code)).digest("base64url");

/**
 * Issues a code for `account` within the caller's transaction (the caller checked the right to);
 * any earlier unused code of the account is withdrawn.
 */
export async function issueResetCodeIn(trx: Trx, account: string, actor: string): Promise<IssuedResetCode> {
  const code = newCode();
  const expiresAt = new Date(Date.now() + RESET_HOURS * 3_600_000).toISOString();
  await withdrawPasswordResets(trx, account);
  await insertPasswordReset(trx, { codeHash: hashCode(code), userId: account, issuedBy: actor, expiresAt });
  await appendAudit(trx, {
    actor,
    action: "update",
    entity: "user",
    entityId: account,
    after: { passwordReset: "issued", expiresAt },
  });
  return { account, code, expiresAt };
}

const badCode = () =>
  new AppError("invalid", "code: the code is wrong, already used or expired", { field: "code" });

/**
 * Sets a new password with a code: the code is spent, the account's other codes withdrawn, and
 * every session of the account ends. A disabled account's code is refused as an unknown one.
 */
export async function resetPassword(
  db: Db,
  input: { code: string; password: string },
): Promise<{ account: string }> {
  if (!normalizeResetCode(input.code)) throw invalidField("code", "give the code you were given");
  const problem = passwordProblem(input.password);
  if (problem) throw invalidField("password", problem);
  const passwordHash = await hashPassword(input.password);
  const codeHash = hashCode(input.code);
  return inTransaction(db, async (trx) => {
    const account = await takeLivePasswordReset(trx, codeHash);
    const user = account === undefined ? undefined : await findUser(trx, account);
    if (!user || user.disabled) throw badCode();
    await markPasswordResetUsed(trx, codeHash);
    await withdrawPasswordResets(trx, user.id);
    await setPassword(trx, user.id, passwordHash);
    await deleteSessionsOf(trx, user.id);
    await appendAudit(trx, {
      actor: user.id,
      action: "update",
      entity: "user",
      entityId: user.id,
      after: { password: "reset with a code" },
    });
    return { account: user.id };
  });
}
