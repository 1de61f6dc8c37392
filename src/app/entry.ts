/**
 * Data entry (nhập số liệu thực hiện): the form of a unit, plan and period, and saving what an
 * officer typed. Every value is checked before anything is written; one transaction writes them
 * all (a new observation, or a new revision where the value changed), or none.
 */
import { findIndicator } from "../db/indicators.ts";
import { findSeriesByKey, listObservations, type ObservationRecord } from "../db/observations.ts";
import {
  findPlan,
  findTarget,
  listTargets,
  type PlanRecord,
  type TargetRecord,
  toDomainTarget,
} from "../db/plans.ts";
import type { WorkflowRecord } from "../db/workflow.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import { assessTarget, type TargetAssessment } from "../domain/assess-target.ts";
import { NumberFormatError, parseNumber } from "../domain/numbers.ts";
import type { Indicator, ObservationStage, Qualifier } from "../domain/types.ts";
import { can, type Principal, unauthenticated } from "./auth/principal.ts";
import { AppError, notFound } from "./errors.ts";
import { loadPlanSheet } from "./plan-sheet.ts";
import { type Db, inTransaction, type Trx } from "./transaction.ts";
import { checkPeriodOpen, getWorkflow } from "./workflow.ts";
import { authorizeExisting, type WriteContext } from "./write-context.ts";
import { openValue, reviseValue } from "./write-value.ts";

export interface EntryRow {
  target: TargetRecord;
  indicator: Indicator;
  /** The latest revision of each stage entered for this target's indicator, unit and period. */
  latest: ObservationRecord | undefined;
  assessment: TargetAssessment;
}

export interface EntryForm {
  unit: AdminUnit;
  plan: PlanRecord;
  period: string;
  rows: EntryRow[];
  workflow: WorkflowRecord;
}

const STAGE_ORDER: Record<ObservationStage, number> = { estimate: 0, preliminary: 1, official: 2 };

/** The form of a unit's plan for a period; needs draft.read over the unit. */
export async function loadEntryForm(
  db: Db,
  who: Principal | undefined,
  query: { planId: string; period?: string | undefined },
): Promise<EntryForm> {
  const { plan, unit, period, targets, indicators } = await loadPlanSheet(db, who, query);
  const observations = await listObservations(db, {
    unitIds: [plan.unitId],
    periods: [period],
    allRevisions: true,
  });
  const rows = targets.map((target) => {
    const indicator = indicators.get(target.indicatorCode)!;
    const mine = observations.filter((o) => o.observation.indicatorCode === target.indicatorCode);
    const latest = mine
      .filter(
        (o) =>
          o.observation.revision ===
          Math.max(
            ...mine.filter((m) => m.observation.id === o.observation.id).map((m) => m.observation.revision),
          ),
      )
      .sort((a, b) => STAGE_ORDER[b.observation.stage] - STAGE_ORDER[a.observation.stage])[0];
    const assessment = assessTarget({
      target: toDomainTarget(target, plan),
      indicator,
      observations: mine.map((o) => o.observation),
    });
    return { target, indicator, latest, assessment };
  });
  return { unit, plan, period, rows, workflow: await getWorkflow(db, plan.unitId, period) };
}

/** What the assessment would be with `value` typed: the domain's rule, not the page's. */
export async function previewAssessment(
  db: Db,
  who: Principal | undefined,
  input: { targetId: string; value: string; qualifier: Qualifier; stage: ObservationStage },
): Promise<TargetAssessment | { error: string }> {
  if (!who) throw unauthenticated();
  const target = await findTarget(db, input.targetId);
  // Outside the caller's scope the target does not exist: the same 404 as a missing id.
  if (!target || !(await can(db, who, "draft.read", target.unitId)))
    throw notFound("target", input.targetId, "target");
  const plan = (await findPlan(db, target.planId))!;
  const indicator = (await findIndicator(db, target.indicatorCode))!.indicator;
  let value: number;
  try {
    value = parseNumber(input.value, "vi");
  } catch (error) {
    return { error: error instanceof NumberFormatError ? error.message : "not a number" };
  }
  return assessTarget({
    target: toDomainTarget(target, plan),
    indicator,
    observations: [
      {
        id: "preview",
        indicatorCode: target.indicatorCode,
        value,
        qualifier: input.qualifier,
        stage: input.stage,
        revision: 1,
        recordedAt: new Date().toISOString(),
      },
    ],
  });
}

export interface EntryInput {
  targetId: string;
  /** As typed: "88.800", "104,5", "1.234,5". Empty: nothing entered. */
  value: string;
  qualifier: Qualifier;
  stage: ObservationStage;
  note?: string | undefined;
}

export interface EntryError {
  field: string;
  /** For the log and the API, in English; a page words it by `reason` in its language. */
  message: string;
  reason: "unknown_target" | "not_a_number";
  /** The value as typed. */
  value: string;
}

export class EntryErrors extends AppError {
  constructor(readonly errors: EntryError[]) {
    super("invalid", errors.map((e) => `${e.field}: ${e.message}`).join("; "), {
      field: errors[0]?.field,
      issues: errors,
    });
  }
}

/**
 * Checks that the caller may enter values into the plan's unit, then every row, then writes them
 * all in one transaction; returns how many values changed.
 */
export async function saveEntries(
  db: Db,
  input: { planId: string; period: string; rows: EntryInput[] },
  ctx: WriteContext,
): Promise<number> {
  const plan = await findPlan(db, input.planId);
  const missing = () => notFound("plan", input.planId, "plan");
  if (!plan) throw missing();
  // Who may enter values is decided first, whatever the rows hold (even none): outside the
  // caller's scope the plan does not exist (404), within it observation.write is needed (403).
  await authorizeExisting(db, ctx, "observation.write", plan.unitId, missing);
  const targets = new Map((await listTargets(db, { planIds: [plan.id] })).map((t) => [t.id, t]));
  const errors: EntryError[] = [];
  const parsed: { target: TargetRecord; value: number; row: EntryInput }[] = [];
  for (const row of input.rows) {
    if (!row.value.trim()) continue;
    const target = targets.get(row.targetId);
    if (!target) {
      errors.push({
        field: `value-${row.targetId}`,
        message: "no such target in this plan",
        reason: "unknown_target",
        value: row.value,
      });
      continue;
    }
    try {
      parsed.push({ target, value: parseNumber(row.value.trim(), "vi"), row });
    } catch (error) {
      errors.push({
        field: `value-${row.targetId}`,
        message: `${JSON.stringify(row.value)} is not a number (Vietnamese style: 88.800 or 104,5)${
          error instanceof NumberFormatError ? `: ${error.message}` : ""
        }`,
        reason: "not_a_number",
        value: row.value,
      });
    }
  }
  if (errors.length > 0) throw new EntryErrors(errors);
  return inTransaction(db, (trx) =>
    writeValues(
      trx,
      plan,
      input.period,
      parsed.map(({ target, value, row }) => ({
        target,
        value,
        qualifier: row.qualifier,
        stage: row.stage,
        note: row.note,
      })),
      ctx,
    ),
  );
}

export interface ValueToWrite {
  target: TargetRecord;
  value: number | boolean;
  qualifier: Qualifier;
  stage: ObservationStage;
  note?: string | undefined;
}

/**
 * Writes checked values of a plan's period inside the caller's transaction: a new observation,
 * or a new revision where the value, qualifier or note changed. Refuses a locked period.
 * Returns how many values changed.
 */
export async function writeValues(
  trx: Trx,
  plan: PlanRecord,
  period: string,
  values: readonly ValueToWrite[],
  ctx: WriteContext,
  onProgress?: (done: number) => void,
): Promise<number> {
  await checkPeriodOpen(trx, plan.unitId, period);
  let changed = 0;
  let done = 0;
  for (const { target, value, qualifier, stage, note: rawNote } of values) {
    onProgress?.(++done);
    const key = { indicatorCode: target.indicatorCode, unitId: target.unitId, period, stage };
    const note = rawNote?.normalize("NFC").trim() || undefined;
    const series = await findSeriesByKey(trx, key);
    const revision = { value, qualifier, note };
    if (!series) {
      await openValue(
        trx,
        { ...revision, indicator: target.indicatorCode, unit: target.unitId, period, stage },
        ctx,
      );
      changed++;
      continue;
    }
    const latest = (
      await listObservations(trx, {
        unitIds: [target.unitId],
        periods: [period],
        indicatorCodes: [target.indicatorCode],
      })
    ).find((o) => o.observation.id === series.id);
    if (
      latest &&
      latest.observation.value === value &&
      latest.observation.qualifier === qualifier &&
      (latest.note ?? undefined) === note
    )
      continue;
    await reviseValue(trx, series.id, revision, { ...ctx, ifMatch: "*" });
    changed++;
  }
  return changed;
}
