/**
 * The drafted report's input from the store: a unit's plans, targets, observations and their
 * assessment for a period (assessUnit), with the roll-ups the unit's own report gave.
 */
import { listIndicators } from "../db/indicators.ts";
import { listObservations } from "../db/observations.ts";
import { listTargets, toDomainTarget } from "../db/plans.ts";
import type { ReportInput } from "../report/narrative.ts";
import type { UnitAssessment } from "./assess-unit.ts";
import { assessUnit } from "./assess-unit.ts";
import type { Db } from "./transaction.ts";
import type { Visibility } from "./visibility.ts";

export async function reportInputFromStore(
  db: Db,
  who: Visibility,
  query: { unit: string; period: string; planId?: string | undefined },
): Promise<{ input: ReportInput; assessed: UnitAssessment }> {
  const assessed = await assessUnit(db, who, query);
  const planById = new Map(assessed.plans.map((p) => [p.id, p]));
  const targets = (await listTargets(db, { planIds: [...planById.keys()] }))
    .filter((t) => t.unitId === assessed.unit.id && t.period === query.period)
    .map((t) => toDomainTarget(t, planById.get(t.planId)!));
  const observations = (
    await who.observations(
      await listObservations(db, { unitIds: [assessed.unit.id], periods: [query.period] }),
    )
  ).map((o) => o.observation);
  const codes = [
    ...new Set([...targets.map((t) => t.indicatorCode), ...observations.map((o) => o.indicatorCode)]),
  ];
  const indicators = (await listIndicators(db, codes)).map((r) => r.indicator);
  const kindOf = new Map(assessed.plans.map((p) => [p.id, p.kind]));
  return {
    assessed,
    input: {
      unitName: { vi: assessed.unit.name, en: assessed.unit.nameEn ?? assessed.unit.name },
      period: query.period,
      indicators,
      targets,
      observations,
      assessment: assessed.assessment,
      reportedRollups: assessed.reported
        .filter((r) => r.status === "met_or_exceeded" && kindOf.has(r.planId))
        .map((r) => ({ planKind: kindOf.get(r.planId)!, met: r.met, total: r.total })),
      keyProjects: [],
    },
  };
}
