/**
 * Use-cases on observations. Recording opens a series (indicator × unit × period × stage) at
 * revision 1; a correction adds the next revision, against the ETag of the latest one. Nothing
 * is overwritten.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../db/audit.ts";
import { findIndicator } from "../db/indicators.ts";
import {
  findObservation,
  findSeriesByKey,
  insertRevision,
  insertSeries,
  lockSeries,
  type ObservationRecord,
  type RevisionData,
} from "../db/observations.ts";
import { sourceExists } from "../db/sources.ts";
import type { ObservationStage, Qualifier, StatedPercent } from "../domain/types.ts";
import { findUnit as findUnitOfMeasure } from "../domain/units-of-measure.ts";
import { conflict, invalidField, notFound, unknownReference } from "./errors.ts";
import { periodBounds } from "./periods.ts";
import { type Db, inTransaction, type Trx } from "./transaction.ts";
import { resolveUnitForPeriod } from "./units.ts";
import { checkPeriodOpen } from "./workflow.ts";
import { authorize, checkIfMatch, etagOf, type WriteContext } from "./write-context.ts";

export interface RevisionInput {
  value: number | boolean;
  unitOfMeasure?: string | undefined;
  qualifier?: Qualifier | undefined;
  statedPercents?: StatedPercent[] | undefined;
  sourceId?: string | undefined;
  note?: string | undefined;
}

export interface ObservationInput extends RevisionInput {
  id?: string | undefined;
  indicator: string;
  unit: string;
  period: string;
  stage: ObservationStage;
  illustrative?: boolean | undefined;
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
  if (input.sourceId && !(await sourceExists(trx, input.sourceId))) {
    throw unknownReference("sourceId", "source", input.sourceId);
  }
  return {
    value: input.value,
    unit: input.unitOfMeasure,
    qualifier: input.qualifier ?? "exact",
    statedPercents: input.statedPercents,
    sourceId: input.sourceId,
    note: input.note,
    recordedBy: actor,
  };
}

/** Opens a series at revision 1; a second one for the same key is a conflict naming the first. */
export async function recordObservation(
  db: Db,
  input: ObservationInput,
  ctx: WriteContext,
): Promise<ObservationRecord> {
  return inTransaction(db, (trx) => recordObservationIn(trx, input, ctx));
}

/** {@link recordObservation} inside the caller's transaction (a form or a file of many values). */
export async function recordObservationIn(
  trx: Trx,
  input: ObservationInput,
  ctx: WriteContext,
): Promise<ObservationRecord> {
  const unit = await resolveUnitForPeriod(trx, input.unit, periodBounds(input.period), "unit");
  await authorize(trx, ctx, "observation.write", unit.id);
  await checkPeriodOpen(trx, unit.id, input.period);
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

/** Adds the next revision to a series: the If-Match must name its latest revision. */
export async function reviseObservation(
  db: Db,
  seriesId: string,
  input: RevisionInput,
  ctx: WriteContext,
): Promise<ObservationRecord> {
  return inTransaction(db, (trx) => reviseObservationIn(trx, seriesId, input, ctx));
}

/** {@link reviseObservation} inside the caller's transaction. */
export async function reviseObservationIn(
  trx: Trx,
  seriesId: string,
  input: RevisionInput,
  ctx: WriteContext,
): Promise<ObservationRecord> {
  const series = await lockSeries(trx, seriesId);
  if (!series) throw notFound("observation", seriesId, "id");
  await authorize(trx, ctx, "observation.write", series.unit_id);
  await checkPeriodOpen(trx, series.unit_id, series.period);
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
