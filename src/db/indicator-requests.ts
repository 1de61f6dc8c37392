/** A planner's requests for new indicators (0011), until an administrator decides them. */
import { sql } from "kysely";
import type { Indicator } from "../domain/types.ts";
import type { Db } from "./schema.ts";

export type IndicatorRequestState = "requested" | "approved" | "rejected";

export interface IndicatorRequestRecord {
  id: string;
  proposal: Indicator;
  reason: string | null;
  requestedBy: string;
  requestedAt: string;
  state: IndicatorRequestState;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

const columns = [
  sql<string>`id::text`.as("id"),
  "proposal",
  "reason",
  "requested_by",
  "requested_at",
  "state",
  "decided_by",
  "decided_at",
  "decision_note",
] as const;

// biome-ignore lint/suspicious/noExplicitAny: one row shape of the select above.
const toRecord = (r: any): IndicatorRequestRecord => ({
  id: String(r.id),
  proposal: r.proposal as Indicator,
  reason: r.reason,
  requestedBy: r.requested_by,
  requestedAt: String(r.requested_at),
  state: r.state as IndicatorRequestState,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at === null ? null : String(r.decided_at),
  decisionNote: r.decision_note,
});

export async function insertIndicatorRequest(
  db: Db,
  request: { proposal: Indicator; reason?: string | undefined; requestedBy: string },
): Promise<IndicatorRequestRecord> {
  const row = await db
    .insertInto("indicator_requests")
    .values({
      code: request.proposal.code,
      proposal: JSON.stringify(request.proposal),
      reason: request.reason ?? null,
      requested_by: request.requestedBy,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

/** Requests, newest first: all, or those of one state, or of one requester. */
export async function listIndicatorRequests(
  db: Db,
  filter: { state?: IndicatorRequestState; requestedBy?: string } = {},
): Promise<IndicatorRequestRecord[]> {
  let q = db
    .selectFrom("indicator_requests")
    .select(columns)
    .orderBy("requested_at", "desc")
    .orderBy("id", "desc");
  if (filter.state) q = q.where("state", "=", filter.state);
  if (filter.requestedBy) q = q.where("requested_by", "=", filter.requestedBy);
  return (await q.execute()).map(toRecord);
}

export async function findIndicatorRequest(
  db: Db,
  id: string,
  forUpdate = false,
): Promise<IndicatorRequestRecord | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  let q = db.selectFrom("indicator_requests").select(columns).where(sql<string>`id::text`, "=", id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && toRecord(row);
}

/** Whether an open request proposes `code`. */
export async function hasOpenIndicatorRequest(db: Db, code: string): Promise<boolean> {
  const row = await db
    .selectFrom("indicator_requests")
    .select("code")
    .where("code", "=", code)
    .where("state", "=", "requested")
    .executeTakeFirst();
  return row !== undefined;
}

export async function decideIndicatorRequest(
  db: Db,
  id: string,
  decision: {
    state: "approved" | "rejected";
    decidedBy: string;
    note?: string | undefined;
    proposal?: Indicator;
  },
): Promise<void> {
  await db
    .updateTable("indicator_requests")
    .set({
      state: decision.state,
      decided_by: decision.decidedBy,
      decided_at: sql<string>`now()`,
      decision_note: decision.note ?? null,
      ...(decision.proposal ? { proposal: JSON.stringify(decision.proposal) } : {}),
    })
    .where(sql<string>`id::text`, "=", id)
    .execute();
}
