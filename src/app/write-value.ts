/**
 * The one way a value (số liệu thực hiện) enters the store (issue 13): the form, the API, the
 * .xlsx upload, `chitieu import` and an accepted statement all come here, so that none can skip
 * a rule. Every write of a value checks, in the caller's transaction:
 *
 * - scope: the writer holds observation.write over the unit (the command line is trusted);
 * - the period lock: a unit's period that is submitted, approved or published takes no value
 *   until a reviewer returns it (src/domain/workflow.ts says which states lock);
 * - the plan a stated percent is of: one the writer may see (outside their scope it does not
 *   exist: 404), of the same unit, covering the value's period.
 *
 * A value opens a series (indicator × unit × period × stage) at revision 1, or adds the next
 * revision; nothing is overwritten. A bulk import checks the same lock for every unit-period of
 * its file at once, and is refused whole (checkBulkPeriodsOpen).
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../db/audit.ts";
import type { BulkSession } from "../db/bulk.ts";
import { findIndicator } from "../db/indicators.ts";
import { listLockedOfStaging } from "../db/observation-import.ts";
import {
  findObservation,
  findSeriesByKey,
  insertRevision,
  insertSeries,
  lockSeries,
  type ObservationRecord,
  type RevisionData,
} from "../db/observations.ts";
import type { PlanRecord } from "../db/plans.ts";
import { sourceExists } from "../db/sources.ts";
import type { ObservationStage, Qualifier, StatedPercent } from "../domain/types.ts";
import { convertible, findUnit as findUnitOfMeasure } from "../domain/units-of-measure.ts";
import { LOCKED_STATES } from "../domain/workflow.ts";
import { AppError, conflict, invalidField, notFound, unknownReference } from "./errors.ts";
import { periodBounds } from "./periods.ts";
import type { Trx } from "./transaction.ts";
import { resolveUnitForPeriod } from "./units.ts";
import { visibilityOf } from "./visibility.ts";
import { checkPeriodOpen } from "./workflow.ts";
import { authorize, checkIfMatch, etagOf, type WriteContext } from "./write-context.ts";

export interface RevisionInput {
  value: number | boolean;
  unitOfMeasure?: string | undefined;
  qualifier?: Qualifier | undefined;
  statedPercents?: StatedPercent[] | undefined;
  sourceId?: string | undefined;
  /** The sentence the value was read from (an accepted statement). */
  sourceText?: string | undefined;
  note?: string | undefined;
  /** A result given as a range ("61-62"): `value` must be its lower end. */
  range?: { lo: number; hi: number } | undefined;
  /** A result given as a word, kept verbatim beside the value it stands for. */
  word?: string | undefined;
}

export interface ObservationInput extends RevisionInput {
  id?: string | undefined;
  indicator: string;
  /** Unit code (read at the period) or id. */
  unit: string;
  period: string;
  stage: ObservationStage;
  illustrative?: boolean | undefined;
}

/** Scope and lock: what every write of a value to a unit's period checks first. */
async function checkWrite(trx: Trx, ctx: WriteContext, unitId: string, period: string): Promise<void> {
  await authorize(trx, ctx, "observation.write", unitId);
  await checkPeriodOpen(trx, unitId, period);
}

/**
 * The plan a stated percent is of: one the writer may see (else, as for a missing id, 404), of the
 * value's unit, whose period covers the value's.
 */
export async function checkPercentPlan(
  trx: Trx,
  ctx: WriteContext,
  plan: PlanRecord | undefined,
  value: { planId: string; unitId: string; period: string; field: string },
): Promise<PlanRecord> {
  const visible =
    plan !== undefined &&
    (!ctx.principal || (await visibilityOf(trx, ctx.principal).mayReadDrafts(plan.unitId)));
  if (!plan || !visible) throw notFound("plan", value.planId, value.field);
  if (plan.unitId !== value.unitId) {
    throw invalidField(value.field, `plan ${plan.id} is of unit ${plan.unitId}, not of ${value.unitId}`);
  }
  const a = periodBounds(plan.period);
  const b = periodBounds(value.period);
  if (!(a.start <= b.start && b.end <= a.end)) {
    throw invalidField(value.field, `plan ${plan.id} is for ${plan.period}, not ${value.period}`);
  }
  return plan;
}

async function toRevision(
  trx: Trx,
  indicatorCode: string,
  input: RevisionInput,
  actor: string,
): Promise<RevisionData> {
  const indicator = await findIndicator(trx, indicatorCode);
  if (!indicator) throw unknownReference("indicator", "indicator", indicatorCode);
  const isBoolean = indicator.indicator.direction === "boolean";
  if (isBoolean !== (typeof input.value === "boolean")) {
    throw invalidField(
      "value",
      isBoolean ? "this indicator is yes/no: give true or false" : "must be a number",
    );
  }
  if (input.unitOfMeasure && !findUnitOfMeasure(input.unitOfMeasure)) {
    throw unknownReference("unitOfMeasure", "unit of measure", input.unitOfMeasure);
  }
  // A value the indicator's targets cannot be compared with ("12.350 ha" as rice output in tấn)
  // would make every assessment of the unit's period fail.
  if (input.unitOfMeasure && !convertible(input.unitOfMeasure, indicator.indicator.unit)) {
    throw invalidField(
      "unitOfMeasure",
      `${input.unitOfMeasure} cannot be converted to ${indicator.indicator.unit}, the unit of indicator ${indicatorCode}`,
      "dimension",
    );
  }
  if (input.sourceId && !(await sourceExists(trx, input.sourceId))) {
    throw unknownReference("sourceId", "source", input.sourceId);
  }
  if (input.range && (input.range.lo > input.range.hi || input.range.lo !== input.value)) {
    throw invalidField("range", "a range's lower end must not be above its upper end, and equals the value");
  }
  return {
    value: input.value,
    range: input.range,
    word: input.word,
    unit: input.unitOfMeasure,
    qualifier: input.qualifier ?? "exact",
    statedPercents: input.statedPercents,
    sourceId: input.sourceId,
    sourceText: input.sourceText,
    note: input.note,
    recordedBy: actor,
  };
}

/** Opens a series at revision 1; a second one for the same key is a conflict naming the first. */
export async function openValue(
  trx: Trx,
  input: ObservationInput,
  ctx: WriteContext,
): Promise<ObservationRecord> {
  const unit = await resolveUnitForPeriod(trx, input.unit, periodBounds(input.period), "unit");
  await checkWrite(trx, ctx, unit.id, input.period);
  const revision = await toRevision(trx, input.indicator, input, ctx.actor);
  const key = { indicatorCode: input.indicator, unitId: unit.id, period: input.period, stage: input.stage };
  const existing = await findSeriesByKey(trx, key);
  if (existing) {
    throw conflict(
      `an observation of ${input.indicator} for ${unit.code} ${input.period} (${input.stage}) exists: ` +
        `correct it with a new revision of ${existing.id}`,
      { field: "indicator", existing: existing.id, etag: etagOf(existing.latest_revision) },
    );
  }
  const id = input.id ?? randomUUID();
  await insertSeries(trx, id, key, input.illustrative ?? false);
  await insertRevision(trx, id, 1, revision);
  const created = (await findObservation(trx, id))!;
  await appendAudit(trx, {
    actor: ctx.actor,
    action: "create",
    entity: "observation",
    entityId: id,
    after: { ...created.observation, unitId: created.unitId },
  });
  return created;
}

/** Adds the next revision to a series: the If-Match must name its latest revision ("*": any). */
export async function reviseValue(
  trx: Trx,
  seriesId: string,
  input: RevisionInput,
  ctx: WriteContext,
): Promise<ObservationRecord> {
  const series = await lockSeries(trx, seriesId);
  if (!series) throw notFound("observation", seriesId, "id");
  await checkWrite(trx, ctx, series.unit_id, series.period);
  checkIfMatch(ctx, series.latest_revision);
  const before = (await findObservation(trx, seriesId))!;
  const revision = await toRevision(trx, series.indicator_code, input, ctx.actor);
  await insertRevision(trx, seriesId, series.latest_revision + 1, revision);
  const after = (await findObservation(trx, seriesId))!;
  await appendAudit(trx, {
    actor: ctx.actor,
    action: "revise",
    entity: "observation",
    entityId: seriesId,
    before: { ...before.observation, unitId: before.unitId },
    after: { ...after.observation, unitId: after.unitId },
    reason: ctx.reason,
  });
  return after;
}

/** A value for a key: a new series, or the next revision of the series the key names. */
export async function writeValue(
  trx: Trx,
  input: ObservationInput,
  ctx: WriteContext,
): Promise<ObservationRecord> {
  const unit = await resolveUnitForPeriod(trx, input.unit, periodBounds(input.period), "unit");
  // Checked before the series is looked up: a locked period or a unit out of scope says so,
  // whether or not a value is there yet.
  await checkWrite(trx, ctx, unit.id, input.period);
  const existing = await findSeriesByKey(trx, {
    indicatorCode: input.indicator,
    unitId: unit.id,
    period: input.period,
    stage: input.stage,
  });
  if (!existing) return openValue(trx, { ...input, unit: unit.id }, ctx);
  return reviseValue(trx, existing.id, input, { ...ctx, ifMatch: "*" });
}

/**
 * A bulk import's period lock: every unit-period of the staged rows (src/db/observation-import.ts)
 * must be open. The workflow is locked against moves until the import commits (SHARE mode: reads
 * go on, a submit waits), so no period locks between this check and the commit. Refused whole,
 * naming each locked unit and period with the first line that touches it.
 */
export async function checkBulkPeriodsOpen(session: BulkSession, name: string): Promise<void> {
  await session.query("lock table period_workflow in share mode");
  const locked = await listLockedOfStaging(session, LOCKED_STATES);
  if (locked.length === 0) return;
  const list = locked.map((l) => `${l.unitId} ${l.period} (${l.state}, line ${l.line})`).join("; ");
  throw new AppError(
    "period_locked",
    `${name}: the file writes into locked periods, nothing was imported: ${list}; a reviewer must return them first`,
    { field: "period", locked },
  );
}
