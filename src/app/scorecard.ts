/**
 * Scorecards (bảng tổng hợp): for one year, each unit of a scope with its targets met or
 * exceeded over those with data, the "23/24" of a report. The national scorecard lists the
 * provinces; a unit's lists its children (a province's communes). Read set-based (three queries
 * whatever the number of units), then every unit goes through src/domain's assessPlan, as its
 * own page would: no status is decided in SQL.
 */
import { listIndicators } from "../db/indicators.ts";
import {
  listScopeObservations,
  listScopeTargets,
  type ScorecardObservation,
  type ScorecardScope,
  type ScorecardTarget,
  type ScorecardUnitRow,
} from "../db/scorecard.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import { assessPlan } from "../domain/assess-plan.ts";
import { parsePeriod, periodBounds } from "../domain/periods.ts";
import type { Status } from "../domain/types.ts";
import { invalidField } from "./errors.ts";
import type { Db } from "./transaction.ts";
import { resolveUnitForPeriod } from "./units.ts";

export interface ScorecardRow {
  unit: ScorecardUnitRow;
  counts: Record<Status, number>;
  metOrExceeded: number;
  withData: number;
  total: number;
  provisional: number;
}

export interface Scorecard {
  period: string;
  /** The unit whose children are listed; absent for the national scorecard. */
  parent?: AdminUnit;
  units: ScorecardRow[];
  /** Sums over the listed units. */
  totals: { metOrExceeded: number; withData: number; total: number };
}

export async function scorecard(
  db: Db,
  query: { period: string; unit?: string | undefined },
): Promise<Scorecard> {
  const period = parsePeriod(query.period);
  if (period.kind !== "year") throw invalidField("period", "a scorecard is of a year, such as 2024");
  const parent = query.unit
    ? await resolveUnitForPeriod(db, query.unit, periodBounds(period), "unit")
    : undefined;
  const scope: ScorecardScope = parent ? { parentId: parent.id } : { level: "province" };
  // Three queries at once, none waiting for another's result.
  const [targets, observations, indicators] = await Promise.all([
    listScopeTargets(db, scope, query.period),
    listScopeObservations(db, scope, query.period),
    listIndicators(db),
  ]);
  const units = [...new Map(targets.map((t) => [t.unitId, t.unitRow])).values()].sort(
    (a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id),
  );
  const allIndicators = indicators.map((i) => i.indicator);
  const targetsOf = groupBy(targets);
  const observationsOf = groupBy(observations);
  const rows: ScorecardRow[] = units.map((unit) => {
    const { rollup } = assessPlan({
      indicators: allIndicators,
      // The rows carry their unit besides: passed as they are, not copied without it.
      targets: targetsOf.get(unit.id) ?? [],
      observations: observationsOf.get(unit.id) ?? [],
      period: query.period,
    });
    return {
      unit,
      counts: rollup.counts,
      metOrExceeded: rollup.metOrExceeded,
      withData: rollup.withData,
      total: rollup.total,
      provisional: rollup.provisional.length,
    };
  });
  const sum = (key: "metOrExceeded" | "withData" | "total") => rows.reduce((n, r) => n + r[key], 0);
  return {
    period: query.period,
    ...(parent ? { parent } : {}),
    units: rows,
    totals: { metOrExceeded: sum("metOrExceeded"), withData: sum("withData"), total: sum("total") },
  };
}

function groupBy<T extends ScorecardTarget | ScorecardObservation>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.unitId);
    if (list) list.push(item);
    else map.set(item.unitId, [item]);
  }
  return map;
}
