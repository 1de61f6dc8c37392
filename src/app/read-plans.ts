/**
 * Reading plans and targets as a caller may see them (visibility.ts): a draft plan and its
 * targets exist only within the caller's scope; outside it they are 404, as a missing id.
 */
import {
  findPlan,
  findTarget,
  listPlans,
  listTargets,
  type PlanRecord,
  type TargetRecord,
} from "../db/plans.ts";
import { findUnitsByIds } from "../db/units.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import type { Principal } from "./auth/principal.ts";
import { notFound } from "./errors.ts";
import type { Db } from "./transaction.ts";
import { unitIdsFor, unitIdsInScope } from "./units.ts";
import type { Visibility } from "./visibility.ts";

export async function readPlans(
  db: Db,
  who: Visibility,
  filter: { unit?: string | undefined; period?: string | undefined },
): Promise<PlanRecord[]> {
  const unitIds = filter.unit ? await unitIdsFor(db, filter.unit, filter.period, "unit") : undefined;
  const plans = await listPlans(db, {
    ...(unitIds ? { unitIds } : {}),
    ...(filter.period ? { period: filter.period } : {}),
  });
  return who.plans(plans);
}

/** A plan with its targets. */
export async function readPlan(
  db: Db,
  who: Visibility,
  id: string,
): Promise<{ plan: PlanRecord; targets: TargetRecord[] }> {
  const plan = await findPlan(db, id);
  if (!plan || !(await who.isPlanVisible(plan))) throw notFound("plan", id, "id");
  return { plan, targets: await listTargets(db, { planIds: [id] }) };
}

/** The targets of visible plans. */
export async function readTargets(
  db: Db,
  who: Visibility,
  filter: { planId?: string | undefined; period?: string | undefined },
): Promise<TargetRecord[]> {
  const targets = await listTargets(db, {
    ...(filter.planId ? { planIds: [filter.planId] } : {}),
    ...(filter.period ? { period: filter.period } : {}),
  });
  const plans = new Map<string, PlanRecord | undefined>();
  for (const planId of new Set(targets.map((t) => t.planId))) plans.set(planId, await findPlan(db, planId));
  return who.targets(targets, (planId) => plans.get(planId));
}

export async function readTarget(db: Db, who: Visibility, id: string): Promise<TargetRecord> {
  const target = await findTarget(db, id);
  const plan = target && (await findPlan(db, target.planId));
  if (!target || !plan || !(await who.isPlanVisible(plan))) throw notFound("target", id, "id");
  return target;
}

/**
 * The plans of the caller's units (those whose drafts they may read, and the units under them),
 * each with its unit: the workspace's home. What the caller may do with each is still the
 * use-case's that does it.
 */
export async function plansInScope(
  db: Db,
  who: Principal,
): Promise<{ plan: PlanRecord; unit: AdminUnit | undefined }[]> {
  const scope = await unitIdsInScope(db, who);
  const plans = await listPlans(db, scope === "all" ? {} : { unitIds: scope });
  const units = new Map(
    (await findUnitsByIds(db, [...new Set(plans.map((p) => p.unitId))])).map((u) => [u.id, u]),
  );
  return plans.map((plan) => ({ plan, unit: units.get(plan.unitId) }));
}
