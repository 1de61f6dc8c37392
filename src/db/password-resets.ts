/** Password-reset codes (0011): only the SHA-256 of a code is kept, with its expiry and use. */
import { sql } from "kysely";
import type { Db } from "./schema.ts";

export async function insertPasswordReset(
  db: Db,
  reset: { codeHash: string; userId: string; issuedBy: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto("password_resets")
    .values({
      code_hash: reset.codeHash,
      user_id: reset.userId,
      issued_by: reset.issuedBy,
      expires_at: reset.expiresAt,
    })
    .execute();
}

/** The user a live code (unused, unexpired) belongs to, the row locked until the transaction ends. */
export async function takeLivePasswordReset(db: Db, codeHash: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("password_resets")
    .select("user_id")
    .where("code_hash", "=", codeHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", sql<string>`now()`)
    .forUpdate()
    .executeTakeFirst();
  return row?.user_id;
}

export async function markPasswordResetUsed(db: Db, codeHash: string): Promise<void> {
  await db
    .updateTable("password_resets")
    .set({ used_at: sql<string>`now()` })
    .where("code_hash", "=", codeHash)
    .execute();
}

/** Withdraws every unused code of a user (a new one replaces them; a reset spends them all). */
export async function withdrawPasswordResets(db: Db, userId: string): Promise<void> {
  await db.deleteFrom("password_resets").where("user_id", "=", userId).where("used_at", "is", null).execute();
}
