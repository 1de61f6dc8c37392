/**
 * Use-cases on observations through the API: recording opens a series (indicator × unit × period
 * × stage) at revision 1; a correction adds the next revision, against the ETag of the latest
 * one. Each is one transaction around the one write path of a value (write-value.ts).
 */
import type { ObservationRecord } from "../db/observations.ts";
import { type Db, inTransaction } from "./transaction.ts";
import type { WriteContext } from "./write-context.ts";
import { type ObservationInput, openValue, type RevisionInput, reviseValue } from "./write-value.ts";

export type { ObservationInput, RevisionInput } from "./write-value.ts";

/** Opens a series at revision 1; a second one for the same key is a conflict naming the first. */
export async function recordObservation(
  db: Db,
  input: ObservationInput,
  ctx: WriteContext,
): Promise<ObservationRecord> {
  return inTransaction(db, (trx) => openValue(trx, input, ctx));
}

/** Adds the next revision to a series: the If-Match must name its latest revision. */
export async function reviseObservation(
  db: Db,
  seriesId: string,
  input: RevisionInput,
  ctx: WriteContext,
): Promise<ObservationRecord> {
  return inTransaction(db, (trx) => reviseValue(trx, seriesId, input, ctx));
}
