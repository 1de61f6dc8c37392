/**
 * Scorecards (bảng tổng hợp): for one year, each unit of a scope with its targets met or
 * exceeded over those with data, the "23/24" of a report. The national scorecard lists the
 * provinces; a unit's lists its children (a province's communes). Read set-based (two queries
 * whatever the number of units), then every unit goes through src/domain's assessPlan, as its
 * own page would: no status is decided in SQL.
 */
import { listIndicators } from "../db/indicators.ts";
import { listScopeData, type ScorecardScope, type ScorecardUnitRow } from "../db/scorecard.ts";
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
  // Two queries at once, neither waiting for the other's result.
  const [data, indicators] = await Promise.all([listScopeData(db, scope, query.period), listIndicators(db)]);
  const allIndicators = indicators.map((i) => i.indicator);
  const rows: ScorecardRow[] = data.map(({ unit, targets, observations }) => {
    const { rollup } = assessPlan({ indicators: allIndicators, targets, observations, period: query.period });
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
