/**
 * The units under a parent (the communes of a province) assessed for one period in a few queries:
 * what the commune map and the commune bar chart show. Every status and roll-up comes from
 * src/domain's assessPlan; the share met from its shareMetOfWithData, as on the scorecards.
 */
import { listIndicators } from "../db/indicators.ts";
import { listObservations } from "../db/observations.ts";
import { listPlans, listTargets, toDomainTarget } from "../db/plans.ts";
import { findUnitByCode, listUnits } from "../db/units.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import { assessPlan, type PlanAssessment } from "../domain/assess-plan.ts";
import { shareMetOfWithData } from "../domain/roll-up.ts";
import type { Indicator } from "../domain/types.ts";
import { unknownReference } from "./errors.ts";
import type { Db } from "./transaction.ts";
import type { Visibility } from "./visibility.ts";

export interface AreaUnit {
  unit: AdminUnit;
  /** Null when the unit has no plan for the period. */
  assessment: PlanAssessment | null;
  /** Percent of its targets with data that are met or exceeded; null when none has data. */
  shareMet: number | null;
  /** Some of its figures are illustrative, not real. */
  illustrative: boolean;
}

export interface AreaAssessment {
  parent: AdminUnit;
  period: string;
  units: AreaUnit[];
  indicators: Indicator[];
  illustrative: boolean;
}

export async function assessArea(
  db: Db,
  who: Visibility,
  query: { parent: string; at: string; period: string },
): Promise<AreaAssessment> {
  const parent = await findUnitByCode(db, query.parent, query.at);
  if (!parent) throw unknownReference("parent", `unit valid at ${query.at} with code`, query.parent);
  const children = await listUnits(db, { at: query.at, parentId: parent.id });
  const unitIds = children.map((u) => u.id);
  const plans = await who.plans(await listPlans(db, { unitIds, period: query.period }));
  const planById = new Map(plans.map((p) => [p.id, p]));
  const targets = await listTargets(db, { planIds: [...planById.keys()] });
  const records = await who.observations(
    await listObservations(db, { unitIds, periods: [query.period], allRevisions: true }),
  );
  const codes = [...new Set(targets.map((t) => t.indicatorCode))];
  const indicators = (await listIndicators(db, codes)).map((r) => r.indicator);

  const units = children.map((unit): AreaUnit => {
    const own = targets.filter((t) => t.unitId === unit.id && t.period === query.period);
    const illustrative =
      own.some((t) => t.illustrative) || plans.some((p) => p.unitId === unit.id && p.illustrative);
    if (own.length === 0) return { unit, assessment: null, shareMet: null, illustrative };
    const assessment = assessPlan({
      indicators,
      targets: own.map((t) => toDomainTarget(t, planById.get(t.planId)!)),
      observations: records.filter((r) => r.unitId === unit.id).map((r) => r.observation),
      period: query.period,
    });
    return { unit, assessment, shareMet: shareMetOfWithData(assessment.rollup), illustrative };
  });
  return {
    parent,
    period: query.period,
    units,
    indicators,
    illustrative: units.some((u) => u.illustrative),
  };
}
