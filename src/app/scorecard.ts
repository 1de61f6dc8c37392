/**
 * Scorecards (bảng tổng hợp): for one year, each unit of a scope with its targets met or
 * exceeded over those with data, the "23/24" of a report. The national scorecard lists the
 * provinces; a unit's lists its children (a province's communes). Each unit's roll-up is
 * computed by src/domain's assessPlan, as its own page would: no status is decided in SQL. It is
 * then kept (migration 0007) until a write touches what it was computed from, so a scorecard is
 * mostly a read of one row per unit; only the units written since are assessed again.
 */
import { listIndicators } from "../db/indicators.ts";
import {
  listScopeObservations,
  listScopeRollups,
  listScopeTargets,
  type ScopeView,
  type ScorecardObservation,
  type ScorecardScope,
  type ScorecardTarget,
  type ScorecardUnitRow,
  storeAssessedRollups,
} from "../db/scorecard.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import { assessPlan } from "../domain/assess-plan.ts";
import { parsePeriod, periodBounds } from "../domain/periods.ts";
import { STATUSES, type Status } from "../domain/types.ts";
import { invalidField } from "./errors.ts";
import type { Db } from "./transaction.ts";
import { resolveUnitForPeriod } from "./units.ts";
import type { Visibility } from "./visibility.ts";

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

/**
 * Kept roll-ups are of the public view only (migration 0008): a caller who may read a unit's
 * drafts gets that unit assessed afresh from everything it may see, and nothing of it is kept.
 */
export async function scorecard(
  db: Db,
  who: Visibility,
  query: { period: string; unit?: string | undefined },
): Promise<Scorecard> {
  const period = parsePeriod(query.period);
  if (period.kind !== "year") throw invalidField("period", "a scorecard is of a year, such as 2024");
  const parent = query.unit
    ? await resolveUnitForPeriod(db, query.unit, periodBounds(period), "unit")
    : undefined;
  const scope: ScorecardScope = parent ? { parentId: parent.id } : { level: "province" };
  // The kept roll-ups first: their generations must be read before the data they stand for.
  const kept = await listScopeRollups(db, scope, query.period);
  const drafts = await unitsWithDrafts(
    who,
    parent,
    kept.map((k) => k.unit.id),
  );
  const stale = kept.filter((k) => !drafts.has(k.unit.id) && !isUnitRollup(k.rollup));
  const computed = await assessUnits(
    db,
    stale.map((k) => k.unit.id),
    query.period,
    { publicOnly: true },
  );
  const withDrafts = await assessUnits(db, [...drafts], query.period, { publicOnly: false });
  await storeAssessedRollups(
    db,
    query.period,
    stale.map((k) => ({ unitId: k.unit.id, generation: k.generation, rollup: computed.get(k.unit.id) })),
  );
  const rows: ScorecardRow[] = kept
    .map((k) =>
      toRow(
        k.unit,
        (withDrafts.get(k.unit.id) ??
          (isUnitRollup(k.rollup) ? k.rollup : computed.get(k.unit.id))) as UnitRollup,
      ),
    )
    // A unit without targets for the year has no line, as in the report.
    .filter((r) => r.total > 0)
    .sort((a, b) => a.unit.code.localeCompare(b.unit.code) || a.unit.id.localeCompare(b.unit.id));
  const sum = (key: "metOrExceeded" | "withData" | "total") => rows.reduce((n, r) => n + r[key], 0);
  return {
    period: query.period,
    ...(parent ? { parent } : {}),
    units: rows,
    totals: { metOrExceeded: sum("metOrExceeded"), withData: sum("withData"), total: sum("total") },
  };
}

/** The units of the scope whose drafts `who` may read: all of them when it may read the parent's. */
async function unitsWithDrafts(
  who: Visibility,
  parent: AdminUnit | undefined,
  unitIds: readonly string[],
): Promise<Set<string>> {
  if (who.isPublic) return new Set();
  if (parent && (await who.mayReadDrafts(parent.id))) return new Set(unitIds);
  const verdicts = await Promise.all(unitIds.map((id) => who.mayReadDrafts(id)));
  return new Set(unitIds.filter((_, i) => verdicts[i]));
}

/** What a scorecard line holds of a unit's roll-up, and what migration 0007 keeps of it. */
type UnitRollup = Omit<ScorecardRow, "unit">;

/** Fields in one order whether kept or computed (jsonb keeps keys in an order of its own). */
function toRow(unit: ScorecardUnitRow, r: UnitRollup): ScorecardRow {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, r.counts[s] ?? 0])) as Record<Status, number>;
  return {
    unit,
    counts,
    metOrExceeded: r.metOrExceeded,
    withData: r.withData,
    total: r.total,
    provisional: r.provisional,
  };
}

function isUnitRollup(value: unknown): value is UnitRollup {
  return typeof value === "object" && value !== null && "counts" in value && "total" in value;
}

/**
 * Every target of the given units for the year, through src/domain's assessPlan as each unit's
 * own page would: set-based, three queries whatever the number of units.
 */
async function assessUnits(
  db: Db,
  unitIds: readonly string[],
  period: string,
  view: ScopeView,
): Promise<Map<string, UnitRollup>> {
  const result = new Map<string, UnitRollup>();
  if (unitIds.length === 0) return result;
  const scope: ScorecardScope = { unitIds };
  // Three queries at once, none waiting for another's result.
  const [targets, observations, indicators] = await Promise.all([
    listScopeTargets(db, scope, period, view),
    listScopeObservations(db, scope, period, view),
    listIndicators(db),
  ]);
  const allIndicators = indicators.map((i) => i.indicator);
  const targetsOf = groupBy(targets);
  const observationsOf = groupBy(observations);
  for (const unitId of unitIds) {
    const { rollup } = assessPlan({
      indicators: allIndicators,
      // The rows carry their unit besides: passed as they are, not copied without it.
      targets: targetsOf.get(unitId) ?? [],
      observations: observationsOf.get(unitId) ?? [],
      period,
    });
    result.set(unitId, {
      counts: rollup.counts,
      metOrExceeded: rollup.metOrExceeded,
      withData: rollup.withData,
      total: rollup.total,
      provisional: rollup.provisional.length,
    });
  }
  return result;
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
