/**
 * The review queue: a submitted source's text, and the statements read from it (pending, then
 * accepted or rejected). A decision is one update guarded by the version it was made against.
 */
import type { Selectable } from "kysely";
import type { ReviewStatus } from "../domain/review.ts";
import type { Statement } from "../extract/types.ts";
import type { Db, StatementsTable } from "./schema.ts";

export { REVIEW_STATUSES, type ReviewStatus } from "../domain/review.ts";

/** The sentence a statement was read from, and its offsets in the source's text. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

export interface PendingStatement {
  id: string;
  sourceId: string;
  /** Order within the source, from 0. */
  position: number;
  sentence: SentenceSpan;
  extracted: Statement;
}

/** What an officer decided: the mapping as accepted (indicator, unit, period, value, plans...). */
export interface StatementRecord extends PendingStatement {
  status: ReviewStatus;
  mapping?: unknown;
  /** Accepted with fields changed from what was extracted. */
  edited: boolean;
  reason?: string;
  observationId?: string;
  observationRevision?: number;
  /** A roll-up statement accepted as the source's reported roll-up ("Báo cáo: 23/24"). */
  reportedRollupId?: string;
  targetIds: string[];
  decidedBy?: string;
  decidedAt?: string;
  version: number;
  createdAt: string;
}

function toRecord(row: Selectable<StatementsTable>): StatementRecord {
  return {
    id: row.id,
    sourceId: row.source_id,
    position: row.position,
    sentence: { text: row.sentence, start: row.sentence_start, end: row.sentence_end },
    extracted: row.extracted as Statement,
    status: row.status as ReviewStatus,
    ...(row.mapping !== null ? { mapping: row.mapping } : {}),
    edited: row.edited,
    ...(row.reason !== null ? { reason: row.reason } : {}),
    ...(row.observation_id !== null ? { observationId: row.observation_id } : {}),
    ...(row.observation_revision !== null ? { observationRevision: row.observation_revision } : {}),
    ...(row.reported_rollup_id !== null ? { reportedRollupId: row.reported_rollup_id } : {}),
    targetIds: row.target_ids as string[],
    ...(row.decided_by !== null ? { decidedBy: row.decided_by } : {}),
    ...(row.decided_at !== null ? { decidedAt: row.decided_at } : {}),
    version: row.version,
    createdAt: row.created_at,
  };
}

export async function insertSourceText(db: Db, sourceId: string, text: string): Promise<void> {
  await db
    .insertInto("source_texts")
    .values({ source_id: sourceId, text: text.normalize("NFC") })
    .execute();
}

export async function findSourceText(db: Db, sourceId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("source_texts")
    .select("text")
    .where("source_id", "=", sourceId)
    .executeTakeFirst();
  return row?.text;
}

const BATCH = 500;

export async function insertStatements(db: Db, statements: readonly PendingStatement[]): Promise<void> {
  for (let i = 0; i < statements.length; i += BATCH) {
    await db
      .insertInto("statements")
      .values(
        statements.slice(i, i + BATCH).map((s) => ({
          id: s.id,
          source_id: s.sourceId,
          position: s.position,
          sentence: s.sentence.text.normalize("NFC"),
          sentence_start: s.sentence.start,
          sentence_end: s.sentence.end,
          extracted: JSON.stringify(s.extracted),
        })),
      )
      .execute();
  }
}

export async function findStatement(
  db: Db,
  id: string,
  forUpdate = false,
): Promise<StatementRecord | undefined> {
  let q = db.selectFrom("statements").selectAll().where("id", "=", id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && toRecord(row);
}

export async function listStatements(
  db: Db,
  filter: { sourceId?: string; status?: ReviewStatus } = {},
): Promise<StatementRecord[]> {
  let q = db.selectFrom("statements").selectAll();
  if (filter.sourceId) q = q.where("source_id", "=", filter.sourceId);
  if (filter.status) q = q.where("status", "=", filter.status);
  const rows = await q.orderBy("source_id").orderBy("position").execute();
  return rows.map(toRecord);
}

/** How many statements of each source are pending, accepted and rejected. */
export async function countStatementsBySource(db: Db): Promise<Map<string, Record<ReviewStatus, number>>> {
  const rows = await db
    .selectFrom("statements")
    .select(["source_id", "status", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy(["source_id", "status"])
    .execute();
  const counts = new Map<string, Record<ReviewStatus, number>>();
  for (const r of rows) {
    const c = counts.get(r.source_id) ?? { pending: 0, accepted: 0, rejected: 0 };
    c[r.status as ReviewStatus] = Number(r.n);
    counts.set(r.source_id, c);
  }
  return counts;
}

/** What accepting wrote: an observation revision, a reported roll-up, or targets (at least one). */
export interface AcceptDecision {
  mapping: unknown;
  edited: boolean;
  observationId?: string | undefined;
  observationRevision?: number | undefined;
  reportedRollupId?: string | undefined;
  targetIds: string[];
  decidedBy: string;
}

/** Marks a pending statement accepted; throws when it moved on since `version` was read. */
export async function markAccepted(
  db: Db,
  id: string,
  version: number,
  d: AcceptDecision,
): Promise<StatementRecord> {
  const now = new Date().toISOString();
  const row = await db
    .updateTable("statements")
    .set({
      status: "accepted",
      mapping: JSON.stringify(d.mapping),
      edited: d.edited,
      observation_id: d.observationId ?? null,
      observation_revision: d.observationRevision ?? null,
      reported_rollup_id: d.reportedRollupId ?? null,
      target_ids: JSON.stringify(d.targetIds),
      decided_by: d.decidedBy,
      decided_at: now,
      version: version + 1,
      updated_at: now,
    })
    .where("id", "=", id)
    .where("version", "=", version)
    .where("status", "=", "pending")
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

/** Marks a pending statement rejected, with the reason; throws when it moved on since `version`. */
export async function markRejected(
  db: Db,
  id: string,
  version: number,
  reason: string,
  decidedBy: string,
): Promise<StatementRecord> {
  const now = new Date().toISOString();
  const row = await db
    .updateTable("statements")
    .set({
      status: "rejected",
      reason: reason.normalize("NFC"),
      decided_by: decidedBy,
      decided_at: now,
      version: version + 1,
      updated_at: now,
    })
    .where("id", "=", id)
    .where("version", "=", version)
    .where("status", "=", "pending")
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}
