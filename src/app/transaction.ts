/**
 * Every write is one transaction; a constraint the database enforces comes back as the API error
 * it means (a duplicate → 409, a dangling reference → 422), and nothing stays half-written.
 */
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError, conflict } from "./errors.ts";

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;

export async function inTransaction<T>(db: Db, work: (trx: Trx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    throw translate(error);
  }
}

function translate(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  const detail = String((error as { detail?: unknown }).detail ?? (error as Error).message ?? "");
  if (code === "23505") return conflict(`already exists: ${detail}`);
  if (code === "23503") return new AppError("unknown_reference", 422, `a reference names nothing: ${detail}`);
  if (code === "23514" || code === "22P02" || code === "22007" || code === "22008") {
    return new AppError("invalid", 422, `invalid value: ${(error as Error).message}`);
  }
  return error;
}

/**
 * Serialises a one-off job (loading the catalogue, the demo) across processes sharing one
 * PostgreSQL server; released at the end of the transaction. A no-op in effect on PGlite.
 */
export async function lockJob(trx: Trx, job: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`chitieu:${job}`}))`.execute(trx);
}
