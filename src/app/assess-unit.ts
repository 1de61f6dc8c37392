/**
 * The assessment of a unit's targets for a period, from what the store holds: its plans, their
 * targets, the observations (every revision) and, for a term, the base year's values. Every
 * percent and status comes from src/domain's assessPlan; this only gathers its input.
 */
import { listIndicators } from "../db/indicators.ts";
import { listObservations, type ObservationRecord } from "../db/observations.ts";
import { listPlans, listTargets, type PlanRecord, toDomainTarget } from "../db/plans.ts";
import { listReportedRollups, type ReportedRollup } from "../db/sources.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import { assessPlan, type PlanAssessment } from "../domain/assess-plan.ts";
import { chooseObservation } from "../domain/assess-target.ts";
import { parsePeriod, periodBounds, termYears } from "../domain/periods.ts";
import type { Indicator, Target } from "../domain/types.ts";
import { unknownReference } from "./errors.ts";
import type { Db } from "./transaction.ts";
import { resolveUnitForPeriod } from "./units.ts";
import type { Visibility } from "./visibility.ts";

export interface AssessUnitQuery {
  /** Unit code (read at the period) or id. */
  unit: string;
  period: string;
  planId?: string | undefined;
  /** Date of a mid-term review; defaults to the period's end. */
  at?: string | undefined;
}

export interface UnitAssessment {
  unit: AdminUnit;
  plans: PlanRecord[];
  assessment: PlanAssessment;
  /** Roll-ups as the sources stated them ("23/24"), beside the computed ones. */
  reported: ReportedRollup[];
  /** What the assessment read: the indicators, the targets and the observations (every revision). */
  indicators: Indicator[];
  targets: Target[];
  records: ObservationRecord[];
}

/** What `who` may see of it: draft plans and unpublished values only within their scope. */
export async function assessUnit(db: Db, who: Visibility, query: AssessUnitQuery): Promise<UnitAssessment> {
  const period = parsePeriod(query.period);
  const unit = await resolveUnitForPeriod(db, query.unit, periodBounds(period), "unit");
  let plans = await who.plans(await listPlans(db, { unitIds: [unit.id], period: query.period }));
  if (query.planId) {
    plans = plans.filter((p) => p.id === query.planId);
    if (plans.length === 0)
      throw unknownReference("plan", `plan of ${unit.code} for ${query.period}`, query.planId);
  }
  const planById = new Map(plans.map((p) => [p.id, p]));
  const targets = (await listTargets(db, { planIds: [...planById.keys()] }))
    .filter((t) => t.unitId === unit.id && t.period === query.period)
    .map((t) => toDomainTarget(t, planById.get(t.planId)!));

  const base = period.kind === "term" ? String(termYears(period).base) : undefined;
  const yearsOfTerm = period.kind === "term" ? termYears(period).years.map(String) : [];
  const records = await who.observations(
    await listObservations(db, {
      unitIds: [unit.id],
      periods: [query.period, ...yearsOfTerm, ...(base ? [base] : [])],
      allRevisions: true,
    }),
  );
  const observations = records.map((o) => o.observation);

  const baseValues: Record<string, number> = {};
  if (base) {
    const ofBase = observations.filter((o) => o.period === base);
    for (const code of new Set(ofBase.map((o) => o.indicatorCode))) {
      const chosen = chooseObservation(ofBase.filter((o) => o.indicatorCode === code));
      if (typeof chosen?.value === "number") baseValues[code] = chosen.value;
    }
  }
  const inPeriod = observations.filter((o) => o.period !== base);
  const codes = [
    ...new Set([...targets.map((t) => t.indicatorCode), ...inPeriod.map((o) => o.indicatorCode)]),
  ];
  const indicators = (await listIndicators(db, codes)).map((r) => r.indicator);

  const assessment = assessPlan({
    indicators,
    targets,
    observations: inPeriod,
    period: query.period,
    ...(query.at ? { at: query.at } : {}),
    baseValues,
  });
  return {
    unit,
    plans,
    assessment,
    reported: await listReportedRollups(db, [...planById.keys()]),
    indicators,
    targets,
    records,
  };
}
