/**
 * Accepting a statement of the review queue: the officer maps it to an indicator of the
 * catalogue, a unit, a period and, for each percent of a plan it states, the plan; and may change
 * the value, unit of measure, qualifier or stage (an edit is an accept with changed fields). In
 * one transaction this records:
 *
 * - the observation revision (revision 1 of a new series, or the next revision of the series for
 *   indicator × unit × period × stage), with the statement's sentence as its source text and the
 *   submitted source as its source; stage `estimate` when the statement is estimated (ước), else
 *   `official` unless the officer says otherwise;
 * - for each percent of a plan whose target for the indicator and unit is not known (no target, or
 *   one of spec `unknown`), the target the percent implies (DOMAIN.md rule 8,
 *   src/domain/implied-target.ts), marked implied, for the plan's period;
 * - the decision on the statement, and the audit entries of all three.
 *
 * A statement already accepted or rejected is a conflict (409); a mapping naming nothing is a 422
 * naming the field, and nothing is written. A statement the extractor read as a target (is_target)
 * or with no value (a roll-up, "23/24 chỉ tiêu") is not an observation: it is refused (422); a
 * target is accepted into a plan by accept-target-statement.ts, a roll-up recorded as reported by
 * record-reported-rollup.ts.
 * Only comparisons that are plain percents of a plan (no verb, no multiplier) ask for a plan;
 * "vượt 6% kế hoạch" can be mapped by hand as percent 106.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../db/audit.ts";
import { findIndicator } from "../db/indicators.ts";
import type { ObservationRecord } from "../db/observations.ts";
import {
  findPlan,
  findTarget,
  insertTarget,
  listTargets,
  type PlanRecord,
  type TargetRecord,
  updateTarget,
} from "../db/plans.ts";
import { findStatement, markAccepted, type StatementRecord } from "../db/statements.ts";
import { targetImpliedBy } from "../domain/implied-target.ts";
import type { Observation, ObservationStage, Qualifier, StatedPercent } from "../domain/types.ts";
import { findUnit as findUnitOfMeasure } from "../domain/units-of-measure.ts";
import type { Basis, Statement } from "../extract/types.ts";
import { AppError, alreadyDecided, invalidField, notFound, unknownReference } from "./errors.ts";
import { periodBounds } from "./periods.ts";
import { type Db, inTransaction, type Trx } from "./transaction.ts";
import { resolveUnitForPeriod } from "./units.ts";
import { authorize, checkIfMatch, type WriteContext } from "./write-context.ts";
import { checkPercentPlan, writeValue } from "./write-value.ts";

/** A stated percent and the plan it is of. */
export interface PercentMapping {
  percent: number;
  /** Decimals as written; by default those of `percent` ("104.5" → 1). */
  decimals?: number | undefined;
  planId: string;
}

export interface AcceptInput {
  indicator: string;
  /** Unit code (read at the period) or id. */
  unit: string;
  period: string;
  /** Default: `estimate` when the statement is estimated, else `official`. */
  stage?: ObservationStage | undefined;
  /** Default: the statement's. */
  value?: number | boolean | undefined;
  /** Default: the statement's unit, else the indicator's. */
  unitOfMeasure?: string | undefined;
  /** Default: the statement's, else `exact`. */
  qualifier?: Qualifier | undefined;
  /** The percents of a plan to keep, each with its plan; required when the statement states any. */
  percents?: PercentMapping[] | undefined;
  note?: string | undefined;
}

export interface AcceptResult {
  statement: StatementRecord;
  observation: ObservationRecord;
  /** Targets implied by the statement's percents (created, or filled in where unknown). */
  impliedTargets: TargetRecord[];
}

/** Comparisons that are percents of a plan (so với kế hoạch, dự toán, nghị quyết). */
const PLAN_BASES: ReadonlySet<Basis> = new Set([
  "plan",
  "plan_year",
  "plan_assigned",
  "budget_estimate",
  "resolution",
]);

const decimalsOf = (n: number): number => {
  const [, fraction = ""] = String(n).split(".");
  return Math.min(fraction.length, 6);
};

/** The percents of a plan a statement states: those accepting it asks a plan for. */
export function planPercentsOf(statement: Statement): number[] {
  return statement.comparisons
    .filter((c) => PLAN_BASES.has(c.basis) && c.multiplier === undefined && c.direction === undefined)
    .map((c) => c.percent);
}

interface Mapped {
  percent: StatedPercent;
  plan: PlanRecord;
}

/**
 * The plan of each percent kept: one the officer may see (else 404, as a missing id), of the
 * value's unit, covering its period (write-value.ts).
 */
async function mapPercents(
  trx: Trx,
  ctx: WriteContext,
  statement: Statement,
  percents: PercentMapping[] | undefined,
  value: { unitId: string; period: string },
): Promise<Mapped[]> {
  if (percents === undefined) {
    const stated = planPercentsOf(statement);
    if (stated.length > 0) {
      throw invalidField(
        "percents",
        `the statement gives ${stated.map((p) => `${p}%`).join(", ")} of a plan: name the plan of each ` +
          "(percents[].planId), or send [] to keep none",
      );
    }
    return [];
  }
  const mapped: Mapped[] = [];
  for (const [i, p] of percents.entries()) {
    const plan = await checkPercentPlan(trx, ctx, await findPlan(trx, p.planId), {
      planId: p.planId,
      ...value,
      field: `percents.${i}.planId`,
    });
    mapped.push({
      percent: { percent: p.percent, decimals: p.decimals ?? decimalsOf(p.percent), planKind: plan.kind },
      plan,
    });
  }
  return mapped;
}

function isEdited(
  statement: Statement,
  resolved: { value: number | boolean; unit?: string | undefined; qualifier: Qualifier },
  percents: Mapped[],
): boolean {
  const stated = planPercentsOf(statement).sort((a, b) => a - b);
  const kept = percents.map((m) => m.percent.percent).sort((a, b) => a - b);
  return (
    resolved.value !== statement.value ||
    (resolved.unit ?? null) !== statement.unit ||
    resolved.qualifier !== (statement.qualifier ?? "exact") ||
    stated.length !== kept.length ||
    stated.some((p, i) => p !== kept[i])
  );
}

/** The implied target for one mapped percent, where the plan's target is not known. */
async function fillImpliedTarget(
  trx: Trx,
  m: Mapped,
  observation: Observation,
  ctx: {
    unitId: string;
    unitOfMeasure: string | undefined;
    sourceId: string;
    statementId: string;
    actor: string;
    write: WriteContext;
  },
): Promise<TargetRecord | undefined> {
  const implied = targetImpliedBy({ ...observation, statedPercents: [m.percent] }, m.percent.planKind);
  if (!implied) return undefined;
  const existing = (await listTargets(trx, { planIds: [m.plan.id], unitIds: [ctx.unitId] })).filter(
    (t) =>
      t.indicatorCode === observation.indicatorCode &&
      (t.period === m.plan.period || t.period === observation.period),
  );
  const reason = `implied by statement ${ctx.statementId}: ${m.percent.percent}% of plan ${m.plan.id}`;
  const candidate = existing.find((t) => t.spec.kind === "unknown");
  if (existing.length === 0 || (candidate && existing.every((t) => t.spec.kind === "unknown"))) {
    // Recording or filling in a target is a planner's write, whoever accepts the figure.
    await authorize(trx, ctx.write, "plan.write", ctx.unitId);
  }
  if (existing.length === 0) {
    const created = await insertTarget(trx, {
      id: randomUUID(),
      planId: m.plan.id,
      indicatorCode: observation.indicatorCode,
      unitId: ctx.unitId,
      period: m.plan.period,
      unit: ctx.unitOfMeasure,
      spec: implied.spec,
      implied: implied.implied,
      sourceId: ctx.sourceId,
      illustrative: m.plan.illustrative,
    });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "create",
      entity: "target",
      entityId: created.id,
      after: created,
      reason,
    });
    return created;
  }
  if (!candidate || existing.some((t) => t.spec.kind !== "unknown")) return undefined;
  const unknown = (await findTarget(trx, candidate.id, true))!;
  const { version, updatedAt: _u, ...data } = unknown;
  const updated = await updateTarget(
    trx,
    {
      ...data,
      unit: data.unit ?? ctx.unitOfMeasure,
      spec: implied.spec,
      implied: implied.implied,
      sourceId: ctx.sourceId,
    },
    version,
  );
  await appendAudit(trx, {
    actor: ctx.actor,
    action: "update",
    entity: "target",
    entityId: updated.id,
    before: unknown,
    after: updated,
    reason,
  });
  return updated;
}

/**
 * The statement to decide, locked: 404 when there is none, 409 when it was decided already, 412
 * or 428 when the If-Match does not name its version. Shared by every way of accepting one.
 */
export async function pendingStatement(trx: Trx, id: string, ctx: WriteContext): Promise<StatementRecord> {
  const current = await findStatement(trx, id, true);
  if (!current) throw notFound("statement", id, "id");
  if (current.status !== "pending") throw alreadyDecided(current.id, current.status, current.observationId);
  checkIfMatch(ctx, current.version);
  return current;
}

export async function acceptStatement(
  db: Db,
  id: string,
  input: AcceptInput,
  ctx: WriteContext,
): Promise<AcceptResult> {
  return inTransaction(db, async (trx) => {
    const current = await pendingStatement(trx, id, ctx);
    const extracted = current.extracted;
    if (extracted.is_target) {
      throw new AppError(
        "is_target",
        "the statement states a target, not a result: accept it into a plan as a target, or reject it here",
        { field: "extracted.is_target" },
      );
    }

    const indicator = await findIndicator(trx, input.indicator);
    if (!indicator) throw unknownReference("indicator", "indicator", input.indicator);
    const unit = await resolveUnitForPeriod(trx, input.unit, periodBounds(input.period), "unit");
    await authorize(trx, ctx, "observation.write", unit.id);
    const value = input.value ?? extracted.value;
    if (value === null) {
      throw invalidField(
        "value",
        "the statement states no value (a roll-up?): give one, or reject the statement",
      );
    }
    const isBoolean = indicator.indicator.direction === "boolean";
    if (isBoolean !== (typeof value === "boolean")) {
      throw invalidField(
        "value",
        isBoolean ? "this indicator is yes/no: give true or false" : "must be a number",
      );
    }
    const unitOfMeasure = input.unitOfMeasure ?? extracted.unit ?? undefined;
    if (unitOfMeasure !== undefined && !findUnitOfMeasure(unitOfMeasure)) {
      throw unknownReference("unitOfMeasure", "unit of measure", unitOfMeasure);
    }
    const qualifier: Qualifier = input.qualifier ?? extracted.qualifier ?? "exact";
    const percents = await mapPercents(trx, ctx, extracted, input.percents, {
      unitId: unit.id,
      period: input.period,
    });
    const stage: ObservationStage = input.stage ?? (extracted.estimated ? "estimate" : "official");

    // The one write path of a value: scope, the period lock, then the series' next revision.
    const observation = await writeValue(
      trx,
      {
        indicator: indicator.indicator.code,
        unit: unit.id,
        period: input.period,
        stage,
        value,
        unitOfMeasure,
        qualifier,
        statedPercents: percents.map((m) => m.percent),
        sourceId: current.sourceId,
        sourceText: current.sentence.text,
        note: input.note,
      },
      { ...ctx, reason: "accepted from the review queue" },
    );

    const impliedTargets: TargetRecord[] = [];
    for (const m of percents) {
      const target = await fillImpliedTarget(trx, m, observation.observation, {
        unitId: unit.id,
        unitOfMeasure,
        sourceId: current.sourceId,
        statementId: id,
        actor: ctx.actor,
        write: ctx,
      });
      if (target) impliedTargets.push(target);
    }

    const edited = isEdited(extracted, { value, unit: unitOfMeasure, qualifier }, percents);
    const mapping = {
      indicator: indicator.indicator.code,
      unitId: unit.id,
      period: input.period,
      stage,
      value,
      ...(unitOfMeasure !== undefined ? { unitOfMeasure } : {}),
      qualifier,
      percents: percents.map((m) => ({ ...m.percent, planId: m.plan.id })),
      ...(input.note ? { note: input.note } : {}),
    };
    const accepted = await markAccepted(trx, id, current.version, {
      mapping,
      edited,
      observationId: observation.observation.id,
      observationRevision: observation.observation.revision,
      targetIds: impliedTargets.map((t) => t.id),
      decidedBy: ctx.actor,
    });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "accept",
      entity: "statement",
      entityId: id,
      before: { status: current.status, extracted },
      after: {
        status: accepted.status,
        edited,
        mapping,
        observationId: accepted.observationId,
        observationRevision: accepted.observationRevision,
        targetIds: accepted.targetIds,
      },
      reason: ctx.reason,
    });
    return { statement: accepted, observation, impliedTargets };
  });
}
