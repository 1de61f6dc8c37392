/**
 * Saving a confirmed list of targets into a plan (lưu danh sách chỉ tiêu): the drafts a planner
 * checked after a paste or an upload, or any list a caller builds. One transaction: every target
 * (and each part of a composite, saved under its whole) goes through createTarget's checks, and
 * the first refusal leaves the plan as it was, naming the target at fault ("targets[2].indicator").
 */
import { findPlan, listTargets, type TargetRecord } from "../db/plans.ts";
import type { Horizon, TargetSpec } from "../domain/types.ts";
import { AppError, invalidField, notFound } from "./errors.ts";
import { createTargetIn, type TargetInput } from "./plans.ts";
import { type Db, inTransaction, type Trx } from "./transaction.ts";
import { authorizeExisting, type WriteContext } from "./write-context.ts";

export interface TargetPartToSave {
  /** Indicator code of the catalogue. */
  indicator: string;
  spec: TargetSpec;
  /** When not the indicator's own unit. */
  unitOfMeasure?: string | undefined;
  horizon?: Horizon | undefined;
  /** The source the target was read from (a statement of the review queue's report). */
  sourceId?: string | undefined;
  /** Cơ quan chủ trì, the document and clause, ghi chú (a table's "Ghi chú" column). */
  responsibleAgency?: string | undefined;
  provenance?: string | undefined;
  notes?: string | undefined;
}

export interface TargetToSave extends TargetPartToSave {
  /** Parts of a composite ("trong đó …"): saved as targets whose whole is this one. */
  parts?: TargetPartToSave[] | undefined;
}

/** An error of one target, its field named from the list: "targets[2].parts[0].indicator". */
function atPlace(error: unknown, place: string): unknown {
  if (!(error instanceof AppError)) return error;
  const field = typeof error.details.field === "string" ? `${place}.${error.details.field}` : place;
  return new AppError(
    error.code,
    `${place}: ${error.message}`,
    { ...error.details, field },
    { userMessage: `${place}: ${error.userMessage}`, cause: error },
  );
}

async function createAt(trx: Trx, input: TargetInput, ctx: WriteContext, place: string) {
  try {
    return await createTargetIn(trx, input, ctx);
  } catch (error) {
    throw atPlace(error, place);
  }
}

function inputOf(planId: string, t: TargetPartToSave, position: number, partOf?: string): TargetInput {
  const form = {
    ...(t.horizon && t.horizon !== "plan_year" ? { horizon: t.horizon } : {}),
    ...(partOf ? { partOf } : {}),
  };
  return {
    planId,
    indicator: t.indicator,
    spec: t.spec,
    unitOfMeasure: t.unitOfMeasure,
    position,
    ...(t.sourceId ? { sourceId: t.sourceId } : {}),
    ...(Object.keys(form).length > 0 ? { form } : {}),
    responsibleAgency: t.responsibleAgency,
    provenance: t.provenance,
    notes: t.notes,
  };
}

/** Adds `targets` after the plan's own, in order, in one transaction; returns what was written. */
export async function saveTargets(
  db: Db,
  planId: string,
  targets: readonly TargetToSave[],
  ctx: WriteContext,
): Promise<TargetRecord[]> {
  return inTransaction(db, async (trx) => saveTargetsIn(trx, planId, targets, ctx));
}

/** {@link saveTargets} inside a transaction the caller holds. */
export async function saveTargetsIn(
  trx: Trx,
  planId: string,
  targets: readonly TargetToSave[],
  ctx: WriteContext,
): Promise<TargetRecord[]> {
  const plan = await findPlan(trx, planId, true);
  const missing = () => notFound("plan", planId, "planId");
  if (!plan) throw missing();
  await authorizeExisting(trx, ctx, "plan.write", plan.unitId, missing);
  if (targets.length === 0) throw invalidField("targets", "no target to save");
  const existing = await listTargets(trx, { planIds: [planId] });
  let position = existing.reduce((max, t) => Math.max(max, t.position ?? 0), 0);
  const written: TargetRecord[] = [];
  for (const [i, target] of targets.entries()) {
    const whole = await createAt(trx, inputOf(planId, target, ++position), ctx, `targets[${i}]`);
    written.push(whole);
    for (const [j, part] of (target.parts ?? []).entries()) {
      const input = inputOf(planId, part, ++position, whole.id);
      written.push(await createAt(trx, input, ctx, `targets[${i}].parts[${j}]`));
    }
  }
  return written;
}
