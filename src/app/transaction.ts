/**
 * Every write is one transaction; a constraint the database enforces comes back as the API error
 * it means (a duplicate → 409, a dangling reference → 422), and nothing stays half-written.
 */
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError } from "./errors.ts";

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;

export async function inTransaction<T>(db: Db, work: (trx: Trx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    throw translate(error);
  }
}

/**
 * The database's own words ("Key (id)=(…) already exists", table and constraint names) never
 * reach the caller: the answer says what kind of refusal it is, the error keeps the rest for the
 * log (`cause`).
 */
function translate(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  const detail = String((error as { detail?: unknown }).detail ?? (error as Error).message ?? "");
  const refuse = (kind: "conflict" | "unknown_reference" | "invalid", userMessage: string) =>
    new AppError(kind, `${userMessage}: ${detail}`, {}, { userMessage, cause: error });
  if (code === "23505")
    return refuse("conflict", "it already exists (another write made it first): read it again");
  if (code === "23503") return refuse("unknown_reference", "a reference names nothing");
  if (code === "23514" || code === "22P02" || code === "22007" || code === "22008") {
    return refuse("invalid", "a value is invalid");
  }
  return error;
}

/**
 * Serialises a one-off job (loading the catalogue, the demo) across processes sharing one
 * PostgreSQL server; released at the end of the transaction.
 */
export async function lockJob(trx: Trx, job: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`chitieu:${job}`}))`.execute(trx);
}
