/** Use-cases on key projects and programmes (milestones are written with their project). */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../db/audit.ts";
import { findIndicator } from "../db/indicators.ts";
import { listPlans, type PlanRecord } from "../db/plans.ts";
import {
  deleteProject as deleteRow,
  findProject,
  insertProject,
  type KeyProjectData,
  type KeyProjectRecord,
  listProjects,
  updateProject as updateRow,
} from "../db/projects.ts";
import { sourceExists } from "../db/sources.ts";
import { findUnitsByIds } from "../db/units.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import type { Principal } from "./auth/principal.ts";
import { can } from "./auth/principal.ts";
import { conflict, notFound, unknownReference } from "./errors.ts";
import { periodBounds } from "./periods.ts";
import { type Db, inTransaction, type Trx } from "./transaction.ts";
import { resolveUnit, resolveUnitForPeriod, unitIdsInScope } from "./units.ts";
import { visibilityOf } from "./visibility.ts";
import { authorize, checkIfMatch, type WriteContext } from "./write-context.ts";

export type KeyProjectInput = Omit<KeyProjectData, "id" | "unitId" | "illustrative"> & {
  id?: string | undefined;
  /** Unit code (read at the term's start, or today without a term) or id. */
  unit: string;
  illustrative?: boolean | undefined;
};

async function toData(trx: Trx, id: string, input: KeyProjectInput): Promise<KeyProjectData> {
  const unit = input.term
    ? await resolveUnitForPeriod(trx, input.unit, periodBounds(input.term), "unit")
    : await resolveUnit(trx, input.unit, new Date().toISOString().slice(0, 10), "unit");
  for (const [i, code] of input.indicatorCodes.entries()) {
    if (!(await findIndicator(trx, code))) throw unknownReference(`indicatorCodes.${i}`, "indicator", code);
  }
  if (input.sourceId && !(await sourceExists(trx, input.sourceId))) {
    throw unknownReference("sourceId", "source", input.sourceId);
  }
  const { unit: _unit, ...rest } = input;
  return { ...rest, id, unitId: unit.id, illustrative: input.illustrative ?? false };
}

export async function createProject(
  db: Db,
  input: KeyProjectInput,
  ctx: WriteContext,
): Promise<KeyProjectRecord> {
  return inTransaction(db, async (trx) => {
    const id = input.id ?? randomUUID();
    const data = await toData(trx, id, input);
    await authorize(trx, ctx, "plan.write", data.unitId);
    if (await findProject(trx, id)) throw conflict(`key project ${id} already exists`, { field: "id" });
    const created = await insertProject(trx, data);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "create",
      entity: "key_project",
      entityId: id,
      after: created,
    });
    return created;
  });
}

export async function updateProject(
  db: Db,
  id: string,
  input: KeyProjectInput,
  ctx: WriteContext,
): Promise<KeyProjectRecord> {
  return inTransaction(db, async (trx) => {
    const current = await findProject(trx, id, true);
    if (!current) throw notFound("key project", id, "id");
    await authorize(trx, ctx, "plan.write", current.unitId);
    const data = await toData(trx, id, input);
    await authorize(trx, ctx, "plan.write", data.unitId);
    checkIfMatch(ctx, current.version);
    const updated = await updateRow(trx, data, current.version);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "update",
      entity: "key_project",
      entityId: id,
      before: current,
      after: updated,
      reason: ctx.reason,
    });
    return updated;
  });
}

export async function deleteProject(db: Db, id: string, ctx: WriteContext): Promise<void> {
  await inTransaction(db, async (trx) => {
    const current = await findProject(trx, id, true);
    if (!current) throw notFound("key project", id, "id");
    await authorize(trx, ctx, "plan.write", current.unitId);
    checkIfMatch(ctx, current.version);
    await deleteRow(trx, id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "delete",
      entity: "key_project",
      entityId: id,
      before: current,
      reason: ctx.reason,
    });
  });
}

/** The key projects and programmes of the caller's units (those whose drafts they may read), each with its unit. */
export async function projectsInScope(
  db: Db,
  who: Principal,
): Promise<{ project: KeyProjectRecord; unit: AdminUnit | undefined }[]> {
  const scope = await unitIdsInScope(db, who);
  const projects = scope === "all" ? await listProjects(db) : await listProjects(db, { unitIds: scope });
  const units = new Map(
    (await findUnitsByIds(db, [...new Set(projects.map((p) => p.unitId))])).map((u) => [u.id, u]),
  );
  return projects.map((project) => ({ project, unit: units.get(project.unitId) }));
}

/** One key project of the caller's units; outside them it does not exist (404, as a missing id). */
export async function projectInScope(db: Db, who: Principal, id: string): Promise<KeyProjectRecord> {
  const found = await findProject(db, id);
  if (!found || !(await can(db, who, "draft.read", found.unitId))) throw notFound("key project", id, "id");
  return found;
}

export interface ProjectToEdit {
  project: KeyProjectRecord;
  unit: AdminUnit;
  /** The plans of its unit the caller may see (within its term, when it has one). */
  plans: PlanRecord[];
}

/** A key project of the caller's units, with its unit and the plans it serves. */
export async function projectToEdit(db: Db, who: Principal, id: string): Promise<ProjectToEdit> {
  const project = await projectInScope(db, who, id);
  const [unit] = await findUnitsByIds(db, [project.unitId]);
  const term = project.term ? periodBounds(project.term) : undefined;
  const plans = (
    await visibilityOf(db, who).plans(await listPlans(db, { unitIds: [project.unitId] }))
  ).filter((p) => {
    if (!term) return true;
    const b = periodBounds(p.period);
    return b.start <= term.end && b.end >= term.start;
  });
  return { project, unit: unit!, plans };
}
