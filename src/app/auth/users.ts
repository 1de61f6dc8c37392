/** Managing accounts: add (with role grants), change the password, disable. */

import { appendAudit } from "../../db/audit.ts";
import {
  deleteSessionsOf,
  findUser,
  insertGrant,
  insertUser,
  type RoleGrant,
  setDisabled,
  setPassword,
} from "../../db/users.ts";
import { conflict, invalidField, notFound } from "../errors.ts";
import { type Db, inTransaction } from "../transaction.ts";
import { hashPassword, passwordProblem } from "./password.ts";

const ACCOUNT = /^[a-z0-9._@-]{3,64}$/;

export async function addUser(
  db: Db,
  input: { id: string; name: string; email?: string | undefined; password: string; grants: RoleGrant[] },
  actor: string,
): Promise<void> {
  const id = input.id.trim().toLowerCase();
  if (!ACCOUNT.test(id)) throw invalidField("account", "3-64 of a-z 0-9 . _ @ -");
  const problem = passwordProblem(input.password);
  if (problem) throw invalidField("password", problem);
  const passwordHash = await hashPassword(input.password);
  await inTransaction(db, async (trx) => {
    if (await findUser(trx, id)) throw conflict(`user ${id} already exists`, { field: "account" });
    await insertUser(trx, { id, name: input.name.normalize("NFC"), email: input.email, passwordHash });
    for (const grant of input.grants) await insertGrant(trx, id, grant);
    await appendAudit(trx, {
      actor,
      action: "create",
      entity: "user",
      entityId: id,
      after: { name: input.name, grants: input.grants },
    });
  });
}

export async function changePassword(db: Db, id: string, password: string, actor: string): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw invalidField("password", problem);
  const passwordHash = await hashPassword(password);
  await inTransaction(db, async (trx) => {
    if (!(await setPassword(trx, id, passwordHash))) throw notFound("user", id, "account");
    await deleteSessionsOf(trx, id);
    await appendAudit(trx, {
      actor,
      action: "update",
      entity: "user",
      entityId: id,
      after: { password: "changed" },
    });
  });
}

export async function disableUser(db: Db, id: string, actor: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await setDisabled(trx, id, true))) throw notFound("user", id, "account");
    await deleteSessionsOf(trx, id);
    await appendAudit(trx, {
      actor,
      action: "update",
      entity: "user",
      entityId: id,
      after: { disabled: true },
    });
  });
}
