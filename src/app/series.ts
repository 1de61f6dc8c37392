/**
 * A unit's series of one indicator over years, across the 2025 reform: for years before the unit
 * existed, read from its predecessors (summed where they lie wholly inside it, marked not
 * comparable where one was split).
 */
import { findIndicator } from "../db/indicators.ts";
import { listObservations } from "../db/observations.ts";
import { listPlans, listTargets } from "../db/plans.ts";
import { type AdminUnit, planSeriesAcrossReform } from "../domain/admin-units.ts";
import { buildSeriesAcrossReform, type SeriesPoint } from "../domain/series-across-reform.ts";
import type { Indicator, Observation } from "../domain/types.ts";
import { currentCatalogue } from "./current-catalogue.ts";
import { invalidField, unknownReference } from "./errors.ts";
import { isPeriod, PERIOD_HINT } from "./periods.ts";
import type { Db } from "./transaction.ts";
import { resolveUnit } from "./units.ts";
import type { Visibility } from "./visibility.ts";

export interface SeriesQuery {
  unit: string;
  indicator: string;
  from: number;
  to: number;
  /** The date the unit code is read at (default: today). */
  at: string;
}

export interface Series {
  unit: AdminUnit;
  indicator: Indicator;
  points: SeriesPoint[];
  /** The units read, by id, to name them beside the figures. */
  units: AdminUnit[];
}

/** Values of periods not yet published count only within `who`'s scope. */
export async function seriesAcrossReform(db: Db, who: Visibility, query: SeriesQuery): Promise<Series> {
  if (query.to < query.from) throw invalidField("to", "the last year is before the first");
  if (query.to - query.from > 50) throw invalidField("to", "at most 50 years at a time");
  // A date before 1945 made the first year one no period can name: a PeriodError, then a 500.
  if (!isPeriod(String(query.from))) throw invalidField("from", `no year ${query.from}: ${PERIOD_HINT}`);
  if (!isPeriod(String(query.to))) throw invalidField("to", `no year ${query.to}: ${PERIOD_HINT}`);
  const unit = await resolveUnit(db, query.unit, query.at, "unit");
  const indicator = await findIndicator(db, query.indicator);
  if (!indicator) throw unknownReference("indicator", "indicator", query.indicator);
  const catalogue = await currentCatalogue(db);
  const years = Array.from({ length: query.to - query.from + 1 }, (_, i) => query.from + i);
  const plan = planSeriesAcrossReform(catalogue, unit.id, years);
  const unitIds = [...new Set(plan.years.flatMap((y) => y.sources.map((s) => s.unitId)))];
  const records = await who.observations(
    await listObservations(db, {
      unitIds,
      periods: years.map(String),
      indicatorCodes: [indicator.indicator.code],
      allRevisions: true,
    }),
  );
  const byKey = new Map<string, Observation[]>();
  for (const r of records) {
    const key = `${r.unitId}/${r.observation.period}`;
    const list = byKey.get(key);
    if (list) list.push(r.observation);
    else byKey.set(key, [r.observation]);
  }
  const points = buildSeriesAcrossReform(
    plan,
    indicator.indicator,
    (id, year) => byKey.get(`${id}/${year}`) ?? [],
  );
  const units = unitIds.map((id) => catalogue.units.get(id)!).filter(Boolean);
  return { unit, indicator: indicator.indicator, points, units };
}

/**
 * The yearly targets of a series' units for its indicator, one per year (the annual plan's when
 * there are several), for the target line beside the series.
 */
export async function seriesTargets(
  db: Db,
  who: Visibility,
  series: Series,
): Promise<{ period: string; value: number }[]> {
  const unitIds = series.units.map((u) => u.id);
  if (!unitIds.includes(series.unit.id)) unitIds.push(series.unit.id);
  const plans = new Map((await who.plans(await listPlans(db, { unitIds }))).map((p) => [p.id, p]));
  const targets = (await listTargets(db, { unitIds })).filter(
    (t) => plans.has(t.planId) && t.indicatorCode === series.indicator.code && /^\d{4}$/.test(t.period),
  );
  const byYear = new Map<string, { value: number; annual: boolean }>();
  for (const t of targets) {
    if (t.spec.kind !== "gte" && t.spec.kind !== "eq" && t.spec.kind !== "lte") continue;
    if (t.unit && t.unit !== series.indicator.unit) continue;
    const annual = plans.get(t.planId)?.kind === "annual_plan";
    const current = byYear.get(t.period);
    if (!current || (annual && !current.annual)) byYear.set(t.period, { value: t.spec.value, annual });
  }
  return [...byYear.entries()]
    .map(([period, t]) => ({ period, value: t.value }))
    .sort((a, b) => a.period.localeCompare(b.period));
}
