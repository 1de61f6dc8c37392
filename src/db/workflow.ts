/** The workflow of a unit's period: draft → submitted → approved → published. */

import { sql } from "kysely";
import type { WorkflowState } from "../domain/workflow.ts";
import type { Db } from "./schema.ts";

export { WORKFLOW_STATES, type WorkflowState } from "../domain/workflow.ts";

export interface WorkflowRecord {
  unitId: string;
  period: string;
  state: WorkflowState;
  comment: string | null;
  updatedBy: string;
  version: number;
  updatedAt: string;
  /** When it was first submitted (kept through a return), or null if it never was. */
  submittedAt: string | null;
}

type WorkflowRow = {
  unit_id: string;
  period: string;
  state: string;
  comment: string | null;
  updated_by: string;
  version: number;
  updated_at: string;
  submitted_at: string | null;
};

function toRecord(r: WorkflowRow): WorkflowRecord {
  return {
    unitId: r.unit_id,
    period: r.period,
    state: r.state as WorkflowState,
    comment: r.comment,
    updatedBy: r.updated_by,
    version: r.version,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
  };
}

export async function findWorkflow(
  db: Db,
  unitId: string,
  period: string,
  forUpdate = false,
): Promise<WorkflowRecord | undefined> {
  let q = db
    .selectFrom("period_workflow")
    .selectAll()
    .where("unit_id", "=", unitId)
    .where("period", "=", period);
  if (forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r ? toRecord(r) : undefined;
}

/** The workflows of the given units and periods (a unit-period never moved has none). */
export async function listWorkflows(
  db: Db,
  unitIds: readonly string[],
  periods: readonly string[],
): Promise<WorkflowRecord[]> {
  if (unitIds.length === 0 || periods.length === 0) return [];
  const rows = await db
    .selectFrom("period_workflow")
    .selectAll()
    .where("unit_id", "in", unitIds)
    .where("period", "in", periods)
    .execute();
  return rows.map(toRecord);
}

/** Every unit-period not (yet) published: their values are drafts. */
export async function listUnpublished(db: Db): Promise<{ unitId: string; period: string }[]> {
  const rows = await db
    .selectFrom("period_workflow")
    .select(["unit_id", "period"])
    .where("state", "!=", "published")
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, period: r.period }));
}

/** Of the given units and periods, the unit-periods in the workflow and not (yet) published. */
export async function listUnpublishedOf(
  db: Db,
  unitIds: readonly string[],
  periods: readonly string[],
): Promise<{ unitId: string; period: string }[]> {
  if (unitIds.length === 0 || periods.length === 0) return [];
  const rows = await db
    .selectFrom("period_workflow")
    .select(["unit_id", "period"])
    .where("state", "!=", "published")
    .where("unit_id", "in", unitIds)
    .where("period", "in", periods)
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, period: r.period }));
}

export async function upsertWorkflow(
  db: Db,
  row: { unitId: string; period: string; state: WorkflowState; comment: string | null; updatedBy: string },
): Promise<void> {
  await db
    .insertInto("period_workflow")
    .values({
      unit_id: row.unitId,
      period: row.period,
      state: row.state,
      comment: row.comment,
      updated_by: row.updatedBy,
      submitted_at: row.state === "submitted" ? sql<string>`now()` : null,
    })
    .onConflict((oc) =>
      oc.columns(["unit_id", "period"]).doUpdateSet((eb) => ({
        state: row.state,
        comment: row.comment,
        updated_by: row.updatedBy,
        version: eb("period_workflow.version", "+", 1),
        updated_at: new Date().toISOString(),
        // The first submission is the one that counts for the deadline.
        ...(row.state === "submitted"
          ? { submitted_at: sql<string>`coalesce(period_workflow.submitted_at, now())` }
          : {}),
      })),
    )
    .execute();
}
