/**
 * A plan sheet the caller may see: one plan of a unit, the period asked for, the plan's targets of
 * that unit and their indicators. The one place that loads a plan by the id a caller gave and
 * decides whether the caller may see it: the entry form, the Excel template and its upload, and
 * the drafted report all start here.
 */
import { listIndicators } from "../db/indicators.ts";
import { findPlan, listTargets, type PlanRecord, type TargetRecord } from "../db/plans.ts";
import { findUnitById } from "../db/units.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import type { Indicator } from "../domain/types.ts";
import { can, forbidden, type Permission, type Principal, unauthenticated } from "./auth/principal.ts";
import { invalidField, notFound } from "./errors.ts";
import { isPeriod, PERIOD_HINT } from "./periods.ts";
import type { Db } from "./transaction.ts";

export interface PlanSheet {
  plan: PlanRecord;
  unit: AdminUnit;
  /** The period asked for, or the plan's own. */
  period: string;
  /** The plan's targets of its own unit, in the plan's order. */
  targets: TargetRecord[];
  /** The indicator of each target, by code. */
  indicators: Map<string, Indicator>;
}

/**
 * Who asks: a signed-in user, or the operator at the command line (trusted, as a
 * {@link WriteContext} without a principal is).
 */
export type SheetCaller = Principal | "operator" | undefined;

/**
 * The sheet of plan `planId` for `period`. Outside the caller's scope (no draft.read over the
 * plan's unit) the plan does not exist: the same 404 as a missing id. Within it, `permission`
 * (draft.read by default; observation.write for an upload) is needed, or 403. A period that is
 * not a period code is the caller's error, named (it comes from a URL or a file).
 */
export async function loadPlanSheet(
  db: Db,
  who: SheetCaller,
  query: { planId: string; period?: string | undefined },
  permission: Permission = "draft.read",
): Promise<PlanSheet> {
  if (!who) throw unauthenticated();
  const plan = await findPlan(db, query.planId);
  if (!plan) throw notFound("plan", query.planId, "plan");
  if (who !== "operator") {
    if (!(await can(db, who, "draft.read", plan.unitId))) throw notFound("plan", query.planId, "plan");
    if (permission !== "draft.read" && !(await can(db, who, permission, plan.unitId)))
      throw forbidden(permission, plan.unitId);
  }
  const period = query.period ?? plan.period;
  if (!isPeriod(period)) throw invalidField("period", `expected ${PERIOD_HINT}`);
  const unit = (await findUnitById(db, plan.unitId))!;
  const targets = (await listTargets(db, { planIds: [plan.id] })).filter((t) => t.unitId === plan.unitId);
  const indicators = new Map(
    (await listIndicators(db, [...new Set(targets.map((t) => t.indicatorCode))])).map((i) => [
      i.indicator.code,
      i.indicator,
    ]),
  );
  return { plan, unit, period, targets, indicators };
}

/**
 * The plan's sheet for its own page: anyone who may read the plan's drafts sees it (an officer
 * reads the targets it enters results against); `mayWrite` says whether its tasks (add, paste,
 * adopt…) are the caller's to do.
 */
export async function readPlanSheet(
  db: Db,
  who: Principal,
  planId: string,
): Promise<{ sheet: PlanSheet; mayWrite: boolean }> {
  const sheet = await loadPlanSheet(db, who, { planId });
  return { sheet, mayWrite: await can(db, who, "plan.write", sheet.plan.unitId) };
}
