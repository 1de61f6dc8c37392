/**
 * Use-cases on plans and their targets. A change to an adopted plan, or to any of its targets,
 * needs a reason, which the audit log keeps beside the before and after.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../db/audit.ts";
import { findIndicator } from "../db/indicators.ts";
import {
  deletePlan as deletePlanRow,
  deleteTarget as deleteTargetRow,
  findPlan,
  findTarget,
  insertPlan,
  insertTarget,
  type PlanData,
  type PlanRecord,
  type PlanState,
  type TargetRecord,
  updatePlan as updatePlanRow,
  updateTarget as updateTargetRow,
} from "../db/plans.ts";
import { sourceExists } from "../db/sources.ts";
import { unitFitsIndicator } from "../domain/target-unit.ts";
import type {
  ImpliedFrom,
  PlanForm,
  PlanKind,
  Status,
  Target,
  TargetForm,
  TargetSpec,
} from "../domain/types.ts";
import { findUnit as findUnitOfMeasure } from "../domain/units-of-measure.ts";
import { AppError, conflict, invalidField, notFound, unknownReference } from "./errors.ts";
import { periodBounds } from "./periods.ts";
import { type Db, inTransaction, type Trx } from "./transaction.ts";
import { resolveUnitForPeriod } from "./units.ts";
import { authorize, authorizeExisting, checkIfMatch, type WriteContext } from "./write-context.ts";

export interface PlanInput {
  id?: string | undefined;
  kind: PlanKind;
  /** Unit code (read at the period) or id. */
  unit: string;
  period: string;
  title: string;
  issuer?: string | undefined;
  number?: string | undefined;
  date?: string | undefined;
  state: PlanState;
  nearlyMetThreshold?: number | undefined;
  sourceId?: string | undefined;
  illustrative?: boolean | undefined;
  form?: PlanForm | undefined;
}

export interface TargetInput {
  id?: string | undefined;
  planId: string;
  indicator: string;
  /** Defaults to the plan's unit. */
  unit?: string | undefined;
  /** Defaults to the plan's period. */
  period?: string | undefined;
  unitOfMeasure?: string | undefined;
  spec: TargetSpec;
  implied?: ImpliedFrom | undefined;
  officialLabel?: Status | undefined;
  position?: number | undefined;
  sourceId?: string | undefined;
  illustrative?: boolean | undefined;
  form?: TargetForm | undefined;
  /** Cơ quan chủ trì (migration 0013). */
  responsibleAgency?: string | undefined;
  /** The document and clause the target is written in. */
  provenance?: string | undefined;
  /** Ghi chú. */
  notes?: string | undefined;
}

/** The longest each of a target's texts may be: a name, a reference, a few sentences. */
export const TARGET_TEXT_MAX = { responsibleAgency: 300, provenance: 500, notes: 2000 } as const;

/** A target's texts as kept: NFC, trimmed, left out when empty; one too long names its field. */
function targetTexts(input: TargetInput): Pick<TargetInput, keyof typeof TARGET_TEXT_MAX> {
  const texts: Pick<TargetInput, keyof typeof TARGET_TEXT_MAX> = {};
  for (const key of Object.keys(TARGET_TEXT_MAX) as (keyof typeof TARGET_TEXT_MAX)[]) {
    const text = input[key]?.normalize("NFC").trim();
    if (!text) continue;
    if (text.length > TARGET_TEXT_MAX[key])
      throw invalidField(key, `at most ${TARGET_TEXT_MAX[key]} characters (${text.length} given)`);
    texts[key] = text;
  }
  return texts;
}

/** The forms a domain target carries beyond its spec, as stored (migration 0009). */
export function targetFormOf(t: Target): TargetForm {
  const form: TargetForm = {};
  if (t.officialLabelText) form.officialLabelText = t.officialLabelText;
  if (t.horizon) form.horizon = t.horizon;
  if (t.baseYear !== undefined) form.baseYear = t.baseYear;
  if (t.growthFrom) form.growthFrom = t.growthFrom;
  if (t.partOf) form.partOf = t.partOf;
  if (t.amends) form.amends = t.amends;
  if (t.nearlyMet) form.nearlyMet = t.nearlyMet;
  if (t.aboutTolerance !== undefined) form.aboutTolerance = t.aboutTolerance;
  return form;
}

const reasonRequired = (what: string) =>
  new AppError("reason_required", `reason: ${what} belongs to an adopted plan: say why it changes`, {
    field: "reason",
  });

async function checkSource(trx: Trx, sourceId: string | undefined): Promise<void> {
  if (sourceId && !(await sourceExists(trx, sourceId)))
    throw unknownReference("sourceId", "source", sourceId);
}

async function toPlanData(trx: Trx, id: string, input: PlanInput): Promise<PlanData> {
  const unit = await resolveUnitForPeriod(trx, input.unit, periodBounds(input.period), "unit");
  await checkSource(trx, input.sourceId);
  return {
    id,
    kind: input.kind,
    unitId: unit.id,
    period: input.period,
    title: input.title,
    issuer: input.issuer,
    number: input.number,
    date: input.date,
    state: input.state,
    nearlyMetThreshold: input.nearlyMetThreshold,
    sourceId: input.sourceId,
    illustrative: input.illustrative ?? false,
    form: input.form,
  };
}

export async function createPlan(db: Db, input: PlanInput, ctx: WriteContext): Promise<PlanRecord> {
  return inTransaction(db, (trx) => createPlanIn(trx, input, ctx));
}

/** {@link createPlan} inside a transaction the caller holds, for writes of several plans as one. */
export async function createPlanIn(trx: Trx, input: PlanInput, ctx: WriteContext): Promise<PlanRecord> {
  const id = input.id ?? randomUUID();
  const data = await toPlanData(trx, id, input);
  await authorize(trx, ctx, "plan.write", data.unitId);
  if (await findPlan(trx, id)) throw conflict(`plan ${id} already exists`, { field: "id" });
  const created = await insertPlan(trx, data);
  await appendAudit(trx, {
    actor: ctx.actor,
    action: "create",
    entity: "plan",
    entityId: id,
    after: created,
  });
  return created;
}

export async function updatePlan(
  db: Db,
  id: string,
  input: PlanInput,
  ctx: WriteContext,
): Promise<PlanRecord> {
  return inTransaction(db, async (trx) => {
    const current = await findPlan(trx, id, true);
    if (!current) throw notFound("plan", id, "id");
    await authorizeExisting(trx, ctx, "plan.write", current.unitId, () => notFound("plan", id, "id"));
    const data = await toPlanData(trx, id, input);
    await authorize(trx, ctx, "plan.write", data.unitId);
    checkIfMatch(ctx, current.version);
    if (current.state === "adopted" && !ctx.reason) throw reasonRequired(`plan ${id}`);
    const updated = await updatePlanRow(trx, data, current.version);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "update",
      entity: "plan",
      entityId: id,
      before: current,
      after: updated,
      reason: ctx.reason,
    });
    return updated;
  });
}

export async function deletePlan(db: Db, id: string, ctx: WriteContext): Promise<void> {
  await inTransaction(db, async (trx) => {
    const current = await findPlan(trx, id, true);
    if (!current) throw notFound("plan", id, "id");
    await authorizeExisting(trx, ctx, "plan.write", current.unitId, () => notFound("plan", id, "id"));
    checkIfMatch(ctx, current.version);
    if (current.state === "adopted" && !ctx.reason) throw reasonRequired(`plan ${id}`);
    await deletePlanRow(trx, id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "delete",
      entity: "plan",
      entityId: id,
      before: current,
      reason: ctx.reason,
    });
  });
}

async function toTargetData(trx: Trx, id: string, input: TargetInput, plan: PlanRecord) {
  const indicator = await findIndicator(trx, input.indicator);
  if (!indicator) throw unknownReference("indicator", "indicator", input.indicator);
  if (input.unitOfMeasure && !findUnitOfMeasure(input.unitOfMeasure)) {
    throw unknownReference("unitOfMeasure", "unit of measure", input.unitOfMeasure);
  }
  if (
    indicator.indicator.direction === "boolean" &&
    input.spec.kind !== "boolean" &&
    input.spec.kind !== "unknown"
  ) {
    throw invalidField(
      "spec.kind",
      `indicator ${indicator.indicator.code} is yes/no: the spec must be "boolean"`,
    );
  }
  if (input.spec.kind === "range" && input.spec.lo > input.spec.hi) {
    throw invalidField("spec.lo", "the lower bound of a range is above its upper bound");
  }
  // A target its indicator's results cannot be converted into could never be judged: every
  // assessment of the plan would fail on it.
  if (!unitFitsIndicator({ unit: input.unitOfMeasure, spec: input.spec }, indicator.indicator.unit)) {
    throw invalidField(
      "unitOfMeasure",
      `${input.unitOfMeasure} cannot be compared with ${indicator.indicator.unit}, the unit of indicator ${indicator.indicator.code}`,
      "dimension",
    );
  }
  const period = input.period ?? plan.period;
  const unitId = input.unit
    ? (await resolveUnitForPeriod(trx, input.unit, periodBounds(period), "unit")).id
    : plan.unitId;
  await checkSource(trx, input.sourceId);
  for (const [field, ref] of [
    ["form.partOf", input.form?.partOf],
    ["form.amends.targetId", input.form?.amends?.targetId],
  ] as const) {
    if (ref && ref !== id && !(await findTarget(trx, ref))) throw unknownReference(field, "target", ref);
  }
  return {
    id,
    planId: plan.id,
    indicatorCode: indicator.indicator.code,
    unitId,
    period,
    unit: input.unitOfMeasure,
    spec: input.spec,
    implied: input.implied,
    officialLabel: input.officialLabel,
    position: input.position,
    sourceId: input.sourceId,
    illustrative: input.illustrative ?? plan.illustrative,
    form: input.form,
    ...targetTexts(input),
  };
}

async function planOf(trx: Trx, planId: string, field: string): Promise<PlanRecord> {
  const plan = await findPlan(trx, planId, true);
  if (!plan) throw unknownReference(field, "plan", planId);
  return plan;
}

export async function createTarget(db: Db, input: TargetInput, ctx: WriteContext): Promise<TargetRecord> {
  return inTransaction(db, (trx) => createTargetIn(trx, input, ctx));
}

/** {@link createTarget} inside a transaction the caller holds, for a list saved as one. */
export async function createTargetIn(trx: Trx, input: TargetInput, ctx: WriteContext): Promise<TargetRecord> {
  const plan = await planOf(trx, input.planId, "planId");
  await authorize(trx, ctx, "plan.write", plan.unitId);
  const id = input.id ?? randomUUID();
  const data = await toTargetData(trx, id, input, plan);
  await authorize(trx, ctx, "plan.write", data.unitId);
  if (plan.state === "adopted" && !ctx.reason) throw reasonRequired("the new target");
  if (await findTarget(trx, id)) throw conflict(`target ${id} already exists`, { field: "id" });
  const created = await insertTarget(trx, data);
  await appendAudit(trx, {
    actor: ctx.actor,
    action: "create",
    entity: "target",
    entityId: id,
    after: created,
    reason: ctx.reason,
  });
  return created;
}

export async function updateTarget(
  db: Db,
  id: string,
  input: TargetInput,
  ctx: WriteContext,
): Promise<TargetRecord> {
  return inTransaction(db, (trx) => updateTargetIn(trx, id, input, ctx));
}

/** {@link updateTarget} inside a transaction the caller holds. */
export async function updateTargetIn(
  trx: Trx,
  id: string,
  input: TargetInput,
  ctx: WriteContext,
): Promise<TargetRecord> {
  const current = await findTarget(trx, id, true);
  if (!current) throw notFound("target", id, "id");
  await authorizeExisting(trx, ctx, "plan.write", current.unitId, () => notFound("target", id, "id"));
  const before = await planOf(trx, current.planId, "planId");
  await authorize(trx, ctx, "plan.write", before.unitId);
  const plan = input.planId === current.planId ? before : await planOf(trx, input.planId, "planId");
  const data = await toTargetData(trx, id, input, plan);
  await authorize(trx, ctx, "plan.write", plan.unitId);
  await authorize(trx, ctx, "plan.write", data.unitId);
  checkIfMatch(ctx, current.version);
  if ((before.state === "adopted" || plan.state === "adopted") && !ctx.reason)
    throw reasonRequired(`target ${id}`);
  const updated = await updateTargetRow(trx, data, current.version);
  await appendAudit(trx, {
    actor: ctx.actor,
    action: "update",
    entity: "target",
    entityId: id,
    before: current,
    after: updated,
    reason: ctx.reason,
  });
  return updated;
}

export async function deleteTarget(db: Db, id: string, ctx: WriteContext): Promise<void> {
  await inTransaction(db, async (trx) => {
    const current = await findTarget(trx, id, true);
    if (!current) throw notFound("target", id, "id");
    await authorizeExisting(trx, ctx, "plan.write", current.unitId, () => notFound("target", id, "id"));
    const plan = await planOf(trx, current.planId, "planId");
    await authorize(trx, ctx, "plan.write", plan.unitId);
    checkIfMatch(ctx, current.version);
    if (plan.state === "adopted" && !ctx.reason) throw reasonRequired(`target ${id}`);
    await deleteTargetRow(trx, id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "delete",
      entity: "target",
      entityId: id,
      before: current,
      reason: ctx.reason,
    });
  });
}
