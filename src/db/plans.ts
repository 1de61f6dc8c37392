/** Plans (nghị quyết, kế hoạch, chỉ tiêu giao, dự toán) and their targets. */
import type { Selectable } from "kysely";
import type {
  ImpliedFrom,
  PlanForm,
  PlanKind,
  Status,
  Target,
  TargetForm,
  TargetSpec,
} from "../domain/types.ts";
import type { Db, PlansTable, TargetsTable } from "./schema.ts";

export type PlanState = "draft" | "adopted";

export interface PlanData {
  id: string;
  kind: PlanKind;
  unitId: string;
  period: string;
  title: string;
  issuer?: string | undefined;
  number?: string | undefined;
  date?: string | undefined;
  state: PlanState;
  nearlyMetThreshold?: number | undefined;
  sourceId?: string | undefined;
  illustrative: boolean;
  /** Nearly-met rule, "khoảng" tolerance, base year, list completeness (0009). */
  form?: PlanForm | undefined;
}

/** A JSON column of forms: null when empty, so that old rows and new read alike. */
function formColumn(form: object | undefined): string | null {
  return form && Object.keys(form).length > 0 ? JSON.stringify(form) : null;
}

export interface PlanRecord extends PlanData {
  version: number;
  updatedAt: string;
}

function toPlan(row: Selectable<PlansTable>): PlanRecord {
  return {
    id: row.id,
    kind: row.kind as PlanKind,
    unitId: row.unit_id,
    period: row.period,
    title: row.title,
    ...(row.issuer ? { issuer: row.issuer } : {}),
    ...(row.number ? { number: row.number } : {}),
    ...(row.date ? { date: row.date } : {}),
    state: row.state as PlanState,
    ...(row.nearly_met_threshold !== null ? { nearlyMetThreshold: row.nearly_met_threshold } : {}),
    ...(row.source_id ? { sourceId: row.source_id } : {}),
    illustrative: row.illustrative,
    ...(row.form ? { form: row.form as PlanForm } : {}),
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function planColumns(p: PlanData) {
  return {
    kind: p.kind,
    unit_id: p.unitId,
    period: p.period,
    title: p.title.normalize("NFC"),
    issuer: p.issuer ?? null,
    number: p.number ?? null,
    date: p.date ?? null,
    state: p.state,
    nearly_met_threshold: p.nearlyMetThreshold ?? null,
    source_id: p.sourceId ?? null,
    illustrative: p.illustrative,
    form: formColumn(p.form),
  };
}

export async function findPlan(db: Db, id: string, forUpdate = false): Promise<PlanRecord | undefined> {
  let q = db.selectFrom("plans").selectAll().where("id", "=", id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && toPlan(row);
}

export async function listPlans(
  db: Db,
  filter: { unitIds?: string[]; period?: string; kind?: PlanKind } = {},
) {
  let q = db.selectFrom("plans").selectAll();
  if (filter.unitIds) {
    if (filter.unitIds.length === 0) return [];
    q = q.where("unit_id", "in", filter.unitIds);
  }
  if (filter.period) q = q.where("period", "=", filter.period);
  if (filter.kind) q = q.where("kind", "=", filter.kind);
  return (await q.orderBy("period").orderBy("id").execute()).map(toPlan);
}

export async function insertPlan(db: Db, plan: PlanData): Promise<PlanRecord> {
  const row = await db
    .insertInto("plans")
    .values({ id: plan.id, ...planColumns(plan) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPlan(row);
}

export async function updatePlan(db: Db, plan: PlanData, version: number): Promise<PlanRecord> {
  const row = await db
    .updateTable("plans")
    .set({ ...planColumns(plan), version: version + 1, updated_at: new Date().toISOString() })
    .where("id", "=", plan.id)
    .where("version", "=", version)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPlan(row);
}

export async function deletePlan(db: Db, id: string): Promise<void> {
  await db.deleteFrom("plans").where("id", "=", id).execute();
}

// ---------------------------------------------------------------------------------------------

export interface TargetData {
  id: string;
  planId: string;
  indicatorCode: string;
  unitId: string;
  period: string;
  /** Unit of measure of the spec, when not the indicator's. */
  unit?: string | undefined;
  spec: TargetSpec;
  implied?: ImpliedFrom | undefined;
  officialLabel?: Status | undefined;
  position?: number | undefined;
  sourceId?: string | undefined;
  illustrative: boolean;
  /** Horizon, composite, amendment, label word… (0009). */
  form?: TargetForm | undefined;
  /** Cơ quan chủ trì: the department or locality the target is assigned to (0013). */
  responsibleAgency?: string | undefined;
  /** Where the target is written: "Nghị quyết số 12/NQ-HĐND, mục II.1" (0013). */
  provenance?: string | undefined;
  /** Ghi chú (0013). */
  notes?: string | undefined;
}

export interface TargetRecord extends TargetData {
  version: number;
  updatedAt: string;
}

function toTargetRecord(row: Selectable<TargetsTable>): TargetRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    indicatorCode: row.indicator_code,
    unitId: row.unit_id,
    period: row.period,
    ...(row.unit ? { unit: row.unit } : {}),
    spec: row.spec as TargetSpec,
    ...(row.implied ? { implied: row.implied as ImpliedFrom } : {}),
    ...(row.official_label ? { officialLabel: row.official_label as Status } : {}),
    position: row.position,
    ...(row.source_id ? { sourceId: row.source_id } : {}),
    illustrative: row.illustrative,
    ...(row.form ? { form: row.form as TargetForm } : {}),
    ...(row.responsible_agency ? { responsibleAgency: row.responsible_agency } : {}),
    ...(row.provenance ? { provenance: row.provenance } : {}),
    ...(row.notes ? { notes: row.notes } : {}),
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function targetColumns(t: TargetData) {
  return {
    plan_id: t.planId,
    indicator_code: t.indicatorCode,
    unit_id: t.unitId,
    period: t.period,
    unit: t.unit ?? null,
    spec: JSON.stringify(t.spec),
    implied: t.implied ? JSON.stringify(t.implied) : null,
    official_label: t.officialLabel ?? null,
    position: t.position ?? 0,
    source_id: t.sourceId ?? null,
    illustrative: t.illustrative,
    form: formColumn(t.form),
    responsible_agency: t.responsibleAgency?.normalize("NFC") || null,
    provenance: t.provenance?.normalize("NFC") || null,
    notes: t.notes?.normalize("NFC") || null,
  };
}

/** The domain's view of a stored target, given its plan. */
export function toDomainTarget(record: TargetRecord, plan: PlanRecord): Target {
  return {
    id: record.id,
    indicatorCode: record.indicatorCode,
    planKind: plan.kind,
    ...(record.unit ? { unit: record.unit } : {}),
    spec: record.spec,
    ...(record.implied ? { implied: record.implied } : {}),
    ...(record.officialLabel ? { officialLabel: record.officialLabel } : {}),
    ...(plan.nearlyMetThreshold !== undefined ? { nearlyMetThreshold: plan.nearlyMetThreshold } : {}),
    // The plan's settings first, the target's own over them.
    ...(plan.form?.nearlyMet ? { nearlyMet: plan.form.nearlyMet } : {}),
    ...(plan.form?.aboutTolerance !== undefined ? { aboutTolerance: plan.form.aboutTolerance } : {}),
    ...(plan.form?.baseYear !== undefined ? { baseYear: plan.form.baseYear } : {}),
    ...(record.form ?? {}),
  };
}

export async function findTarget(db: Db, id: string, forUpdate = false): Promise<TargetRecord | undefined> {
  let q = db.selectFrom("targets").selectAll().where("id", "=", id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && toTargetRecord(row);
}

export async function listTargets(
  db: Db,
  filter: { planIds?: string[]; unitIds?: string[]; period?: string } = {},
): Promise<TargetRecord[]> {
  let q = db.selectFrom("targets").selectAll();
  if (filter.planIds) {
    if (filter.planIds.length === 0) return [];
    q = q.where("plan_id", "in", filter.planIds);
  }
  if (filter.unitIds) {
    if (filter.unitIds.length === 0) return [];
    q = q.where("unit_id", "in", filter.unitIds);
  }
  if (filter.period) q = q.where("period", "=", filter.period);
  return (await q.orderBy("position").orderBy("plan_id").orderBy("id").execute()).map(toTargetRecord);
}

export async function insertTarget(db: Db, target: TargetData): Promise<TargetRecord> {
  const row = await db
    .insertInto("targets")
    .values({ id: target.id, ...targetColumns(target) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toTargetRecord(row);
}

export async function updateTarget(db: Db, target: TargetData, version: number): Promise<TargetRecord> {
  const row = await db
    .updateTable("targets")
    .set({ ...targetColumns(target), version: version + 1, updated_at: new Date().toISOString() })
    .where("id", "=", target.id)
    .where("version", "=", version)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toTargetRecord(row);
}

export async function deleteTarget(db: Db, id: string): Promise<void> {
  await db.deleteFrom("targets").where("id", "=", id).execute();
}
